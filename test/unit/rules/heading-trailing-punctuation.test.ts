import { runRuleTests } from '../../helpers/ruleTester';
import { headingTrailingPunctuation } from '../../../server/src/core/rules/heading-trailing-punctuation';

runRuleTests(headingTrailingPunctuation, {
  valid: [
    '一、总体要求\n\n正文。',
    { name: 'a heading that runs into its paragraph', text: '（一）加强领导。各单位要高度重视。' },
    { name: 'question marks are allowed', text: '一、为什么要改革？\n\n正文。' },
    { name: 'lead-in line ending with a colon', text: '一、主要工作如下：\n1.甲\n2.乙' },
    { name: 'list items ending with ；', text: '（一）机关；\n（二）事业单位；\n（三）社会团体。' },
    {
      name: 'long sentence items',
      text: '一、我国人民已经推翻了帝国主义者在中国的统治，这样就提供了我国建设的一个重要积累来源和发展条件。\n\n正文。',
    },
    {
      name: '段首标题 style: a level’s headings all end with 。',
      text: '一、回顾\n\n（一）加强宏观调控，保持经济平稳。\n\n正文。\n\n（二）加快结构调整，提高竞争力。\n\n正文。',
    },
    { name: 'hard-wrapped paragraph', text: '一、总体要求。\n各单位要认真落实。\n\n二、其他' },
    { name: 'references marked ①', text: '① 列宁：《全俄中央执行委员会会议》，《列宁全集》第26卷，第269页。\n\n正文。' },
    '第一条 为了规范管理，制定本办法。',
    {
      name: 'numbered sentences of a 通知 are not headings (issue 11)',
      text: '关于做好防汛工作的通知\n\n一、各单位要高度重视，认真组织实施。\n\n二、力争用3-5年时间，全市新增市场主体4千户以上。\n\n三、各地应当于6月底前报送工作总结。\n\n正文。',
    },
    {
      name: 'the 說明 items of a Taiwan 函 (issue 11)',
      text: '主旨：檢送本部修正之作業要點1份，請查照。\n說明：\n一、依據行政院113年3月5日院臺字第1130000000號函辦理。\n二、修正重點如附件。\n三、請轉知所屬人員。\n正本：各縣市政府',
    },
    {
      name: 'closing items of a 通知 are sentences',
      text: '一、工作要求\n\n正文。\n\n二、本通知自印发之日起施行。\n\n三、报名时间为5月1日至5月10日。\n\n四、联系人：王明，电话：12345678。\n\n五、具体安排另行通知。',
    },
    { name: 'a heading with run-in text', text: '一、总体要求。为了做好今年的工作，现提出如下要求。\n\n正文。' },
  ],
  invalid: [
    {
      text: '一、总体要求。\n\n正文。',
      output: '一、总体要求\n\n正文。',
      errors: [{ messageId: 'trailing', text: '。', start: 6, end: 7, fixKind: 'safe' }],
    },
    {
      name: 'every sibling ends with 。: perhaps numbered sentences, suggestion only (issue 11)',
      text: '一、提高思想认识。\n\n正文。\n\n二、加强组织领导。\n\n正文。',
      output: '一、提高思想认识\n\n正文。\n\n二、加强组织领导\n\n正文。',
      errors: [
        { messageId: 'trailing', text: '。', fixKind: 'suggestion' },
        { messageId: 'trailing', text: '。', fixKind: 'suggestion' },
      ],
    },
    {
      name: 'one sibling out of line is safely fixed',
      text: '一、提高思想认识\n\n正文。\n\n二、加强组织领导。\n\n正文。',
      output: '一、提高思想认识\n\n正文。\n\n二、加强组织领导\n\n正文。',
      errors: [{ messageId: 'trailing', text: '。', fixKind: 'safe' }],
    },
    {
      name: 'a heading with a comma may be a sentence: suggestion only (issue 11)',
      text: '2024年工作总结\n\n四、加强领导，强化宣传。\n\n正文。',
      output: '2024年工作总结\n\n四、加强领导，强化宣传\n\n正文。',
      errors: [{ messageId: 'trailing', text: '。', fixKind: 'suggestion' }],
    },
    {
      name: 'colon on a short heading',
      text: '（二）强化保障：\n\n正文。',
      output: '（二）强化保障\n\n正文。',
      errors: [{ messageId: 'trailing', text: '：' }],
    },
    {
      name: 'sample 001 (traditional script)',
      text: '一、加強領導,強化宣傳,促創先爭優活動順利開展。\n\n1、成立了領導小組。6月初,成立領導小組。',
      output: '一、加強領導,強化宣傳,促創先爭優活動順利開展\n\n1、成立了領導小組。6月初,成立領導小組。',
      errors: [{ messageId: 'trailing', text: '。', fixKind: 'suggestion' }],
    },
    {
      name: 'one-paragraph-per-line documents',
      text: '五、工作的感受:\n1、团的基层工作必须务实。\n2、县级团委工作。',
      output: '五、工作的感受\n1、团的基层工作必须务实。\n2、县级团委工作。',
      errors: [{ messageId: 'trailing', text: ':' }],
    },
  ],
});
