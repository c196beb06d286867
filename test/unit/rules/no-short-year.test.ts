import { noShortYear } from '../../../server/src/core/rules/no-short-year';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(noShortYear, {
  valid: [
    '2024年3月召开会议。',
    { name: 'durations', text: '改革开放40年来，他工作了24年3个月，近10年3月份降水偏少。' },
    { name: 'era years', text: '民国38年10月的档案。' },
    { name: 'not a month', text: '编号为24年13月的记录有误。' },
    { name: 'traditional text', text: '總統表示，民國114年3月起將推動這項政策，這對臺灣非常重要，政府會持續努力。' },
  ],
  invalid: [
    {
      name: 'short years',
      text: '24年3月召开会议，98年5月成立。',
      output: '2024年3月召开会议，1998年5月成立。',
      errors: [
        { messageId: 'shortYear', text: '24年' },
        { messageId: 'shortYear', text: '98年' },
      ],
    },
    { name: 'ambiguous century: no fix', text: '35年6月成立。', errors: [{ messageId: 'shortYear', text: '35年' }] },
  ],
});
