import { pairedPunctuation } from '../../../server/src/core/rules/paired-punctuation';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(pairedPunctuation, {
  valid: [
    {
      name: 'half-width brackets balanced or outside Chinese context',
      text: '文中(含附件)均已印发。\n\nf(x 为函数，see (note) 即可。\n\n1) 第一项',
    },
    '按照《通知》要求（试行），落实“放管服”改革。',
    { name: 'multi-paragraph quotation', text: '“第一段内容。\n\n“第二段内容。\n\n“第三段内容。”' },
    { name: 'list marker with a right bracket only', text: 'a）加强领导\n1）压实责任' },
    { name: 'heading marker', text: '一）加强领导' },
    { name: 'apostrophe and year', text: '办好“中国’99昆明世界园艺博览会”，I don’t know' },
    { name: 'scraped line break inside a title', text: '认真贯彻《\n证券法\n》，规范发展' },
    { name: "even quotes facing the wrong way are quote-direction's", text: '实施”十四五“规划' },
    { name: 'Taiwan corner quotes', text: '總統出席「國慶晚會」' },
  ],
  invalid: [
    {
      name: 'issue 11: unmatched half-width bracket',
      text: '这是测试(test，请核对。\n\n请参阅附件2)的内容。',
      errors: [
        { messageId: 'unclosed', text: '(' },
        { messageId: 'unopened', text: ')' },
      ],
    },
    { text: '按照《通知要求，认真落实。', errors: [{ messageId: 'unclosed', text: '《', start: 2 }] },
    { text: '认真落实（试行。', errors: [{ messageId: 'unclosed', text: '（' }] },
    { text: '试行）的办法', errors: [{ messageId: 'unopened', text: '）' }] },
    {
      text: '而“六五’时期的增长',
      errors: [
        { messageId: 'unclosed', text: '“' },
        { messageId: 'unopened', text: '’' },
      ],
    },
    {
      name: 'last paragraph of a quotation opens but never closes',
      text: '“第一段。\n\n“第二段。',
      errors: [{ messageId: 'unclosed', start: 7 }],
    },
  ],
});
