import { standardInterpunct } from '../../../server/src/core/rules/standard-interpunct';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(standardInterpunct, {
  valid: [
    '卡尔·马克思',
    { name: 'bullet at line start', text: '• 加强领导' },
    { name: 'full stop between Han', text: '认真落实.下一步' },
    { name: 'Taiwan interpunct ‧', text: '總統出席活動，我們會繼續努力。這是臺灣的驕傲。寶拉‧瑟吉' },
    { name: 'decimal', text: '增长3.5%' },
  ],
  invalid: [
    { text: '卡尔•马克思', output: '卡尔·马克思', errors: [{ messageId: 'interpunct', text: '•', start: 2 }] },
    { text: '阿合买提・江', output: '阿合买提·江', errors: [{ messageId: 'interpunct', text: '・' }] },
    {
      // Issue 11 item 3: the traditional-script name gets the same treatment as the simplified one.
      name: 'dot in a transliterated name in traditional script: suggestion',
      text: '本會邀請經濟學者保羅.克魯曼演講，敬請查照。',
      output: '本會邀請經濟學者保羅·克魯曼演講，敬請查照。',
      errors: [{ messageId: 'interpunct', text: '.', fixKind: 'suggestion' }],
    },
    {
      name: 'dot in a transliterated name: suggestion',
      text: '卡尔.马克思',
      output: '卡尔·马克思',
      errors: [{ messageId: 'interpunct', text: '.' }],
    },
  ],
});
