import { dateSeparator } from '../../../server/src/core/rules/date-separator';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(dateSeparator, {
  valid: [
    '请于2024年7月1日前报送。',
    { name: 'hyphenated date', text: '发布时间：2024-07-01' },
    { name: 'version and file name', text: '请升级到V2024.1.1版本，参阅《工作方案2024.7.1.docx》。' },
    { name: 'decimals and ratios', text: '增长2024.5万元，比例为1/3。' },
    { name: 'invalid month', text: '编号2024.13.1的档案。' },
    { name: 'aligned table row', text: '序号  日期        金额\n1     2024.7.1    1200' },
    { name: 'traditional text', text: '總統於2025.3.1出席活動，並表示這項計畫對臺灣的發展非常重要，政府將持續推動。' },
  ],
  invalid: [
    {
      name: 'dots and slashes',
      text: '请于2024.7.1前报送，会议定于2024/07/15召开。',
      output: '请于2024年7月1日前报送，会议定于2024年7月15日召开。',
      errors: [
        { messageId: 'separator', text: '2024.7.1' },
        { messageId: 'separator', text: '2024/07/15' },
      ],
    },
  ],
});
