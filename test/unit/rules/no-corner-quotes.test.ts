import { noCornerQuotes } from '../../../server/src/core/rules/no-corner-quotes';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(noCornerQuotes, {
  valid: [
    { name: 'Taiwan document', text: '總統出席「國慶晚會」，並發表談話。這是臺灣的驕傲，我們會繼續努力。' },
    { name: 'forced traditional', text: '坚持「两个毫不动摇」', shared: { script: 'tw' } },
    '坚持“两个毫不动摇”',
    // Regression (issue 10): the status bar (detectScript) calls this traditional; the rule must agree.
    { name: 'traditional by the one script decision', text: '他說：「鬱鬱蔥蔥的森林。」' },
  ],
  invalid: [
    {
      text: '坚持「两个毫不动摇」，这是我们的方针。',
      output: '坚持“两个毫不动摇”，这是我们的方针。',
      errors: [
        { messageId: 'corner', text: '「', start: 2 },
        { messageId: 'corner', text: '」' },
      ],
    },
    {
      text: '所谓『内行』',
      output: '所谓‘内行’',
      errors: [{ messageId: 'corner' }, { messageId: 'corner' }],
      shared: { script: 'simplified' },
    },
  ],
});
