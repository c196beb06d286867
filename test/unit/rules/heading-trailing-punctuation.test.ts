import { runRuleTests } from '../../helpers/ruleTester';
import { headingTrailingPunctuation } from '../../../server/src/core/rules/heading-trailing-punctuation';

runRuleTests(headingTrailingPunctuation, {
  valid: [
    '一、总体要求\n\n正文。',
    { name: 'a heading that runs into its paragraph', text: '（一）加强领导。各单位要高度重视。' },
    { name: 'question marks are allowed', text: '一、为什么要改革？\n\n正文。' },
    { name: 'lead-in line ending with a colon', text: '一、主要工作如下：\n1.甲\n2.乙' },
    { name: 'list items ending with ；', text: '（一）机关；\n（二）事业单位；\n（三）社会团体。' },
    { name: 'long sentence items', text: '一、我国人民已经推翻了帝国主义者在中国的统治，这样就提供了我国建设的一个重要积累来源和发展条件。\n\n正文。' },
    { name: '段首标题 style: a level’s headings all end with 。', text: '一、回顾\n\n（一）加强宏观调控，保持经济平稳。\n\n正文。\n\n（二）加快结构调整，提高竞争力。\n\n正文。' },
    { name: 'hard-wrapped paragraph', text: '一、总体要求。\n各单位要认真落实。\n\n二、其他' },
    { name: 'references marked ①', text: '① 列宁：《全俄中央执行委员会会议》，《列宁全集》第26卷，第269页。\n\n正文。' },
    '第一条 为了规范管理，制定本办法。',
  ],
  invalid: [
    { text: '一、总体要求。\n\n正文。', output: '一、总体要求\n\n正文。', errors: [{ messageId: 'trailing', text: '。', start: 6, end: 7 }] },
    { name: 'colon on a short heading', text: '（二）强化保障：\n\n正文。', output: '（二）强化保障\n\n正文。', errors: [{ messageId: 'trailing', text: '：' }] },
    {
      name: 'sample 001 (traditional script)',
      text: '一、加強領導,強化宣傳,促創先爭優活動順利開展。\n\n1、成立了領導小組。6月初,成立領導小組。',
      output: '一、加強領導,強化宣傳,促創先爭優活動順利開展\n\n1、成立了領導小組。6月初,成立領導小組。',
      errors: [{ messageId: 'trailing', text: '。' }],
    },
    { name: 'one-paragraph-per-line documents', text: '五、工作的感受:\n1、团的基层工作必须务实。\n2、县级团委工作。', output: '五、工作的感受\n1、团的基层工作必须务实。\n2、县级团委工作。', errors: [{ messageId: 'trailing', text: ':' }] },
  ],
});
