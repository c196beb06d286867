import { noFullWidthAlphanumeric } from '../../../server/src/core/rules/no-full-width-alphanumeric';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(noFullWidthAlphanumeric, {
  valid: [
    {
      name: 'a full-width per-cent sign after half-width digits, as the national reports set it',
      text: '居民消费价格上涨2.5％，城镇化率超过50％。',
    },
    { name: 'half-width', text: '2024年GDP增长5%' },
    { name: 'heading marker （１）', text: '（１）加强领导' },
    { name: "Ｏ in a Chinese-numeral year is chinese-year-zero's", text: '二ＯＯ八年' },
    { name: '０ in a Chinese-numeral year', text: '到二０一０年' },
    { name: 'full-width punctuation', text: '增长，很好。' },
  ],
  invalid: [
    {
      text: '２０２４年ＧＤＰ增长５％',
      output: '2024年GDP增长5%',
      errors: [
        { messageId: 'fullWidth', text: '２０２４' },
        { messageId: 'fullWidth', text: 'ＧＤＰ' },
        { messageId: 'fullWidth', text: '５％' },
      ],
    },
    { name: 'decimal', text: '增长８７．８％', output: '增长87.8%', errors: [{ messageId: 'fullWidth', text: '８７．８％' }] },
    {
      name: 'grouped digits',
      text: '为７，７００，３６５，０００元',
      output: '为7,700,365,000元',
      errors: [{ messageId: 'fullWidth', text: '７，７００，３６５，０００' }],
    },
    {
      name: 'list of numbers keeps the comma',
      text: '第１，２条',
      output: '第1，2条',
      errors: [
        { messageId: 'fullWidth', text: '１' },
        { messageId: 'fullWidth', text: '２' },
      ],
    },
  ],
});
