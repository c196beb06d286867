import { noSpaceBetweenHan } from '../../../server/src/core/rules/no-space-between-han';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(noSpaceBetweenHan, {
  valid: [
    {
      name: '法规体 in traditional script',
      text: '第一章　總則\n第一節　通則\n第一條　為規範本市公共設施之管理，特制定本自治條例。\n第二條　本自治條例所稱主管機關為本府工務局。',
    },
    {
      name: 'Taiwan 函: 挪抬 before 鈞/查照/鑒核, spaced labels, a signature with ○ placeholders',
      text: '檔　　號：0114\n保存年限：10年\n主旨：檢送本府114年度施政計畫1份，請　查照。\n說明：依據　鈞院114年1月5日函辦理，敬請　鑒核。\n市長　蔣○○',
    },
    { name: 'indentation', text: '　　各单位要高度重视。' },
    { name: '法规体 第一条', text: '第一条 为了规范公文处理工作，制定本条例。' },
    { name: '法规体 第一章', text: '第一章　总则' },
    { name: 'letter-spaced label', text: '通　知' },
    { name: 'signer line', text: '签发人：赵××　李××' },
    { name: '发文字号 and 签发人 on one line (上行文)', text: '江政〔2026〕12号　　　　签发人：王明远　李华' },
    { name: 'signature with spaced name', text: '總統 賴　清　德' },
    { name: 'Taiwan headline with U+3000 separator', text: '總統出席國慶晚會　盼發揚臺灣精神　團結守護臺灣\n總統出席「國慶晚會」' },
    { name: 'mainland report title', text: '坚定不移沿着中国特色社会主义道路前进 为全面建成小康社会而奋斗' },
    { name: 'headline quoted in a sentence', text: '總統以「以民主厚植國力 迎向世界新局」為題發表談話。' },
    { name: 'Han and Latin', text: '使用 GDP 指标' },
    // Issue 11 item 4: Taiwan house style and 函 layout, mainland 函 and 版记 layout.
    {
      name: 'Taiwan headline, several U+3000 separators',
      text: '部長出席青年論壇並以「青年當家」為題進行演講　強調政府支持青年　期勉以行動參與公共事務',
    },
    {
      name: 'Taiwan headline with punctuation inside its quotations',
      text: '部長出席「創新，迎向未來」論壇　強調支持2,300家企業轉型　盼共創佳績',
    },
    {
      name: 'Taiwan headline, a wide separator',
      text: '部長頒發優良教師獎項   盼持續深耕偏鄉教育\n\n教育部長今天出席頒獎典禮，表示感謝。',
    },
    { name: 'Taiwan headline, double separator', text: '副市長勉勵消防同仁 　期許提升救災量能' },
    {
      name: 'slogan in a long paragraph',
      text: '市長今天出席活動時表示，今年以「智慧城市 幸福宜居」為主軸，結合各局處的資源與民間的力量，共同推動城市治理的轉型，讓每一位市民都能感受到政府的用心。',
    },
    { name: 'Taiwan 函 header', text: '臺北市政府教育局　函\n受文者：各級學校' },
    { name: 'Taiwan signature', text: '局長　王大明' },
    { name: 'mainland 函 header', text: '某某市人民政府办公室　函' },
    { name: 'mainland signature', text: '局长　刘建国' },
    { name: '抄送 line aligned with spaces', text: '抄送：市委办公室　市人大常委会办公室　市政协办公室' },
    { name: '印发 line', text: '某某市人民政府办公室　　　　印发' },
    { name: 'names padded to three characters', text: '出席：王　明　李建国　张　强　赵晓红' },
    { name: 'a padded name after a label', text: '联系人：王　明，联系电话：010-12345678。' },
    { name: 'Taiwan 挪抬 before the name of the Pope', text: '外交部長將率團前往教廷，出席新任教宗　良十四世就職典禮。' },
    { name: 'Taiwan 挪抬 before 總統', text: '本次活動承蒙　總統親臨致詞，謹此致謝。' },
  ],
  invalid: [
    {
      name: 'a 发文字号 followed by words other than 签发人',
      text: '江政〔2026〕12号　各单位要高度重视，认真落实。',
      output: '江政〔2026〕12号各单位要高度重视，认真落实。',
      errors: [{ messageId: 'unexpectedSpace' }],
    },
    {
      name: 'not a name list: ordinary words',
      text: '会议要求　加强领导　落实责任　狠抓落实，确保完成。',
      output: '会议要求加强领导落实责任狠抓落实，确保完成。',
      errors: [{ messageId: 'unexpectedSpace' }, { messageId: 'unexpectedSpace' }, { messageId: 'unexpectedSpace' }],
    },
    {
      name: 'a space before 總統 in a simplified document',
      text: '本次活动承蒙 总统府派员出席，谨此致谢。',
      output: '本次活动承蒙总统府派员出席，谨此致谢。',
      errors: [{ messageId: 'unexpectedSpace' }],
    },
    {
      name: 'simplified headline with a wide gap: suggestion only',
      text: '市长调研重点项目建设   要求加快推进工程进度',
      output: '市长调研重点项目建设要求加快推进工程进度',
      errors: [{ messageId: 'unexpectedSpace', fixKind: 'suggestion' }],
    },
    { text: '加强 领导', output: '加强领导', errors: [{ messageId: 'unexpectedSpace', text: ' ', start: 2, end: 3 }] },
    { text: '落实　　工作，很好。', output: '落实工作，很好。', errors: [{ messageId: 'unexpectedSpace', text: '　　' }] },
    { text: '我们曾经急于求成，盲 目求纯。', output: '我们曾经急于求成，盲目求纯。', errors: [{ messageId: 'unexpectedSpace' }] },
    { name: 'short headline clause', text: '加强 党的领导', output: '加强党的领导', errors: [{ messageId: 'unexpectedSpace' }] },
  ],
});
