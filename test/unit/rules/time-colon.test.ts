import { timeColon } from '../../../server/src/core/rules/time-colon';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(timeColon, {
  valid: [
    '会议于上午9:30在市政府三楼会议室召开。',
    '会议定于15时40分开始。',
    { name: 'score', text: '我市代表队在决赛中以3：10告负，比分3：1领先时曾被追平。' },
    { name: 'ratio', text: '按1：10的比例配备，比例尺为1：50000。' },
    { name: 'not a time (hour 25+)', text: '编号37：45的档案已归还。' },
    { name: 'label colon', text: '联系电话：12345678；邮编：100000。' },
    { name: 'Taiwan text', text: '總統於上午9：30抵達會場，隨即發表談話，並與各國代表交換意見，這項活動對臺灣很重要。' },
  ],
  invalid: [
    {
      name: 'cue word: safe',
      text: '请于上午9：30前到会议室报到。',
      output: '请于上午9:30前到会议室报到。',
      errors: [{ messageId: 'fullWidthColon', text: '9：30' }],
    },
    {
      name: 'range of times, full-width digits keep their own rule',
      text: '开放时间为8：30至１６：３２。',
      output: '开放时间为8:30至１６:３２。',
      errors: [
        { messageId: 'fullWidthColon', text: '8：30' },
        { messageId: 'fullWidthColon', text: '１６：３２' },
      ],
    },
    {
      name: 'no cue: suggestion',
      text: '列车14：25发车。',
      output: '列车14:25发车。',
      errors: [{ messageId: 'fullWidthColon', text: '14：25' }],
    },
  ],
});
