import { docNumberFormat } from '../../../server/src/core/rules/doc-number-format';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(docNumberFormat, {
  valid: [
    { name: 'correct', text: '国办发〔2024〕5号' },
    { name: 'court case number', text: '（2024）京01民初5号' },
    { name: 'year in parentheses', text: '规划纲要（2021）提出' },
    { name: 'State Council order', text: '国务院令第5号' },
    { name: 'placeholder year left to no-placeholder', text: '国办发〔20xx〕5号' },
    { name: 'numbered list item in brackets', text: '见附表（1）2号楼' },
    { name: 'two digits in brackets without 号', text: '江州市（12）个县区' },
  ],
  invalid: [
    { text: '国办发[2024]5号', output: '国办发〔2024〕5号', errors: [{ messageId: 'docNumber', text: '[2024]5号' }] },
    { text: '京政发【2023】12号', output: '京政发〔2023〕12号', errors: [{ messageId: 'docNumber', text: '【2023】12号' }] },
    { text: '粤府（2022）3号', output: '粤府〔2022〕3号', errors: [{ messageId: 'docNumber' }] },
    { text: '国发﹝2024﹞1号', output: '国发〔2024〕1号', errors: [{ messageId: 'docNumber' }] },
    { text: '国办发〔2024〕05号', output: '国办发〔2024〕5号', errors: [{ messageId: 'docNumber', text: '〔2024〕05号' }] },
    {
      text: '京政发（23）5号',
      output: '京政发〔2023〕5号',
      errors: [{ messageId: 'shortYear', text: '（23）5号', fixKind: 'suggestion' }],
    },
    { text: '江府〔98〕第3号', output: '江府〔1998〕3号', errors: [{ messageId: 'shortYear', text: '〔98〕第3号' }] },
    { text: 'X政发[2024]第05号', output: 'X政发〔2024〕5号', errors: [{ messageId: 'docNumber', text: '[2024]第05号' }] },
  ],
});
