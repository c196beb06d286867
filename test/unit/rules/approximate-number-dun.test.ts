import { approximateNumberDun } from '../../../server/src/core/rules/approximate-number-dun';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(approximateNumberDun, {
  valid: [
    '三四个月',
    { name: 'industries', text: '二、三产业协调发展' },
    { name: 'grades', text: '一、二年级学生' },
    { name: 'quarters', text: '三、四季度' },
    { name: 'months March and April', text: '一九七五年三、四月' },
    { name: 'not neighbours', text: '三、五个' },
    { name: 'heading marker', text: '三、四个方面的问题' },
  ],
  invalid: [
    { text: '经过三、四个月', output: '经过三四个月', errors: [{ messageId: 'approx', text: '三、四', start: 2 }] },
    { text: '要有四、五十年的时间', output: '要有四五十年的时间', errors: [{ messageId: 'approx' }] },
    { text: '多五、六倍', output: '多五六倍', errors: [{ messageId: 'approx' }] },
  ],
});
