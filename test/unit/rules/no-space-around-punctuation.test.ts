import { noSpaceAroundPunctuation } from '../../../server/src/core/rules/no-space-around-punctuation';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(noSpaceAroundPunctuation, {
  valid: [
    { name: 'indentation before a quote', text: '　　“放管服”改革' },
    { name: 'after a heading marker', text: '一、 总体要求' },
    { name: "trailing spaces are no-trailing-spaces'", text: '落实。  ' },
    { name: 'Markdown table', text: '| 项目。 | 内容 |', language: 'markdown' },
    { name: 'headline separator before a quotation', text: '總統發表2025新年談話　「以民主厚植國力　迎向世界新局」' },
  ],
  invalid: [
    { text: '认真落实 。', output: '认真落实。', errors: [{ messageId: 'before', text: ' ', start: 4 }] },
    { text: '“ 放管服 ”改革', output: '“放管服”改革', errors: [{ messageId: 'after' }, { messageId: 'before' }] },
    { text: '各单位， 要落实', output: '各单位，要落实', errors: [{ messageId: 'after', text: ' ' }] },
    { text: '加快实施 “走出去”战略，完善政策。', output: '加快实施“走出去”战略，完善政策。', errors: [{ messageId: 'before' }] },
    { text: '壮大起来的。 　在新的历史', output: '壮大起来的。在新的历史', errors: [{ messageId: 'after', text: ' 　' }] },
  ],
});
