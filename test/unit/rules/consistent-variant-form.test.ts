import { consistentVariantForm } from '../../../server/src/core/rules/consistent-variant-form';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(consistentVariantForm, {
  valid: [
    '这里为人民服务，各单位要落实。',
    { name: 'one form used throughout (auto)', text: '這裏的工作爲民服務，爲國爲民。' },
    { name: 'Taiwan forms in a Taiwan document', text: '這裡的工作為民服務，路線清楚。', shared: { script: 'tw' } },
    { name: '着/著 are different words, never judged by majority', text: '顯著成效，看着辦，顯著進步，我們繼續。' },
    { name: 'quotations are left alone', text: '為了大家，為了未來，他說「爲了臺灣」。' },
  ],
  invalid: [
    {
      name: 'forced Taiwan standard',
      text: '這裏的工作爲民服務。',
      shared: { script: 'tw' },
      errors: [
        { messageId: 'variant', text: '裏', severity: 'info' },
        { messageId: 'variant', text: '爲', severity: 'info' },
      ],
      output: '這裡的工作為民服務。',
    },
    {
      name: 'forced Hong Kong standard keeps 裏',
      text: '這裏的工作爲民服務。',
      shared: { script: 'hk' },
      errors: [{ messageId: 'variant', text: '爲' }],
      output: '這裏的工作為民服務。',
    },
    {
      name: 'auto: the minority form is flagged',
      text: '為了大家，為了未來，爲了臺灣。',
      errors: [{ messageId: 'variant', text: '爲' }],
      output: '為了大家，為了未來，為了臺灣。',
    },
    {
      name: 'auto: 綫/線 in a Taiwan document',
      text: '這條路線和那條路線，還有一條綫。我們為此努力。',
      errors: [{ messageId: 'variant', text: '綫' }],
      output: '這條路線和那條路線，還有一條線。我們為此努力。',
    },
    {
      name: 'forced Taiwan: 着 → 著',
      text: '隨着經濟發展。',
      shared: { script: 'tw' },
      errors: [{ messageId: 'variant', text: '着' }],
      output: '隨著經濟發展。',
    },
  ],
});
