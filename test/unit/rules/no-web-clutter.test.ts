import { noWebClutter } from '../../../server/src/core/rules/no-web-clutter';
import { runRuleTests } from '../../helpers/ruleTester';

const LICENCE = '本作品是中华人民共和国的\n法律\n、\n法规\n，国家机关的决议。属于\n公有领域\n。\n\nPublic domain\nPublic domain\nfalse\nfalse';

runRuleTests(noWebClutter, {
  valid: [
    { name: 'source mentioned in a sentence', text: '资金来源：财政拨款和社会资本共同投入，其中财政资金占六成以上，社会资本占四成。' },
    { name: '会议时间 in a notice', text: '一、时间：2024年7月1日上午9:30' },
    { name: 'time line with a Chinese date', text: '时间：2024年7月1日' },
    { name: 'download in a sentence', text: '请各单位下载并打印附件。' },
    { name: 'related work', text: '做好相关文章的审核工作' },
    { name: '本作品 without licence words', text: '本作品获得一等奖。\n\n特此通报。' },
    { name: 'privileges in prose', text: '坚决反对特权思想和特权现象' },
  ],
  invalid: [
    {
      name: 'paywall lines',
      text: '正文。\n隐藏内容\n此处内容需要权限查看\n  • 普通用户特权:8.8积分\n会员免费查看\n下文。',
      output: '正文。\n下文。',
      errors: [
        { messageId: 'paywall', text: '隐藏内容' },
        { messageId: 'paywall', text: '此处内容需要权限查看' },
        { messageId: 'paywall', text: '  • 普通用户特权:8.8积分' },
        { messageId: 'paywall', text: '会员免费查看' },
      ],
    },
    {
      name: 'timestamp header',
      text: '县科技局上年工作总结\n\n时间:2022-11-05 08:31:50\n\n正文',
      output: '县科技局上年工作总结\n\n\n正文',
      errors: [{ messageId: 'header', text: '时间:2022-11-05 08:31:50' }],
    },
    {
      name: 'blurb',
      text: '开篇:写作不仅是一种记录。下面是小编精心整理的12篇汇报\n正文',
      output: '正文',
      errors: [{ messageId: 'blurb' }],
    },
    {
      name: 'related articles list (traditional, with pinyin)',
      text: '正文。\n【關(guān)于年終總結(jié)】相關(guān)文章:\n酒店年終總結(jié)及計(jì)劃01-17\n關(guān)于年終總結(jié)范文08-25',
      output: '正文。',
      errors: [{ messageId: 'related' }],
    },
    { name: 'toolbar', text: '正文\n【字号：加大 还原 减小】\n下载 | 打印 | 收藏', output: '正文', errors: [{ messageId: 'toolbar' }, { messageId: 'toolbar' }] },
    { name: 'source line', text: '来源：某某县人民政府网\n正文', output: '正文', errors: [{ messageId: 'source' }] },
    {
      name: 'Wikisource licence notice',
      text: `结束语。\n${LICENCE}\n`,
      output: '结束语。\n',
      errors: [{ messageId: 'licence', start: 5 }],
    },
  ],
});
