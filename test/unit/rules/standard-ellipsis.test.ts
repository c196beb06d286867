import { standardEllipsis } from '../../../server/src/core/rules/standard-ellipsis';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(standardEllipsis, {
  valid: [
    '资金、技术、人才……',
    { name: 'English', text: 'Wait... what?' },
    { name: 'code range', text: 'for i in 1...n' },
    { name: 'two 。 are repeated punctuation', text: '落实。。' },
    {
      name: 'table-of-contents leaders up to a page number',
      text: '目　录\n一、总体要求……………………1\n二、主要任务.................. 3\n附件　政策清单···············ii\n',
    },
  ],
  invalid: [
    { text: '资金、技术、人才...', output: '资金、技术、人才……', errors: [{ messageId: 'ellipsis', text: '...', start: 8 }] },
    { text: '等方面......', output: '等方面……', errors: [{ messageId: 'ellipsis', text: '......' }] },
    { text: '等方面。。。', output: '等方面……', errors: [{ messageId: 'ellipsis', text: '。。。' }] },
    { text: '等方面…', output: '等方面……', errors: [{ messageId: 'ellipsis', text: '…' }] },
    {
      name: 'a number after the dots that is not alone at the line end is prose',
      text: '增长...3个百分点',
      output: '增长……3个百分点',
      errors: [{ messageId: 'ellipsis', text: '...' }],
    },
    { text: '等方面………', output: '等方面……', errors: [{ messageId: 'ellipsis', text: '………' }] },
    { text: '等方面······', output: '等方面……', errors: [{ messageId: 'ellipsis' }] },
  ],
});
