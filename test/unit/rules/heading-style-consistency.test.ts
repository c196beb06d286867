import { runRuleTests } from '../../helpers/ruleTester';
import { headingStyleConsistency } from '../../../server/src/core/rules/heading-style-consistency';

runRuleTests(headingStyleConsistency, {
  valid: ['1.甲\n2.乙', '1．甲\n2．乙', { name: '1、 is heading-marker-form’s, not a mix', text: '1.甲\n2、乙\n3.丙' }, '1.5亿元\n2．甲'],
  invalid: [
    { text: '1.甲\n2.乙\n3．丙', output: '1.甲\n2.乙\n3.丙', errors: [{ messageId: 'mixed', text: '3．', start: 8, end: 10 }] },
    { text: '1．甲\n2．乙\n3.丙', output: '1．甲\n2．乙\n3．丙', errors: [{ messageId: 'mixed', text: '3.' }] },
    { name: 'a tie goes to the preferred point', text: '1.甲\n2．乙', output: '1.甲\n2.乙', errors: [{ messageId: 'mixed', text: '2．' }] },
  ],
});
