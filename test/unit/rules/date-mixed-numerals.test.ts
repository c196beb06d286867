import { dateMixedNumerals } from '../../../server/src/core/rules/date-mixed-numerals';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(dateMixedNumerals, {
  valid: [
    { name: 'all Arabic', text: '会议于2008年8月8日召开。' },
    { name: 'all Chinese', text: '二〇〇八年八月八日' },
    { name: 'Chinese with 十', text: '二〇二四年十二月三十一日印发' },
    { name: 'month only', text: '2024年7月起施行，二〇二四年七月印发。' },
    { name: 'range of years', text: '2021—2025年，共五年。' },
    { name: 'not a date', text: '2024年五个月内，2024年一季度，二〇二四年度3个项目。' },
  ],
  invalid: [
    {
      name: 'Chinese year, Arabic month and day',
      text: '奥运会于二〇〇八年8月8日开幕。',
      output: '奥运会于2008年8月8日开幕。',
      errors: [{ messageId: 'mixed', text: '二〇〇八年8月8日' }],
    },
    {
      name: 'Arabic year, Chinese month and day',
      text: '本办法自2024年十月二十一日起施行。',
      output: '本办法自2024年10月21日起施行。',
      errors: [{ messageId: 'mixed', text: '2024年十月二十一日' }],
    },
    {
      name: 'Arabic year and month, Chinese day',
      text: '截至2023年12月三十一号。',
      output: '截至2023年12月31号。',
      errors: [{ messageId: 'mixed', text: '2023年12月三十一号' }],
    },
  ],
});
