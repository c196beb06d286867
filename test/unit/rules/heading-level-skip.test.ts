import { runRuleTests } from '../../helpers/ruleTester';
import { headingLevelSkip } from '../../../server/src/core/rules/heading-level-skip';

runRuleTests(headingLevelSkip, {
  valid: [
    '一、甲\n（一）子\n1.孙\n二、乙\n（一）子',
    { name: 'two-level documents (一、 + 1.) are common practice', text: '一、甲\n1.子\n2.子\n二、乙\n1.子' },
    { name: '法规体', text: '第一条 各单位应当：\n1.建立制度；\n2.落实责任。\n第二条 附则。\n第三条 施行。' },
  ],
  invalid: [
    {
      text: '一、甲\n（一）子\n1.孙\n二、乙\n1.子',
      errors: [{ messageId: 'skip', text: '1.', start: 17, end: 19, severity: 'info' }],
    },
    {
      name: 'two-level exemption off',
      text: '一、甲\n1.子',
      options: { allowTwoLevelSkip: false },
      errors: [{ messageId: 'skip', text: '1.' }],
    },
  ],
});
