import { weekdayNumeral } from '../../../server/src/core/rules/weekday-numeral';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(weekdayNumeral, {
  valid: ['每周星期五下午集中学习，星期日值班。', { name: 'other numbers', text: '连续工作星期数为12个。' }],
  invalid: [
    {
      name: 'digits after 星期/礼拜',
      text: '每周星期5下午学习，礼拜7休息。',
      output: '每周星期五下午学习，礼拜日休息。',
      errors: [
        { messageId: 'weekday', text: '星期5' },
        { messageId: 'weekday', text: '礼拜7' },
      ],
    },
  ],
});
