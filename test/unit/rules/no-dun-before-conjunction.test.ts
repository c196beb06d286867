import { noDunBeforeConjunction } from '../../../server/src/core/rules/no-dun-before-conjunction';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(noDunBeforeConjunction, {
  valid: [
    '资金、技术和人才',
    { name: '和谐', text: '富强、民主、文明、和谐' },
    { name: '和平', text: '发展、和平共处' },
    { name: '及时', text: '认真、及时处理' },
    { name: 'preposition 与', text: '与当代社会相适应、与现代文明相协调' },
    { name: 'parallel phrases', text: '和群众路线结合、和实际工作结合' },
  ],
  invalid: [
    { text: '资金、技术、和人才', output: '资金、技术和人才', errors: [{ messageId: 'dun', text: '、', start: 5 }] },
    { text: '资金、技术、以及人才', output: '资金、技术以及人才', errors: [{ messageId: 'dun' }] },
    {
      text: '加強科技、以及人才培育，我們會繼續努力。這是國家的責任',
      output: '加強科技以及人才培育，我們會繼續努力。這是國家的責任',
      errors: [{ messageId: 'dun', severity: 'info' }],
    },
  ],
});
