import { noStraightQuotes } from '../../../server/src/core/rules/no-straight-quotes';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(noStraightQuotes, {
  valid: [
    { name: 'English sentence', text: 'He said "hello" to me.' },
    { name: 'apostrophe', text: "使用Xi'an和don't等词" },
    { name: 'JSON in code span', text: '配置`{"a": "中文"}`即可', language: 'markdown' },
    { name: 'curly already', text: '“放管服”改革' },
    { name: 'single quote as prime', text: "长5'的木板" },
  ],
  invalid: [
    {
      text: '"放管服"改革',
      output: '“放管服”改革',
      errors: [{ messageId: 'straight', text: '"放管服"', start: 0, end: 5 }],
    },
    {
      name: 'nested single quotes',
      text: '他说："要落实\'三个区分开来\'要求。"',
      output: '他说：“要落实‘三个区分开来’要求。”',
      errors: [{ messageId: 'straight' }, { messageId: 'straight', text: "'三个区分开来'" }],
    },
    {
      name: 'English words quoted in Chinese',
      text: '所谓"smart city"理念',
      output: '所谓“smart city”理念',
      errors: [{ messageId: 'straight' }],
    },
    { name: 'odd count: no fix', text: '他说"好的', errors: [{ messageId: 'unpaired', text: '"' }] },
  ],
});
