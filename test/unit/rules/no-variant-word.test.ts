import { noVariantWord } from '../../../server/src/core/rules/no-variant-word';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(noVariantWord, {
  valid: [
    '化学成分，图像，账目清楚。',
    // 标志/标识 are both right (not auto-fixed).
    '设置安全标识，标志着新阶段。',
    // Word boundaries: 规定|货物, 确定|单位.
    '按规定货物须申报，确定单位名单。',
    { name: 'protected', text: '成份科技有限公司', shared: { protectedWords: ['成份科技'] } },
  ],
  invalid: [
    {
      name: '成份 → 成分',
      text: '发展多种经济成份。',
      output: '发展多种经济成分。',
      errors: [{ messageId: 'variant', text: '成份', start: 6, end: 8 }],
    },
    {
      name: 'several forms',
      text: '帐目不清，图象模糊，签订定货合同。',
      output: '账目不清，图像模糊，签订订货合同。',
      errors: [
        { messageId: 'variant', text: '帐目' },
        { messageId: 'variant', text: '图象' },
        { messageId: 'variant', text: '定货' },
      ],
    },
  ],
});
