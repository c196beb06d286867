import { rangeConnector } from '../../../server/src/core/rules/range-connector';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(rangeConnector, {
  valid: [
    {
      name: 'Taiwan house style',
      text: '本計畫自2024-2025年分兩階段推動，每階段為期5-6天的實地訪視，並由各縣市政府協助辦理相關事項，以利後續推動。',
    },
    {
      name: 'phone numbers after 電話, an area code or 分機',
      text: '電話：(02)2720-8889分機1234；联系电话 0571-8765 4321；传真（010）6655-1234。',
    },
    '（2021—2025年）',
    '3～5年内完成',
    { name: 'phone number', text: '咨询电话：010-88842603' },
    { name: 'table number', text: '见表2-8' },
    { name: 'model number', text: '采购WZ-10型直升机' },
    { name: 'ISO date', text: '日期为2024-07-01' },
    { name: 'compound place name', text: '吐鲁番-哈密盆地' },
    { name: 'years with ～ tolerated', text: '2021～2025年' },
    { name: 'grade range', text: '2-3年级学生' },
    { name: 'standard number', text: '依据GB/T 1988-2012，' },
    { name: 'URL', text: '见https://a.gov.cn/2021-2025/' },
  ],
  invalid: [
    {
      name: 'the full-width hyphen as the national reports set it: a suggestion',
      text: '增长6%－6.5%，完成2006－2020年规划。',
      output: '增长6%～6.5%，完成2006—2020年规划。',
      errors: [
        { messageId: 'numericRange', fixKind: 'suggestion' },
        { messageId: 'yearRange', fixKind: 'suggestion' },
      ],
    },
    {
      name: 'a list marker (2) before a real range',
      text: '（2）3-5年内完成改造。',
      output: '（2）3～5年内完成改造。',
      errors: [{ messageId: 'numericRange' }],
    },
    { text: '（2021-2025年）', output: '（2021—2025年）', errors: [{ messageId: 'yearRange', text: '-', start: 5 }] },
    { text: '2021年-2025年', output: '2021年—2025年', errors: [{ messageId: 'yearRange' }] },
    { text: '对2006－2020年的科技发展', output: '对2006—2020年的科技发展', errors: [{ messageId: 'yearRange', text: '－' }] },
    { text: '3-5年内完成', output: '3～5年内完成', errors: [{ messageId: 'numericRange', text: '-', start: 1 }] },
    { text: '增长6%－6.5%', output: '增长6%～6.5%', errors: [{ messageId: 'numericRange' }] },
    { text: '第2-5条', output: '第2—5条', errors: [{ messageId: 'ordinalRange' }] },
    { text: '需要3~5天', output: '需要3～5天', errors: [{ messageId: 'numericRange', text: '~' }] },
    { text: '北京~上海', output: '北京～上海', errors: [{ messageId: 'tilde' }] },
  ],
});
