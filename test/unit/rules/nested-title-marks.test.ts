import { nestedTitleMarks } from '../../../server/src/core/rules/nested-title-marks';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(nestedTitleMarks, {
  valid: ['《关于印发〈节能办法〉的通知》', '《证券法》《公司法》', { name: 'unbalanced', text: '《关于印发《节能办法》的通知' }],
  invalid: [
    {
      text: '《关于印发《节能办法》的通知》',
      output: '《关于印发〈节能办法〉的通知》',
      errors: [{ messageId: 'nested', text: '《节能办法》', start: 5 }],
    },
  ],
});
