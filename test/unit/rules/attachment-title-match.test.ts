import { attachmentTitleMatch } from '../../../server/src/core/rules/attachment-title-match';
import { gongwen } from '../../helpers/gongwen';
import { runRuleTests } from '../../helpers/ruleTester';

const NOTE3 =
  '　　附件：1.2024年江州国际龙舟文化节总体方案\n　　　　　2.2024年江州国际龙舟文化节经费预算表\n　　　　　3.2024年江州国际龙舟文化节安全保障预案';
const page = (n: string, title: string, body = '　　由市公安局牵头，会同有关部门制定。') => `附件${n}\n\n${title}\n\n${body}`;
const three = (t1: string, t3 = '2024年江州国际龙舟文化节安全保障预案') =>
  gongwen({
    attachmentNote: NOTE3,
    attachments: [page('1', t1), page('2', '2024年江州国际龙舟文化节经费预算表'), page('3', t3)].join('\n\n'),
  });

runRuleTests(attachmentTitleMatch, {
  valid: [
    { name: 'three matching pages', text: three('2024年江州国际龙舟文化节总体方案') },
    {
      name: 'one attachment, spaced title',
      text: gongwen({ attachmentNote: '　　附件：参会回执', attachments: page('', '参　会　回　执', '　　单位名称：') }),
    },
    { name: 'no attachment pages (sent separately)', text: gongwen({ attachmentNote: NOTE3 }) },
  ],
  invalid: [
    {
      name: 'page title differs',
      text: three('2024年江州国际龙舟文化节实施方案'),
      errors: [{ messageId: 'mismatch', text: '2024年江州国际龙舟文化节实施方案' }],
    },
    {
      name: 'two differ',
      text: three('2024年江州国际龙舟文化节实施方案', '安全保障预案'),
      errors: [{ messageId: 'mismatch' }, { messageId: 'mismatch', text: '安全保障预案' }],
    },
    {
      name: 'page not in the list',
      text: gongwen({
        attachmentNote: '　　附件：1.江州市2024年城市易涝点清单\n　　　　　2.江州市城市排水防涝应急联络表',
        attachments: [
          page('1', '江州市2024年城市易涝点清单'),
          page('2', '江州市城市排水防涝应急联络表'),
          page('3', '江州市排水防涝物资储备表'),
        ].join('\n\n'),
      }),
      errors: [{ messageId: 'unlisted', text: '附件3' }],
    },
  ],
});
