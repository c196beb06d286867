import { runRuleTests } from '../../helpers/ruleTester';
import { headingNumberingMixed } from '../../../server/src/core/rules/heading-numbering-mixed';

runRuleTests(headingNumberingMixed, {
  valid: ['1.1 工作目标\n1.2 工作原则', '一、总体要求\n1.5亿元用于建设。\n2.5%的增长。', '一、总体要求\n2024.7.1起施行。'],
  invalid: [
    {
      text: '一、总体要求\n2.1 工作目标\n2.1.1工作原则',
      errors: [
        { messageId: 'mixed', text: '2.1', start: 7, end: 10, severity: 'info' },
        { messageId: 'mixed', text: '2.1.1' },
      ],
    },
  ],
});
