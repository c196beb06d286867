import { standardEllipsis } from '../../../server/src/core/rules/standard-ellipsis';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(standardEllipsis, {
  valid: ['资金、技术、人才……', { name: 'English', text: 'Wait... what?' }, { name: 'code range', text: 'for i in 1...n' }, { name: 'two 。 are repeated punctuation', text: '落实。。' }],
  invalid: [
    { text: '资金、技术、人才...', output: '资金、技术、人才……', errors: [{ messageId: 'ellipsis', text: '...', start: 8 }] },
    { text: '等方面......', output: '等方面……', errors: [{ messageId: 'ellipsis', text: '......' }] },
    { text: '等方面。。。', output: '等方面……', errors: [{ messageId: 'ellipsis', text: '。。。' }] },
    { text: '等方面…', output: '等方面……', errors: [{ messageId: 'ellipsis', text: '…' }] },
    { text: '等方面………', output: '等方面……', errors: [{ messageId: 'ellipsis', text: '………' }] },
    { text: '等方面······', output: '等方面……', errors: [{ messageId: 'ellipsis' }] },
  ],
});
