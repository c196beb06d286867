import { noTrailingSpaces } from '../../../server/src/core/rules/no-trailing-spaces';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(noTrailingSpaces, {
  valid: [
    '认真落实。\n下一步',
    { name: 'Markdown hard break', text: '第一行  \n第二行', language: 'markdown' },
    { name: 'indentation only at start', text: '　　认真落实。' },
  ],
  invalid: [
    {
      text: '认真落实。  \n下一步',
      output: '认真落实。\n下一步',
      errors: [{ messageId: 'trailing', text: '  ', start: 5, severity: 'info' }],
    },
    { text: '认真落实。　\r\n', output: '认真落实。\r\n', errors: [{ messageId: 'trailing', text: '　' }] },
    { text: '第一行 \n第二行', output: '第一行\n第二行', errors: [{ messageId: 'trailing' }], language: 'markdown' },
  ],
});
