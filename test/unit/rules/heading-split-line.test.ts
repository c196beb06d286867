import { runRuleTests } from '../../helpers/ruleTester';
import { headingSplitLine } from '../../../server/src/core/rules/heading-split-line';

runRuleTests(headingSplitLine, {
  valid: [
    '（三）改革开放取得新进展',
    { name: 'a bare section numeral', text: '一\n\n正文。' },
    { name: 'a marker-only line before another heading', text: '一、\n（一）甲' },
    { name: 'an opening bracket before a year', text: '（\n一九九八年）' },
  ],
  invalid: [
    { text: '（\n三）改革开放取得新进展', output: '（三）改革开放取得新进展', errors: [{ messageId: 'split', start: 0, end: 2 }] },
    { text: '一、\n我国人民推翻了封建主义。', output: '一、我国人民推翻了封建主义。', errors: [{ messageId: 'split', text: '一、\n' }] },
    {
      name: 'across one blank line and indentation',
      text: '　　（一）\n\n　　进一步创造良好环境。',
      output: '　　（一）进一步创造良好环境。',
      errors: [{ messageId: 'split' }],
    },
  ],
});
