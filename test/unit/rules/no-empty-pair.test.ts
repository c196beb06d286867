import { noEmptyPair } from '../../../server/src/core/rules/no-empty-pair';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(noEmptyPair, {
  valid: [
    '推进了“潮乡先锋”活动',
    { name: 'fill-in blank with a space', text: '签名（　　）' },
    { name: 'adjacent quotations', text: '“放管服”“六稳”' },
  ],
  invalid: [
    { text: '有步骤地推进了“”活动的开展', errors: [{ messageId: 'empty', text: '“”', start: 7, end: 9 }] },
    {
      text: '依据《》和（）',
      errors: [
        { messageId: 'empty', text: '《》' },
        { messageId: 'empty', text: '（）' },
      ],
    },
  ],
});
