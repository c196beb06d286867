import { noSpaceHanAlphanumeric } from '../../../server/src/core/rules/no-space-han-alphanumeric';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(noSpaceHanAlphanumeric, {
  valid: [
    '请于2024年6月30日前报送，完成率达到92%，投入1000万元。',
    { name: '法规体 with U+3000', text: '第一条　为了规范财政资金管理，根据《预算法》，制定本办法。' },
    { name: 'heading number with a space', text: '1 总体要求\n3.2 工作安排\n1. 总体要求' },
    { name: 'indentation', text: '    2024年工作要点如下。' },
    { name: 'aligned table columns', text: '序号  单位名称      金额（万元）\n1     市财政局      1200\n2\t市发展改革委\t800' },
    { name: 'date inside an English sentence', text: 'The meeting was held on 30 June 2024 in Beijing, known as 北京.' },
    { name: 'URL masked', text: '详见 https://www.gov.cn/zhengce 网站' },
    {
      name: 'Taiwan text',
      text: '總統表示，政府將在 2026 年前完成這項計畫，並投入 1,100 億元預算，這些措施對臺灣經濟發展與國際合作都非常重要。',
    },
    { name: 'latin off', text: '鼓励使用 ChatGPT 等工具。', options: { latin: false } },
    { name: 'doc number', text: '根据《关于做好防汛工作的通知》（国办发〔2024〕12号）要求。' },
  ],
  invalid: [
    {
      name: 'date with spaces',
      text: '请于 2024 年 6 月 30 日前报送。',
      output: '请于2024年6月30日前报送。',
      errors: [
        { messageId: 'digit', text: ' ', start: 2, end: 3 },
        { messageId: 'digit', start: 7, end: 8 },
        { messageId: 'digit' },
        { messageId: 'digit' },
        { messageId: 'digit' },
        { messageId: 'digit' },
      ],
    },
    {
      name: 'percent and amount',
      text: '粮食产量增长率达到 92%，项目投资 1000 万元。',
      output: '粮食产量增长率达到92%，项目投资1000万元。',
      errors: [{ messageId: 'digit' }, { messageId: 'digit' }, { messageId: 'digit' }],
    },
    {
      name: 'Latin word: suggestion',
      text: '严禁使用 ChatGPT 等工具处理涉密文件。',
      output: '严禁使用ChatGPT等工具处理涉密文件。',
      errors: [{ messageId: 'latin' }, { messageId: 'latin' }],
    },
  ],
});
