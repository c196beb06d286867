import { noBrokenLine } from '../../../server/src/core/rules/no-broken-line';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(noBrokenLine, {
  valid: [
    { name: 'title then body', text: '县科技局工作情况汇报\n今年以来，我局紧紧围绕全市工作大局开展工作。' },
    { name: 'heading lines', text: '正文。\n一、明确任务目标\n（一）动员部署到位\n1.加强领导' },
    { name: 'prose line then heading', text: '今年以来，市科技局紧紧围绕全市工作大局，充分发挥职能作用\n二、主要做法' },
    { name: 'blank-line separated paragraphs', text: '今年以来，市科技局紧紧围绕全市工作大局，充分发挥职能\n\n我们将继续努力。' },
    { name: 'short label lines', text: '正文。\n撰写人:张三\n日\n期:2024年' },
    { name: 'colon-ended intro', text: '正文。\n主要做了以下四件实事：\n一是开展送科技服务。' },
    { name: 'indented next paragraph', text: '正文。\n今年以来，市科技局紧紧围绕全市工作大局，充分发挥职能作用\n　　我们将继续努力。' },
    { name: 'Markdown soft breaks', text: '今年以来，市科技局紧紧围绕全市工作大局，充分发挥\n职能作用。', language: 'markdown' },
    { name: 'sentence-final line then 。-starting garbage', text: '正文。\n打下了基础。\n。槌浞掷梦' },
    { name: 'list items', text: '正文。\n主要措施包括推进改革、扩大开放、改善民生等方面\n- 推进改革' },
  ],
  invalid: [
    {
      text: '正文。\n组织干部学习,教育干部职工学习有关节能降耗的政策规\n定,教育干部职工从现在做起。',
      output: '正文。\n组织干部学习,教育干部职工学习有关节能降耗的政策规定,教育干部职工从现在做起。',
      errors: [{ messageId: 'brokenLine', text: '规\n' }],
    },
    {
      name: 'next line starts with a comma',
      text: '正文。\n杭州會議以後，我們出版了日報\n，這種間斷的情況是罷工造成的。',
      output: '正文。\n杭州會議以後，我們出版了日報，這種間斷的情況是罷工造成的。',
      errors: [{ messageId: 'brokenLine' }],
    },
    {
      name: 'line ends with an opening quote, then a short continuation line',
      text: '正文。\n毛主席发表了《\n关于正确处理人民内部矛盾的问题\n》这部伟大著作。',
      output: '正文。\n毛主席发表了《关于正确处理人民内部矛盾的问题》这部伟大著作。',
      errors: [{ messageId: 'brokenLine' }, { messageId: 'brokenLine' }],
    },
  ],
});
