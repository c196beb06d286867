import { noHalfWidthPunctuation } from '../../../server/src/core/rules/no-half-width-punctuation';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(noHalfWidthPunctuation, {
  valid: [
    { name: 'thousands separator', text: '投资1,000万元' },
    { name: 'decimal', text: '增长3.14%，达3.5亿元' },
    { name: 'time', text: '会议于9:30开始' },
    { name: 'ratio', text: '比例尺1:500的地形图' },
    { name: 'URL', text: '详见https://www.gov.cn/zhengce/a.html，请查阅' },
    { name: 'e-mail', text: '请发送至office@example.gov.cn，谢谢' },
    { name: 'path', text: '文件位于/usr/share/doc，请查阅' },
    { name: 'version', text: '系统升级到v1.2.3版本' },
    { name: 'file extension', text: '附件.docx已上传' },
    { name: 'section number', text: '见第3.2节' },
    { name: 'English sentence', text: '口号是Hello, world. 很好' },
    { name: 'English-only list', text: 'We use Python, Java and C.' },
    { name: 'standard number', text: '依据GB/T 9704—2012执行' },
    { name: 'heading marker 1.', text: '1.加强组织领导' },
    { name: 'heading marker (1)', text: '（1）加强领导' },
    { name: 'ellipsis dots left to the ellipsis rule', text: '资金、技术...' },
    { name: 'transliterated name dot', text: '卡尔.马克思的著作' },
    { name: 'Markdown image', text: '见图![示意图](a.png)', language: 'markdown' },
    { name: 'code span', text: '运行`a,b;c`命令', language: 'markdown' },
    { name: 'ISO date and time', text: '时间：2022-11-05 08:31:50' },
    // Issue 11 item 3: a quotation or parenthesis mainly in Latin script keeps its own points, in both scripts.
    { name: 'Latin quotation in a Taiwan text', text: '活動由主持人高喊「Let the show begin!」揭開序幕，請各校準時出席。' },
    { name: 'Latin quotation with a comma and a colon', text: '本年度主題為「ONE WORLD: Together, Forward」，歡迎各界參與。' },
    { name: 'Latin quotation in a simplified text', text: '开幕式上嘉宾齐声说“Hello, Shanghai!”，气氛热烈。' },
    { name: 'Latin parenthesis', text: '本次论坛（Shaping the Future: AI and Cities）定于下月举办。' },
    { name: 'transliterated name in traditional script (保羅.克魯曼)', text: '依據經濟學者保羅.克魯曼的說法，本案應審慎評估。' },
  ],
  invalid: [
    {
      name: 'a Chinese quotation with half-width points is still fixed (「加油!」)',
      text: '縣長以客語勉勵大家「鄉親加油! 臺灣加油!」，全場熱烈響應。',
      output: '縣長以客語勉勵大家「鄉親加油！ 臺灣加油！」，全場熱烈響應。',
      errors: [
        { messageId: 'halfWidth', text: '!' },
        { messageId: 'halfWidth', text: '!' },
      ],
    },
    {
      // Regression (issue 12 item 11): character classes work on code points, so astral Han is Chinese context.
      name: 'a full stop after an astral Han character',
      text: '认真落实𪚥.',
      output: '认真落实𪚥。',
      errors: [{ messageId: 'halfWidth', text: '.', fixKind: 'safe' }],
    },
    { name: 'a comma between astral Han characters', text: '𠮷,𪚥', output: '𠮷，𪚥', errors: [{ messageId: 'halfWidth', text: ',' }] },
    {
      // Regression (issue 10): the outline does not take 一,二季度 as a heading, so the comma is Chinese
      // punctuation; a numeral opens the line, so the full-width fix is only a suggestion (一、 may be meant).
      name: 'not a heading marker: 一,二季度',
      text: '一,二季度完成情况良好。',
      output: '一，二季度完成情况良好。',
      errors: [{ messageId: 'halfWidth', text: ',', fixKind: 'suggestion' }],
    },
    {
      name: 'a heading marker the outline takes stays with the structure rules',
      text: '一,总体要求\n\n各单位要高度重视,认真落实。',
      output: '一,总体要求\n\n各单位要高度重视，认真落实。',
      errors: [{ messageId: 'halfWidth', text: ',', fixKind: 'safe' }],
    },
    {
      text: '各单位要高度重视,认真落实.',
      output: '各单位要高度重视，认真落实。',
      errors: [
        { messageId: 'halfWidth', text: ',', start: 8, end: 9 },
        { messageId: 'halfWidth', text: '.' },
      ],
    },
    { text: '时间:9:30', output: '时间：9:30', errors: [{ messageId: 'halfWidth', text: ':', start: 2 }] },
    { text: '什么是AI?', output: '什么是AI？', errors: [{ messageId: 'halfWidth', text: '?' }] },
    { text: '你好!!', output: '你好！！', errors: [{ messageId: 'halfWidth', text: '!!' }] },
    { text: '一是加强领导;二是压实责任', output: '一是加强领导；二是压实责任', errors: [{ messageId: 'halfWidth', text: ';' }] },
    { text: '网址:https://www.gov.cn', output: '网址：https://www.gov.cn', errors: [{ messageId: 'halfWidth', text: ':' }] },
    { text: '增长5%,好于预期', output: '增长5%，好于预期', errors: [{ messageId: 'halfWidth', text: ',' }] },
  ],
});
