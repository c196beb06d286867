import { attachmentNoteForm } from '../../../server/src/core/rules/attachment-note-form';
import { gongwen, workSummary } from '../../helpers/gongwen';
import { runRuleTests } from '../../helpers/ruleTester';

const note = (n: string) => gongwen({ attachmentNote: n });

runRuleTests(attachmentNoteForm, {
  valid: [
    { name: 'one attachment', text: note('　　附件：江州市2024年统计执法检查抽查企业名单') },
    { name: 'two numbered', text: note('　　附件：1.江州市2024年城市易涝点清单\n　　　　　2.江州市城市排水防涝应急联络表') },
    {
      name: 'name ending in （样表）',
      text: note('　　附件：1.江州市技能大师工作室申报表（样表）\n　　　　　2.江州市技能大师工作室推荐汇总表'),
    },
    { name: 'name starting with a year', text: note('　　附件：2024年市级重大项目前期工作经费测算表') },
    {
      name: 'long name wrapped',
      text: note(
        '　　附件：1.江州市城市排水防涝应急联络表及各县（市、区）、\n　　　　　　市直有关部门值班电话\n　　　　　2.江州市2024年城市易涝点清单',
      ),
    },
    {
      name: 'attachment page label is not the list',
      text: gongwen({ attachments: '附件1\n\n江州市2024年城市易涝点清单\n\n　　一、中心城区。' }),
    },
    { name: 'not a 公文', text: workSummary('　　附件：1.名单。') },
  ],
  invalid: [
    {
      name: 'marks after the names, number skipped',
      text: note('　　附件：1.开学工作检查表；\n　　　　　3.安全隐患整改台账。'),
      output: note('　　附件：1.开学工作检查表\n　　　　　2.安全隐患整改台账'),
      errors: [
        { messageId: 'endMark', text: '；', fixKind: 'safe' },
        { messageId: 'sequence', text: '3', fixKind: 'suggestion' },
        { messageId: 'endMark', text: '。', fixKind: 'safe' },
      ],
    },
    {
      name: 'one attachment with 句号',
      text: note('　　附件：江州市统计执法检查方案。'),
      output: note('　　附件：江州市统计执法检查方案'),
      errors: [{ messageId: 'endMark', text: '。' }],
    },
    {
      name: 'one attachment numbered',
      text: note('　　附件：1.江州市统计执法检查方案'),
      output: note('　　附件：江州市统计执法检查方案'),
      errors: [{ messageId: 'singleNumbered', text: '1.', severity: 'info', fixKind: 'suggestion' }],
    },
    {
      name: '1、 instead of 1.',
      text: note('　　附件：1、江州市2024年城市易涝点清单\n　　　　　2、江州市城市排水防涝应急联络表'),
      output: note('　　附件：1.江州市2024年城市易涝点清单\n　　　　　2.江州市城市排水防涝应急联络表'),
      errors: [
        { messageId: 'markerForm', text: '、' },
        { messageId: 'markerForm', text: '、' },
      ],
    },
    {
      name: 'a draft’s 附件1：… 附件2：… list (no fix: the list is rewritten)',
      text: note('附件1：2025年全市职工技能大赛实施方案\n附件2：参赛人员报名表'),
      errors: [{ messageId: 'numberedLabels', text: '附件1：', severity: 'warning' }],
    },
    {
      name: 'space instead of the colon',
      text: note('　　附件　江州市统计执法检查方案'),
      output: note('　　附件：江州市统计执法检查方案'),
      errors: [{ messageId: 'missingColon', text: '附件' }],
    },
  ],
});
