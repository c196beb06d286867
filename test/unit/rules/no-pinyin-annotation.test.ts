import { noPinyinAnnotation } from '../../../server/src/core/rules/no-pinyin-annotation';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(noPinyinAnnotation, {
  valid: [
    { name: 'acronym', text: '国内生产总值(GDP)增长5%' },
    { name: 'abbreviation note', text: '国务院办公厅(以下简称国办)' },
    { name: 'list letter', text: '按照要求(a)执行' },
    { name: 'toneless word in an ordinary text', text: '他的网名(de)很特别' },
    { name: 'year', text: '规划(2021)发布' },
    { name: 'pinyin after Latin', text: 'Beijing(běi)' },
    { name: 'full sentence in Latin', text: '口号(we can)' },
  ],
  invalid: [
    {
      text: '關(guān)于科技局年終總結(jié)計(jì)劃',
      output: '關于科技局年終總結計劃',
      errors: [
        { messageId: 'pinyin', text: '(guān)', start: 1, end: 7 },
        { messageId: 'pinyin', text: '(jié)' },
        { messageId: 'pinyin', text: '(jì)' },
      ],
    },
    { text: '区（qū）政府', output: '区政府', errors: [{ messageId: 'pinyin', text: '（qū）' }] },
    {
      name: 'toneless syllable once the document has toned ones',
      text: '關(guān)于總結(jié)計(jì)劃的(de)工作',
      output: '關于總結計劃的工作',
      errors: [{ messageId: 'pinyin' }, { messageId: 'pinyin' }, { messageId: 'pinyin' }, { messageId: 'pinyin', text: '(de)' }],
    },
  ],
});
