import { noBlankPageNote } from '../../../server/src/core/rules/no-blank-page-note';
import { gongwen } from '../../helpers/gongwen';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(noBlankPageNote, {
  valid: [
    { name: 'a 公文 without it', text: gongwen() },
    { name: 'quoted in a 公文', text: gongwen({ body: '　　不再使用“此页无正文”的标注方法，改为调整行距、字距。' }) },
    {
      name: 'a contract (not a 公文)',
      text: '江州市城北污水处理厂扩建工程施工合同\n\n　　甲方：江州市水务集团有限公司\n　　乙方：江州建工集团有限公司\n\n（此页无正文）\n\n甲方（盖章）：　　　　乙方（盖章）：\n',
    },
  ],
  invalid: [
    {
      name: 'between body and signature',
      text: gongwen({ body: '　　请各单位分管负责同志准时参加会议。\n\n（此页无正文）' }),
      errors: [{ messageId: 'blankPage', text: '此页无正文', severity: 'info' }],
    },
  ],
});
