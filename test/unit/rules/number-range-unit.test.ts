import { numberRangeUnit } from '../../../server/src/core/rules/number-range-unit';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(numberRangeUnit, {
  valid: [
    { name: 'unit on both ends', text: '9亿～16亿，15%～30%' },
    { name: 'unit not changing magnitude', text: '5～10kg，3～5页，10～20元' },
    { name: 'year range', text: '2021—2025年' },
    { name: 'ISO date', text: '2024-05-10' },
    { name: 'phone number', text: '电话010-6512万' },
    { name: 'standard number', text: 'GB/T 15835-2011' },
    { name: 'decimals with units', text: '增长0.5%～1.5%' },
    { name: 'traditional document', text: '這個預算為9～16億，我們會繼續關注國際經濟發展與臺灣產業的變化。', shared: { script: 'tw' } },
  ],
  invalid: [
    { text: '投资9～16亿', output: '投资9亿～16亿', errors: [{ messageId: 'unitBothEnds', text: '9～16亿' }] },
    { text: '占15～30%', output: '占15%～30%', errors: [{ messageId: 'unitBothEnds', text: '15～30%' }] },
    { text: '补助5-10万元', output: '补助5万-10万元', errors: [{ messageId: 'unitBothEnds', text: '5-10万' }] },
    { text: '只占5—6%', output: '只占5%—6%', errors: [{ messageId: 'unitBothEnds', text: '5—6%' }] },
    { text: '1~2万亿元', output: '1万亿~2万亿元', errors: [{ messageId: 'unitBothEnds', text: '1~2万亿' }] },
  ],
});
