import { decimalPoint } from '../../../server/src/core/rules/decimal-point';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(decimalPoint, {
  valid: [
    '全年增长3.5%，下降0.5个百分点。',
    { name: 'month-day names', text: '“5·12”汶川特大地震，“3·15”国际消费者权益日。' },
    { name: 'ratio and list', text: '按1·2的比例配置。第1。2项另议。' },
    { name: 'sentence end then a number', text: '完成率为100%。5万元专项资金已拨付。' },
    { name: 'traditional text', text: '經濟成長率為3·5%，這個數字對臺灣來說非常重要，總統表示將繼續努力。' },
  ],
  invalid: [
    {
      name: 'interpunct, full-width point, 句号 as decimal point',
      text: '全年增长3·5%，投资87．8亿元，降低1。2个百分点。',
      output: '全年增长3.5%，投资87.8亿元，降低1.2个百分点。',
      errors: [
        { messageId: 'badPoint', text: '3·5' },
        { messageId: 'badPoint', text: '87．8' },
        { messageId: 'badPoint', text: '1。2' },
      ],
    },
    {
      name: 'pure decimal without 0',
      text: '失业率下降.5个百分点。',
      output: '失业率下降0.5个百分点。',
      errors: [{ messageId: 'noZero', text: '.5' }],
    },
  ],
});
