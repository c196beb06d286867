import { chineseYearZero } from '../../../server/src/core/rules/chinese-year-zero';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(chineseYearZero, {
  valid: [
    '二〇一一年',
    '2011年',
    { name: 'quantity with 零', text: '三千零五十年' },
    { name: 'duration', text: '一千零一年' },
    { name: '零 in a quantity', text: '九十五点零六年' },
  ],
  invalid: [
    { text: '二○一一年', output: '二〇一一年', errors: [{ messageId: 'zero', text: '二○一一', start: 0, end: 4 }] },
    { text: '二零一二年', output: '二〇一二年', errors: [{ messageId: 'zero' }] },
    { text: '二0二四年', output: '二〇二四年', errors: [{ messageId: 'zero' }] },
    { text: '一九OO年', output: '一九〇〇年', errors: [{ messageId: 'zero' }] },
    { text: '到二０一０年', output: '到二〇一〇年', errors: [{ messageId: 'zero' }] },
    { text: '二ＯＯ八年', output: '二〇〇八年', errors: [{ messageId: 'zero' }] },
  ],
});
