import { percentInWords } from '../../../server/src/core/rules/percent-in-words';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(percentInWords, {
  valid: [
    { name: 'Arabic percentage', text: '全市地区生产总值同比增长20%。' },
    { name: '百分之百', text: '要以百分之百的热情投入工作，做到百分之一百满意。' },
    { name: 'rhetoric', text: '哪怕只有百分之一的希望，也要尽百分之二百的努力。' },
  ],
  invalid: [
    {
      name: 'statistics in words',
      text: '全年粮食产量比上年增长百分之二十，贫困发生率下降百分之三点五。',
      errors: [
        { messageId: 'percent', text: '百分之二十' },
        { messageId: 'percent', text: '百分之三点五' },
      ],
    },
  ],
});
