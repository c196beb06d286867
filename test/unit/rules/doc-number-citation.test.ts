import { docNumberCitation } from '../../../server/src/core/rules/doc-number-citation';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(docNumberCitation, {
  valid: [
    '你委《关于设立江州临空经济示范区的请示》（江发改〔2024〕23号）收悉。',
    { name: 'number alone, second mention', text: '根据江政发〔2024〕3号文件精神，结合我市实际，制定本方案。' },
    { name: 'number then a title that is not the cited one', text: '江政发〔2024〕3号印发后，《江州日报》作了报道。' },
    { name: 'court case number', text: '（2024）京01民初5号《民事判决书》' },
  ],
  invalid: [
    {
      name: '你公司 + number + 文件 + title',
      text: '你公司江水〔2024〕6号文件《关于城北污水处理厂扩建工程初步设计的请示》收悉。',
      output: '你公司《关于城北污水处理厂扩建工程初步设计的请示》（江水〔2024〕6号）收悉。',
      errors: [{ messageId: 'order', text: '江水〔2024〕6号文件《关于城北污水处理厂扩建工程初步设计的请示》', fixKind: 'suggestion' }],
    },
    {
      name: 'after 根据',
      text: '根据国办发〔2023〕5号《关于进一步优化营商环境的意见》，现提出如下措施。',
      output: '根据《关于进一步优化营商环境的意见》（国办发〔2023〕5号），现提出如下措施。',
      errors: [{ messageId: 'order', text: '国办发〔2023〕5号《关于进一步优化营商环境的意见》' }],
    },
    {
      name: 'at the start of a paragraph',
      text: '江政发〔2024〕12号文《关于进一步加强城市排水防涝工作的通知》印发以来，各地认真贯彻落实。',
      output: '《关于进一步加强城市排水防涝工作的通知》（江政发〔2024〕12号）印发以来，各地认真贯彻落实。',
      errors: [{ messageId: 'order' }],
    },
  ],
});
