import { noUnknownCharacterMark } from '../../../server/src/core/rules/no-unknown-character-mark';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(noUnknownCharacterMark, {
  valid: ['这是真的吗？？我们需要核实。', { name: 'masked code', text: '示例：`a ⁇ b` 是占位符。', language: 'markdown' }],
  invalid: [
    {
      name: 'lost character and lost mark',
      text: '请核对⁇字的写法。以上情况属实⁇',
      errors: [
        { messageId: 'unknownChar', text: '⁇', start: 3, end: 4 },
        { messageId: 'unknownChar', text: '⁇' },
      ],
    },
  ],
});
