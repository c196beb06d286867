import { noDateLeadingZero } from '../../../server/src/core/rules/no-date-leading-zero';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(noDateLeadingZero, {
  valid: [
    { name: 'correct date', text: '2024年7月1日' },
    { name: 'two-digit month', text: '2024年10月10日' },
    { name: 'month alone', text: '编号07月报表' },
    { name: 'ISO date left to others', text: '2024-07-01' },
    { name: 'time', text: '9:30开会' },
    {
      name: 'traditional document',
      text: '114年01月05日，總統府會議將在這個月舉行，我們會繼續關注國際經濟發展與產業的變化。',
      shared: { script: 'tw' },
    },
  ],
  invalid: [
    { text: '2024年07月01日', output: '2024年7月1日', errors: [{ messageId: 'leadingZero', text: '2024年07月01日' }] },
    { text: '于2024年07月印发', output: '于2024年7月印发', errors: [{ messageId: 'leadingZero', text: '2024年07月' }] },
    { text: '7月01日', output: '7月1日', errors: [{ messageId: 'leadingZero', text: '7月01日' }] },
    { text: '2024年7月05号', output: '2024年7月5号', errors: [{ messageId: 'leadingZero', text: '2024年7月05号' }] },
  ],
});
