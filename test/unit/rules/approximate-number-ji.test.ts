import { approximateNumberJi } from '../../../server/src/core/rules/approximate-number-ji';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(approximateNumberJi, {
  valid: [
    { name: 'Chinese approximate', text: '参会的有二十几个单位，十几名代表发言。' },
    { name: 'exact figures and codes', text: '共20个单位，5G基站30座，G20峰会，几个问题。' },
    { name: 'not a round ten', text: '编号A20几个字母看不清。' },
  ],
  invalid: [
    {
      name: '20几个 and 10几名',
      text: '参会的有20几个单位，10几名代表发言。',
      output: '参会的有二十几个单位，十几名代表发言。',
      errors: [
        { messageId: 'ji', text: '20几' },
        { messageId: 'ji', text: '10几' },
      ],
    },
  ],
});
