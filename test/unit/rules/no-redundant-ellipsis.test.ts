import { noRedundantEllipsis } from '../../../server/src/core/rules/no-redundant-ellipsis';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(noRedundantEllipsis, {
  valid: [
    '资金、技术、人才……',
    { name: 'sentence-final mark before the ellipsis', text: '我们要努力。……' },
    { name: '等待 is a verb', text: '他在那里……等待天亮' },
    { name: '资金等', text: '资金、技术、人才等' },
  ],
  invalid: [
    { text: '资金、技术、人才……等', output: '资金、技术、人才等', errors: [{ messageId: 'withDeng', text: '……', start: 8 }] },
    { text: '资金、人才……等等', output: '资金、人才等等', errors: [{ messageId: 'withDeng' }] },
    { text: '资金、技术、人才、……', output: '资金、技术、人才……', errors: [{ messageId: 'before', text: '、' }] },
    { text: '资金，……', output: '资金……', errors: [{ messageId: 'before', text: '，' }] },
  ],
});
