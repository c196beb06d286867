import { noDunBetweenQuoted } from '../../../server/src/core/rules/no-dun-between-quoted';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(noDunBetweenQuoted, {
  valid: [
    '《预防未成年人犯罪法》《未成年人保护法》',
    { name: 'note in between', text: '《红楼梦》（人民文学出版社版）、《水浒传》' },
    '“警务室”“护学岗”',
  ],
  invalid: [
    {
      text: '《预防未成年人犯罪法》、《未成年人保护法》',
      output: '《预防未成年人犯罪法》《未成年人保护法》',
      errors: [{ messageId: 'dun', text: '、', start: 11, severity: 'info' }],
    },
    { text: '“警务室”、“护学岗”', output: '“警务室”“护学岗”', errors: [{ messageId: 'dun' }] },
  ],
});
