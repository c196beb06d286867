import { noMixedDigits } from '../../../server/src/core/rules/no-mixed-digits';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(noMixedDigits, {
  valid: [
    { name: 'unit prefix 千米', text: '全长3千米' },
    { name: '千克 千瓦 千伏', text: '5千克、10千瓦、220千伏' },
    { name: '百分点', text: '下降2百分点' },
    { name: '万 and 亿', text: '5亿3400万，1万多人' },
    { name: 'Chinese numerals', text: '四千人，三百元' },
    { name: 'decimal', text: '3.5亿元' },
    { name: 'traditional document', text: '將近2千根電桿，我們會繼續關注國際經濟發展與臺灣產業的變化。', shared: { script: 'tw' } },
  ],
  invalid: [
    { text: '参加4千人', output: '参加4000人', errors: [{ messageId: 'mixed', text: '4千' }] },
    { text: '3百人参加', output: '300人参加', errors: [{ messageId: 'mixed', text: '3百' }] },
    { text: '投入5千万元', output: '投入5000万元', errors: [{ messageId: 'mixed', text: '5千' }] },
    { text: '约3.5千人', output: '约3500人', errors: [{ messageId: 'mixed', text: '3.5千' }] },
    { text: '由5千多户增加', output: '由5000多户增加', errors: [{ messageId: 'mixed', text: '5千', severity: 'info' }] },
    { text: '共1百零8人', errors: [{ messageId: 'mixedNoFix', text: '1百' }] },
    { text: '增加到1万6千多户', errors: [{ messageId: 'mixedNoFix', text: '6千', severity: 'info' }] },
  ],
});
