import { standardDash } from '../../../server/src/core/rules/standard-dash';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(standardDash, {
  valid: [
    '目标——到2025年基本实现',
    { name: 'command-line option', text: '运行命令时加--help参数' },
    { name: 'Markdown rule', text: '---' },
    { name: "digits are range-connector's", text: '2021--2025' },
    { name: 'word 一一', text: '一一落实' },
  ],
  invalid: [
    { text: '目标--到2025年基本实现', output: '目标——到2025年基本实现', errors: [{ messageId: 'dash', text: '--', start: 2 }] },
    { text: '目标－－到2025年', output: '目标——到2025年', errors: [{ messageId: 'dash', text: '－－' }] },
    { text: '　　--我们要推动经济发展', output: '　　——我们要推动经济发展', errors: [{ messageId: 'dash' }] },
    {
      name: 'legacy U+2015: info suggestion',
      text: '目标――到2025年',
      output: '目标——到2025年',
      errors: [{ messageId: 'horizontalBar', severity: 'info' }],
    },
  ],
});
