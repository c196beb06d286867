import { noRepeatedPunctuation } from '../../../server/src/core/rules/no-repeated-punctuation';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(noRepeatedPunctuation, {
  valid: ['难道不是吗？！', '难道不是吗？？？', { name: "。。。 is the ellipsis rule's", text: '等方面。。。' }, '落实。”他说'],
  invalid: [
    { text: '认真落实，。', output: '认真落实。', errors: [{ messageId: 'repeated', text: '，。', start: 4 }] },
    {
      text: '更加奋发有为的精神状态，，更加扎实',
      output: '更加奋发有为的精神状态，更加扎实',
      errors: [{ messageId: 'repeated', text: '，，' }],
    },
    { text: '外交利益。。', output: '外交利益。', errors: [{ messageId: 'repeated' }] },
    { text: '各单位、，', output: '各单位，', errors: [{ messageId: 'repeated' }] },
    { text: '如下：：', output: '如下：', errors: [{ messageId: 'repeated' }] },
    { text: '真的吗？？？？', output: '真的吗？？？', errors: [{ messageId: 'repeated' }] },
    { text: '好，？', output: '好？', errors: [{ messageId: 'repeated' }] },
  ],
});
