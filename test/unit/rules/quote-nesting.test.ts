import { quoteNesting } from '../../../server/src/core/rules/quote-nesting';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(quoteNesting, {
  valid: [
    '“要落实‘三个区分开来’要求”',
    { name: 'three levels', text: '他说：“要落实‘关于“三个区分开来”的意见’。”' },
    { name: 'siblings', text: '“放管服”“六稳”' },
    { name: 'unbalanced line is left alone', text: '“要落实“三个区分开来”要求' },
  ],
  invalid: [
    {
      text: '“要落实“三个区分开来”要求”',
      output: '“要落实‘三个区分开来’要求”',
      errors: [{ messageId: 'nested', text: '“三个区分开来”', start: 4 }],
    },
  ],
});
