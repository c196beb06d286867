import { recipientsColon } from '../../../server/src/core/rules/recipients-colon';
import { gongwen, workSummary } from '../../helpers/gongwen';
import { runRuleTests } from '../../helpers/ruleTester';

const to = (r: string) => gongwen({ recipients: r });

runRuleTests(recipientsColon, {
  valid: [
    { name: 'one line', text: to('各县（市、区）人民政府，市政府各部门：') },
    { name: 'two lines', text: to('各县（市、区）人民政府，市政府各部门，\n各直属机构：') },
    { name: 'half-width colon is no-half-width-punctuation’s', text: to('市人民政府:') },
    { name: 'no recipients (公布 notice)', text: to('') },
    { name: 'speech (not a 公文)', text: '在全市安全生产工作会议上的讲话\n\n同志们\n\n　　今天召开全市安全生产工作会议。\n' },
    { name: 'not a 公文', text: workSummary('') },
  ],
  invalid: [
    {
      name: 'comma instead of colon',
      text: to('市人民政府，'),
      output: to('市人民政府：'),
      errors: [{ messageId: 'wrong', text: '，', fixKind: 'suggestion' }],
    },
    {
      name: 'no colon after two lines',
      text: to('各县（市、区）人民政府，市政府各部门，\n各直属机构'),
      output: to('各县（市、区）人民政府，市政府各部门，\n各直属机构：'),
      errors: [{ messageId: 'missing', text: '构', fixKind: 'suggestion' }],
    },
  ],
});
