import { runRuleTests } from '../../helpers/ruleTester';
import { headingSequence } from '../../../server/src/core/rules/heading-sequence';

runRuleTests(headingSequence, {
  valid: [
    '一、甲\n（一）子\n（二）子\n二、乙\n（一）子\n1.孙\n2.孙\n（二）子\n三、丙',
    {
      name: 'nested list restarting inside a section',
      text: '一、甲\n二、乙\n\n正文如下。\n一、子一\n二、子二\n三、子三\n四、子四\n三、丙',
    },
    {
      name: 'continuous sub-numbering allowed by option',
      text: '一、甲\n（一）子\n（二）子\n二、乙\n（三）子',
      options: { continuousSubNumbering: true },
    },
    {
      name: '法规体: 条 continue across chapters',
      text: '第一章 总则\n第一条 为了规范管理，制定本办法。\n第二章 职责\n第二条 各单位应当负责。\n第三条 本办法自发布之日起施行。',
    },
    {
      name: 'the 附件 list of a 通知 is not numbered as headings (issue 11)',
      text: '关于开展安全检查的通知\n\n一、检查范围\n\n全市各类企业。\n\n二、工作要求\n\n请认真组织。\n\n附件：1.安全检查表\n      2.隐患整改台账\n\n某某市应急管理局\n2024年5月6日',
    },
    {
      name: '目录 entries are not headings (issue 11)',
      text: '目录\n一、总体要求……1\n二、主要任务……2\n\n一、总体要求\n\n正文。\n\n二、主要任务\n\n正文。',
    },
    {
      name: 'a list restarting under 一、 is no duplicate (issue 11)',
      text: '一、工作开展情况\n\n一、稳外贸\n\n出口增长。\n\n二、扩内需\n\n消费回暖。\n\n三、优环境\n\n环境改善。\n\n二、存在的不足\n\n发展不平衡。',
    },
    '荣获一、二、三等奖。\n第一、二季度经济平稳。\n1.5亿元，2024.7.1。',
  ],
  invalid: [
    {
      text: '一、总体要求\n二、主要任务\n四、保障措施',
      output: '一、总体要求\n二、主要任务\n三、保障措施',
      errors: [{ messageId: 'gap', text: '四、', start: 14, end: 16 }],
    },
    {
      text: '(一)甲\n(二)乙\n(二)丙',
      output: '(一)甲\n(二)乙\n(三)丙',
      errors: [{ messageId: 'duplicate', text: '(二)', start: 10, end: 13 }],
    },
    { text: '1.甲\n2.乙\n3.丙\n2.丁', output: '1.甲\n2.乙\n3.丙\n4.丁', errors: [{ messageId: 'backwards', text: '2.' }] },
    { text: '二、甲\n三、乙', output: '一、甲\n二、乙', errors: [{ messageId: 'start', text: '二、' }] },
    {
      name: 'children restart under a new parent (GW-STRUCT-004)',
      text: '一、甲\n（一）子\n（二）子\n二、乙\n（三）子\n（四）子',
      output: '一、甲\n（一）子\n（二）子\n二、乙\n（一）子\n（二）子',
      errors: [{ messageId: 'childRestart', text: '（三）' }],
    },
    {
      name: '法规体: 条 restarting in chapter 2',
      text: '第一章 总则\n第一条 甲。\n第二条 乙。\n第二章 其他\n第一条 丙。',
      output: '第一章 总则\n第一条 甲。\n第二条 乙。\n第二章 其他\n第三条 丙。',
      errors: [{ messageId: 'backwards', text: '第一条' }],
    },
  ],
});
