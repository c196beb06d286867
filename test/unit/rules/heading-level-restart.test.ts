import { runRuleTests } from '../../helpers/ruleTester';
import { headingLevelRestart } from '../../../server/src/core/rules/heading-level-restart';

runRuleTests(headingLevelRestart, {
  valid: [
    '一、甲\n（一）子\n二、乙',
    {
      name: 'a restart after body text is a nested list',
      text: '五、乙\n\n经研究，我们提出以下意见，请各地认真研究落实，并及时报告执行中遇到的问题，确保各项措施落到实处、见到实效、形成长效机制，推动工作不断取得新进展。\n\n正文第二段，继续说明。\n\n一、丙\n二、丁',
    },
    {
      name: 'a long parent title is a sentence, not a heading',
      text: '六、下半年我们将继续围绕县委县政府的中心工作积极开展各项活动并取得新成效\n\n一、甲\n二、乙',
    },
  ],
  invalid: [
    {
      name: 'a restart under 一、 in the middle of a 工作总结 (issue 11): suggest the next level',
      text: '一、工作开展情况\n\n一、稳外贸\n\n出口增长。\n\n二、扩内需\n\n消费回暖。\n\n三、优环境\n\n环境改善。\n\n二、存在的不足\n\n发展不平衡。',
      output:
        '一、工作开展情况\n\n（一）稳外贸\n\n出口增长。\n\n（二）扩内需\n\n消费回暖。\n\n（三）优环境\n\n环境改善。\n\n二、存在的不足\n\n发展不平衡。',
      errors: [{ messageId: 'restart', text: '一、', fixKind: 'suggestion' }],
    },
    {
      name: 'sample 002',
      text: '五、“三送”工作取得良好成绩\n\n正文。\n\n六、下半年工作计划\n\n一、扎实开展教育实践活动。正文。\n\n二、全力做好服务工作。正文。\n\n三、努力做好征地拆迁工作。正文。',
      output:
        '五、“三送”工作取得良好成绩\n\n正文。\n\n六、下半年工作计划\n\n（一）扎实开展教育实践活动。正文。\n\n（二）全力做好服务工作。正文。\n\n（三）努力做好征地拆迁工作。正文。',
      errors: [{ messageId: 'restart', text: '一、', start: 32, end: 34 }],
    },
    {
      name: 'demotes the run’s own sub-levels too, after one short lead-in',
      text: '二、2008年工作打算\n明年重点抓好三项工作：\n一、开好大会\n（一）筹备\n二、抓住关键',
      output: '二、2008年工作打算\n明年重点抓好三项工作：\n（一）开好大会\n1.筹备\n（二）抓住关键',
      errors: [{ messageId: 'restart', text: '一、' }],
    },
  ],
});
