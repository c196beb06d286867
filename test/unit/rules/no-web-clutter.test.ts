import { noWebClutter } from '../../../server/src/core/rules/no-web-clutter';
import { runRuleTests } from '../../helpers/ruleTester';

const LICENCE =
  '本作品是中华人民共和国的\n法律\n、\n法规\n，国家机关的决议。属于\n公有领域\n。\n\nPublic domain\nPublic domain\nfalse\nfalse';

// An article page as provincial and city portals lay it out: breadcrumb, title, info bar, font bar,
// article, share bar, QR prompt, toolbar, previous/next, related links, footer. Our own text.
const ARTICLE =
  '各区县人民政府，市政府各部门：\n为切实做好今年防汛工作，现就有关事项通知如下。\n一、落实防汛责任\n主办单位：各区县应急管理局，负责组织实施。\n某某市人民政府办公室\n2024年5月30日';
const PAGE = [
  '首页 > 新闻中心 > 通知公告',
  '关于做好2024年度防汛工作的通知',
  '来源：市应急管理局　发布时间：2024-06-01 10:20　浏览次数：1234',
  '【字体：大 中 小】',
  ARTICLE,
  '分享到：微信 微博 QQ空间',
  '扫一扫在手机打开当前页',
  '打印本页 关闭窗口',
  '上一篇：关于开展安全生产大检查的通知',
  '下一篇：市政府召开常务会议',
  '相关链接',
  '中国政府网 | 省政府网站',
  '联系我们 | 网站地图 | 使用帮助',
  '主办单位：某某市人民政府办公室　承办单位：某某市大数据中心',
  '网站标识码：1234000001　京ICP备12345678号　京公网安备 11010202000001号',
].join('\n');
const PAGE2 = [
  '当前位置：首页 >> 政务公开 >> 政策文件',
  '小编提醒：本文篇幅较长，建议收藏后阅读。',
  '会议要求，各级各部门要压实责任，确保各项工作落到实处。',
  '分享到：',
  '微信 微博 QQ空间',
].join('\n');

runRuleTests(noWebClutter, {
  valid: [
    {
      name: 'a notice with its own 主办单位 and contact lines',
      text: '活动安排\n主办单位：市文化和旅游局\n承办单位：市图书馆\n联系我们：请拨打12345热线。\n请各单位扫码报名，扫一扫二维码即可填写，报名截止时间为6月30日。',
    },
    { name: 'breadcrumb-like prose', text: '从首页进入“政务公开”栏目，即可查看。\n上一篇文章中提到的问题已整改。' },
    {
      name: 'icon labels inside the body',
      text: '会议要求：\n微信 微博\n等新媒体平台要加强管理。\n其他要求另行通知。\n特此通知。\n一\n二\n三\n四\n五\n六\n七\n八\n九\n十\n十一\n十二\n十三\n十四\n十五\n十六',
    },
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
      name: 'portal article page: header and footer chrome',
      text: PAGE,
      output: '关于做好2024年度防汛工作的通知\n' + ARTICLE,
      errors: [
        { messageId: 'chrome', text: '首页 > 新闻中心 > 通知公告' },
        { messageId: 'source' },
        { messageId: 'chrome', text: '【字体：大 中 小】' },
        { messageId: 'chrome', text: '分享到：微信 微博 QQ空间\n扫一扫在手机打开当前页' },
        { messageId: 'toolbar', text: '打印本页 关闭窗口' },
        { messageId: 'chrome', start: PAGE.indexOf('上一篇'), end: PAGE.length },
      ],
    },
    {
      name: 'breadcrumb, editor note, share bar split over two lines',
      text: PAGE2,
      output: '会议要求，各级各部门要压实责任，确保各项工作落到实处。',
      errors: [
        { messageId: 'chrome', text: '当前位置：首页 >> 政务公开 >> 政策文件\n小编提醒：本文篇幅较长，建议收藏后阅读。' },
        { messageId: 'chrome', text: '分享到：\n微信 微博 QQ空间' },
      ],
    },
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
    {
      name: 'toolbar',
      text: '正文\n【字号：加大 还原 减小】\n下载 | 打印 | 收藏',
      output: '正文',
      errors: [{ messageId: 'toolbar' }, { messageId: 'toolbar' }],
    },
    { name: 'source line', text: '来源：某某县人民政府网\n正文', output: '正文', errors: [{ messageId: 'source' }] },
    {
      name: 'Wikisource licence notice',
      text: `结束语。\n${LICENCE}\n`,
      output: '结束语。\n',
      errors: [{ messageId: 'licence', start: 5 }],
    },
  ],
});
