import { noMisusedWord } from '../../../server/src/core/rules/no-misused-word';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(noMisusedWord, {
  valid: [
    // 截止 used correctly (GW-WORD-001 false alarms).
    '报名于6月30日截止。',
    '申报截止日期为6月30日，截止时间为17:00。',
    '截止到6月底，共受理申请120件。',
    '活动截止于本月底。',
    '截至目前，已完成年度任务的80%。',
    // 一幅画 is right; 按|装修, 规定|货物 are other words.
    '这是一幅画。',
    '按装修标准验收。',
    '既使企业受益，又方便群众。',
    '群众竟争先恐后地报名。',
    '材料交给于洋同志。',
    '他激动得不能自己决定。',
    // Protected words and their content.
    { name: 'protected word', text: '欢迎参观布署科技公司。', shared: { protectedWords: ['布署科技'] } },
    // URLs are masked.
    '详见 https://example.com/jiezhimuqian/buShu 页面',
  ],
  invalid: [
    {
      name: '截止目前 → 截至目前 (safe)',
      text: '截止目前，已完成80%。',
      output: '截至目前，已完成80%。',
      errors: [{ messageId: 'jiezhi', text: '截止', start: 0, end: 2 }],
    },
    {
      name: '截止6月底',
      text: '截止6月底，全市共受理。',
      output: '截至6月底，全市共受理。',
      errors: [{ messageId: 'jiezhi', text: '截止' }],
    },
    {
      name: '截止到目前 → 截至目前 (sample 002, suggestion)',
      text: '截止到目前，我局所包干的4户已有2户落实到位。',
      output: '截至目前，我局所包干的4户已有2户落实到位。',
      errors: [{ messageId: 'jiezhi', text: '截止到' }],
    },
    {
      name: 'common misspellings',
      text: '认真布署，再接再励，迫不急待，一幅对联。',
      output: '认真部署，再接再厉，迫不及待，一副对联。',
      errors: [
        { messageId: 'misused', text: '布署' },
        { messageId: 'misused', text: '再接再励' },
        { messageId: 'misused', text: '迫不急待' },
        { messageId: 'misused', text: '一幅对联' },
      ],
    },
    {
      name: 'word-boundary checked suggestion',
      text: '按装空调。',
      output: '安装空调。',
      errors: [{ messageId: 'misused', text: '按装' }],
    },
    {
      name: 'user words (literal, not patterns)',
      text: '请各科.室注意，把问题处理好。科1室不变。',
      shared: { words: { '科.室': '科室', 处理好: '处置好' } },
      output: '请各科室注意，把问题处置好。科1室不变。',
      errors: [
        { messageId: 'userWord', text: '科.室' },
        { messageId: 'userWord', text: '处理好' },
      ],
    },
    {
      name: 'a protected word does not hide the rest',
      text: '布署科技公司认真布署。',
      shared: { protectedWords: ['布署科技'] },
      output: '布署科技公司认真部署。',
      errors: [{ messageId: 'misused', text: '布署', start: 8 }],
    },
  ],
});
