import { consistentVariantForm } from '../../../server/src/core/rules/consistent-variant-form';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(consistentVariantForm, {
  valid: [
    '这里为人民服务，各单位要落实。',
    { name: 'one form used throughout (auto)', text: '這裏的工作爲民服務，爲國爲民。' },
    { name: 'Taiwan forms in a Taiwan document', text: '這裡的工作為民服務，路線清楚。', shared: { script: 'tw' } },
    { name: '着/著 are different words, never judged by majority', text: '顯著成效，看着辦，顯著進步，我們繼續。' },
    {
      name: 'variant unknown, Taiwan and OpenCC tied: 為/爲 left alone (no direction to aim at)',
      text: '開創更多機會，為兩國社會帶來繁榮，並爲雙方合作奠定基礎。',
    },
    { name: 'variant unknown and one form throughout: quiet', text: '在我們的國家裡，為人民服務，為國家建設。' },
    {
      name: 'a name keeps its form and does not turn 啟動 into 啓動 (環境部長彭啓明)',
      text: '環境部長彭啓明表示，本部已啟動相關計畫，為因應氣候變遷，將在這裡設立據點，並為此啟用新平台。',
    },
    { name: 'a name in a forced Taiwan document', text: '會議由部長彭啓明主持。', shared: { script: 'tw' } },
    { name: 'a foreign name after a title', text: '訪問團成員包括參議員佐藤啓、議員山田太郎。', shared: { script: 'tw' } },
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
      name: 'auto, Taiwan by a narrow margin: flagged against the standard, suggestion only',
      text: '為了大家，為了未來，爲了臺灣。',
      errors: [{ messageId: 'variant', text: '爲', fixKind: 'suggestion' }],
      output: '為了大家，為了未來，為了臺灣。',
    },
    {
      name: 'auto: 綫/線 in a Taiwan document',
      text: '這條路線和那條路線，還有一條綫。我們在這裡為此努力，說明如下。',
      errors: [{ messageId: 'variant', text: '綫' }],
      output: '這條路線和那條路線，還有一條線。我們在這裡為此努力，說明如下。',
    },
    {
      name: 'clear Taiwan document: the standard, not the majority (啓 twice, 啟 once → 啟), safe',
      text: '教育局函：本局啓動校園安全計畫，並啓用新系統，已於上月啟用試辦。說明如下：為落實稅務政策，請在這裡填報。為此，特函說明，請在網站裡查詢，為荷。',
      errors: [
        { messageId: 'variant', text: '啓', fixKind: 'safe' },
        { messageId: 'variant', text: '啓', fixKind: 'safe' },
      ],
      output:
        '教育局函：本局啟動校園安全計畫，並啟用新系統，已於上月啟用試辦。說明如下：為落實稅務政策，請在這裡填報。為此，特函說明，請在網站裡查詢，為荷。',
    },
    {
      name: 'variant unknown (OpenCC-style document): reported without a safe fix',
      text: '在我們的國家裡，爲人民服務，在這裏建設。',
      errors: [{ messageId: 'variant', text: '裡', fixKind: 'suggestion' }],
      output: '在我們的國家裏，爲人民服務，在這裏建設。',
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
