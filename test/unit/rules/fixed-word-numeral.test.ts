import { fixedWordNumeral } from '../../../server/src/core/rules/fixed-word-numeral';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(fixedWordNumeral, {
  valid: [
    { name: 'names with digits', text: '推进5G网络、G20峰会、PM2.5治理，MP3格式，97号汽油，“5·12”地震。' },
    { name: 'numbers near the words', text: '第1般性条款，共21律师事务所，选聘1律师事务所，每1切片。' },
    { name: 'wan followed by a digit', text: '三万1千人' },
    { name: 'quoted plan', text: '“十四五”规划，《十四五规划纲要》，十四五个项目。' },
    { name: 'already Chinese', text: '一律不予受理，七上八下。' },
  ],
  invalid: [
    {
      name: 'fixed words with digits',
      text: '逾期申请1律不予受理，防止3心2意。',
      output: '逾期申请一律不予受理，防止三心二意。',
      errors: [
        { messageId: 'fixedWord', text: '1律' },
        { messageId: 'fixedWord', text: '3心2意' },
      ],
    },
    {
      name: 'plan abbreviation',
      text: '编制十四五规划，十三五时期成就显著。',
      output: '编制“十四五”规划，“十三五”时期成就显著。',
      errors: [
        { messageId: 'planQuotes', text: '十四五' },
        { messageId: 'planQuotes', text: '十三五' },
      ],
    },
  ],
});
