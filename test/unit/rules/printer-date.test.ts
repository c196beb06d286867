import { printerDate } from '../../../server/src/core/rules/printer-date';
import { gongwen, RECORD, workSummary } from '../../helpers/gongwen';
import { runRuleTests } from '../../helpers/ruleTester';

const RULE = '————————————————————————————————';
const printer = (line: string) => gongwen({ record: `${RULE}\n抄送：市委办公室，市政协办公室。\n${RULE}\n${line}` });

runRuleTests(printerDate, {
  valid: [
    { name: 'standard 印发 line', text: gongwen({ record: RECORD }) },
    { name: 'leading zeros are no-date-leading-zero’s', text: printer('江州市人民政府办公室　　　　2024年05月21日印发') },
    { name: '印发 line without rules', text: gongwen({ record: '抄送：市委办公室。\n江州市人民政府办公室　　　　2024年5月21日印发' }) },
    { name: 'not a 公文', text: workSummary('　　江州市统计局办公室　二〇二四年十二月三十日印发') },
  ],
  invalid: [
    {
      name: 'date in Chinese numerals',
      text: printer('江州市人民政府办公室　　　　二〇二四年七月一日印发'),
      output: printer('江州市人民政府办公室　　　　2024年7月1日印发'),
      errors: [{ messageId: 'hanDate', text: '二〇二四年七月一日', fixKind: 'safe' }],
    },
    {
      name: 'date with two-digit Chinese day',
      text: printer('江州市人民政府办公室　　　　二〇二四年十二月二十一日印发'),
      output: printer('江州市人民政府办公室　　　　2024年12月21日印发'),
      errors: [{ messageId: 'hanDate', text: '二〇二四年十二月二十一日' }],
    },
    {
      name: 'date with dots',
      text: printer('江州市人民政府办公室　　　　2024.7.1印发'),
      output: printer('江州市人民政府办公室　　　　2024年7月1日印发'),
      errors: [{ messageId: 'sepDate', text: '2024.7.1' }],
    },
    {
      name: 'date without 印发 (suggestion: recognised by its place)',
      text: printer('江州市人民政府办公室　　　　2024年5月21日'),
      output: printer('江州市人民政府办公室　　　　2024年5月21日印发'),
      errors: [{ messageId: 'missingWord', text: '日', fixKind: 'suggestion' }],
    },
    {
      name: '印发 without a date',
      text: printer('江州市人民政府办公室印发'),
      errors: [{ messageId: 'missingDate', text: '印发' }],
    },
  ],
});
