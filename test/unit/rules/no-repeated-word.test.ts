import { noRepeatedWord } from '../../../server/src/core/rules/no-repeated-word';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(noRepeatedWord, {
  valid: [
    // Legitimate reduplication (GW-REP-004): AA, AABB, ABAB, ABB, AABC.
    '请各单位研究研究，拿出意见。',
    '认认真真学习，扎扎实实工作。',
    '要层层压实责任，久久为功。',
    '天天学习，常常反思。',
    '数据与台账一一对应。',
    '方方面面都要考虑到，是是非非要分清。',
    '沉甸甸的责任，一步一步推进，源源不断。',
    // Repeats across a word boundary.
    '切实转变工作作风。',
    '进行行政审批制度改革。',
    '不能不了了之。',
    '这是是非问题，不是认识问题。',
    '发展社会会议事业，人民民主不断扩大。',
    '达到目的的。',
    '中华民国海巡之友总会总会长出席。',
    // Numbers, onomatopoeia, quotations and 书名号 (GW-REP-009).
    '二〇〇〇年一月',
    '他哈哈哈地笑了。',
    '学习《的的确确》一文，“进一步进一步”是原话。',
    '让三百六十行行行出状元。',
    '在在显示经济持续复苏。',
    '坚持照镜子、正衣冠、洗洗澡、治治病的要求。',
    // Issue 11 item 8: names with an AA given name (surname + 玲玲), in a 通知 and a Taiwan 函.
    '经研究，由办公室主任李玲玲同志负责会务。',
    '會議由苗栗縣副縣長邱俐俐主持，全國律師聯合會理事長李玲玲、環境部署長賴瑩瑩出席。',
    '出席人員：全國律師聯合會理事長李玲玲。',
    // Organisation names and compounds where the second copy starts a longer word.
    '邀請台灣家庭醫學醫學會理事長出席座談。',
    '坚持无产阶级和资产阶级阶级斗争的历史观点。',
    '大幅提高互联网网速，降低资费。',
    '福爾摩沙俱樂部由來自31國國會議員組成。',
    '政府針對北北基宜、桃竹苗地區推動交通建設。',
    '美軍印太司令部司令帕帕羅上將表示關切。',
    // Quoted speech a web page split over three lines keeps its wording.
    '报告指出：“\n三年之内逐步逐步扩大文艺节目。\n”',
  ],
  invalid: [
    {
      name: '的的 (function word, safe fix)',
      text: '推进活动的的开展。',
      output: '推进活动的开展。',
      errors: [{ messageId: 'doubledFunction', text: '的的', start: 4, end: 6, severity: 'warning' }],
    },
    {
      name: '了了 in a sentence',
      text: '我们完成了了任务。',
      output: '我们完成了任务。',
      errors: [{ messageId: 'doubledFunction', text: '了了' }],
    },
    {
      name: '进一步进一步',
      text: '要进一步进一步加强监管。',
      output: '要进一步加强监管。',
      errors: [{ messageId: 'repeatedWord', text: '进一步进一步', start: 1, end: 7 }],
    },
    {
      name: '认真认真落实 (not a verb reduplication)',
      text: '各单位要认真认真落实。',
      output: '各单位要认真落实。',
      errors: [{ messageId: 'repeatedWord', text: '认真认真' }],
    },
    {
      name: '加强加强',
      text: '要加强加强监管。',
      output: '要加强监管。',
      errors: [{ messageId: 'repeatedWord', text: '加强加强' }],
    },
    {
      name: 'a repeated phrase containing a cross-word repeat',
      text: '转变工作作风工作作风。',
      output: '转变工作作风。',
      errors: [{ messageId: 'repeatedWord', text: '工作作风工作作风', start: 2, end: 10 }],
    },
    {
      name: 'stray character at clause end',
      text: '请各部门门。',
      output: '请各部门。',
      errors: [{ messageId: 'extraAfter', text: '门门' }],
    },
    {
      name: 'stray character at clause start (info)',
      text: '我我们要努力。',
      output: '我们要努力。',
      errors: [{ messageId: 'extraBefore', text: '我我', severity: 'info' }],
    },
    {
      name: 'tripled character',
      text: '工作的的的开展。',
      output: '工作的开展。',
      errors: [{ messageId: 'tripled', text: '的的的' }],
    },
    {
      name: 'traditional text (sample 001)',
      text: '有步驟地推進了“”活動的的開展。',
      output: '有步驟地推進了“”活動的開展。',
      errors: [{ messageId: 'doubledFunction', text: '的的' }],
    },
    {
      name: '的的 in a Taiwan press release sentence',
      text: '總統表示，要特別恭喜所有的的球員、教練。',
      output: '總統表示，要特別恭喜所有的球員、教練。',
      errors: [{ messageId: 'doubledFunction', text: '的的' }],
    },
    {
      name: 'a repeat at the start of a clause is still reported (逐步逐步 outside a quotation)',
      text: '关于加强基层建设的请示\n三年之内，逐步逐步扩大覆盖范围。',
      output: '关于加强基层建设的请示\n三年之内，逐步扩大覆盖范围。',
      errors: [{ messageId: 'repeatedWord', text: '逐步逐步', severity: 'warning' }],
    },
    {
      name: 'stray character after a word at clause end that is not a name',
      text: '请各有关部门门。',
      output: '请各有关部门。',
      errors: [{ messageId: 'extraAfter', text: '门门' }],
    },
    {
      name: 'two-character verb repeated inside a clause stays a warning',
      text: '他要代表人民表达表达衷心欢迎。',
      output: '他要代表人民表达衷心欢迎。',
      errors: [{ messageId: 'repeatedWord', text: '表达表达', severity: 'warning' }],
    },
  ],
});
