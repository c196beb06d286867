import { noPlaceholder } from '../../../server/src/core/rules/no-placeholder';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(noPlaceholder, {
  valid: [
    { name: 'checkboxes in a form', text: '□同意　□不同意' },
    { name: '○ in a Chinese-numeral year', text: '二○○八年八月八日，一九○○年' },
    { name: 'a Latin word containing todo', text: 'Todoist 和 TODOS 不是提示语' },
    { name: 'X射线 (single letter)', text: '开展X射线安全检查' },
    { name: 'XX染色体', text: '正常女性为XX染色体' },
    { name: 'x轴', text: '以x轴为横坐标' },
    { name: 'Latin words', text: '型号为XXL和Xbox' },
    { name: 'Markdown bold', text: '**重点任务**要抓好', language: 'markdown' },
    { name: 'Markdown __bold__', text: '__重点__任务', language: 'markdown' },
    { name: 'Markdown thematic break', text: '正文\n\n___\n\n附件', language: 'markdown' },
    { name: 'checkbox', text: '□是　□否' },
    { name: 'multiplication sign', text: '面积为3×4米' },
    { name: 'identifier with underscores', text: '变量名为a__b' },
    { name: '文号', text: '国办发〔2024〕5号' },
    { name: 'year range', text: '2021—2025年' },
    { name: 'real date', text: '2024年7月1日' },
    { name: 'URL with xx', text: '详见https://www.example.com/xx/yy，请查阅' },
    { name: 'single X before 月 without date context', text: '代号X月光计划' },
    { name: "empty pair without spaces is no-empty-pair's", text: '推进了【】工作' },
    { name: 'decimal, time, 法规体', text: '增长3.5亿元，9:30开会。第一条 为了规范管理' },
  ],
  invalid: [
    { name: '○○ standing for a place name', text: '○○市人民政府', errors: [{ messageId: 'boxRun', text: '○○' }] },
    { name: '□□ run', text: '联系人：□□□', errors: [{ messageId: 'boxRun', text: '□□□' }] },
    { name: 'TODO note', text: 'TODO：补充全年数据', errors: [{ messageId: 'prompt', text: 'TODO' }] },
    { text: '于20XX年完成', errors: [{ messageId: 'yearX', text: '20XX' }] },
    { text: '到20xx年,实现以下目标', errors: [{ messageId: 'yearX', text: '20xx' }] },
    { text: '本人是200*年11月调入', errors: [{ messageId: 'yearX', text: '200*' }] },
    { text: '一、XX年工作情况', errors: [{ messageId: 'yearX', text: 'XX' }] },
    { text: 'XX市人民政府', errors: [{ messageId: 'latinX', text: 'XX' }] },
    {
      text: '请于X月X日前报送',
      errors: [
        { messageId: 'dateX', text: 'X' },
        { messageId: 'dateX', text: 'X' },
      ],
    },
    {
      text: '落款2024年×月×日',
      errors: [
        { messageId: 'dateX', text: '×' },
        { messageId: 'dateX', text: '×' },
      ],
    },
    { text: '撰写人:___________', errors: [{ messageId: 'underscore', text: '___________', start: 4, end: 15 }] },
    {
      text: '机会,__月__日,我前往',
      errors: [
        { messageId: 'underscore', text: '__' },
        { messageId: 'underscore', text: '__' },
      ],
    },
    { text: '联系人：＿＿＿＿', errors: [{ messageId: 'underscore', text: '＿＿＿＿' }] },
    { text: '经查，张××同志违反规定', errors: [{ messageId: 'crossRun', text: '××', severity: 'info' }] },
    {
      text: '××年××月××日',
      errors: [
        { messageId: 'dateX', text: '××' },
        { messageId: 'dateX', text: '××' },
        { messageId: 'dateX', text: '××' },
      ],
    },
    { text: '请于（  ）前报送', errors: [{ messageId: 'emptyBracket', text: '（  ）' }] },
    { text: '【　　】工作要点', errors: [{ messageId: 'emptyBracket', text: '【　　】' }] },
    { text: '此处填写单位名称', errors: [{ messageId: 'prompt', text: '此处填写' }] },
    { text: '（正文）', errors: [{ messageId: 'prompt', text: '（正文）' }] },
    { text: '违纪人员张某某受到处分', errors: [{ messageId: 'anonymous', text: '某某', severity: 'info' }] },
    { text: '（〔20xx〕51号）', errors: [{ messageId: 'yearX', text: '20xx' }] },
  ],
});
