import { quoteDirection } from '../../../server/src/core/rules/quote-direction';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(quoteDirection, {
  valid: [
    '实施“十四五”规划',
    { name: "nested double quotes are quote-nesting's", text: '“要落实“三个区分开来”要求”' },
    { name: 'multi-paragraph quotation', text: '“第一段内容。\n“第二段内容。\n“第三段内容。”' },
    { name: 'quotation split by a scraped line break', text: '毛主席说：“\n这是原话。\n”，“\n另一句话。\n”' },
    { name: 'apostrophe', text: '他说“I don’t know”' },
    { name: "odd count is paired-punctuation's", text: '”十四五“规划”' },
  ],
  invalid: [
    {
      text: '实施”十四五“规划',
      output: '实施“十四五”规划',
      errors: [
        { messageId: 'reversed', text: '”', start: 2 },
        { messageId: 'reversed', text: '“', start: 6 },
      ],
    },
    { text: '“放管服“改革', output: '“放管服”改革', errors: [{ messageId: 'reversed', start: 4 }] },
    { text: '他说’好‘', output: '他说‘好’', errors: [{ messageId: 'reversed' }, { messageId: 'reversed' }] },
  ],
});
