import { ccEnding } from '../../../server/src/core/rules/cc-ending';
import { gongwen, RECORD, workSummary } from '../../helpers/gongwen';
import { runRuleTests } from '../../helpers/ruleTester';

const RULE = '————————————————————————————————';
const record = (cc: string) => gongwen({ record: `${RULE}\n${cc}\n${RULE}\n江州市人民政府办公室　　　　　　　　2024年5月21日印发` });

runRuleTests(ccEnding, {
  valid: [
    { name: 'cc with 句号 between rules', text: gongwen({ record: RECORD }) },
    { name: 'cc over two lines', text: record('抄送：市委各部门，市人大常委会办公室，市政协办公室，\n　　　各民主党派市委。') },
    {
      name: 'cc without rules',
      text: gongwen({ record: '抄送：市委办公室，市政府办公室。\n江州市人民政府办公室　　　　2024年5月21日印发' }),
    },
    { name: '抄送 in a body sentence', text: gongwen({ body: '　　请将整改情况抄送市财政局，抄送时注明文号' }) },
    { name: 'not a 公文', text: workSummary('抄送：市委办公室，市政府办公室') },
  ],
  invalid: [
    {
      name: 'no 句号 after the last organ',
      text: record('抄送：市委办公室，市人大常委会办公室'),
      output: record('抄送：市委办公室，市人大常委会办公室。'),
      errors: [{ messageId: 'missingEnd', text: '室', fixKind: 'safe' }],
    },
    {
      name: 'semicolon instead of 句号',
      text: record('抄送：市委办公室，市政协办公室；'),
      output: record('抄送：市委办公室，市政协办公室。'),
      errors: [{ messageId: 'wrongEnd', text: '；' }],
    },
    {
      name: 'comma at the end of the last of two lines',
      text: record('抄送：市委各部门，市人大常委会办公室，\n　　　各民主党派市委，'),
      output: record('抄送：市委各部门，市人大常委会办公室，\n　　　各民主党派市委。'),
      errors: [{ messageId: 'wrongEnd', text: '，' }],
    },
    {
      name: 'space instead of the colon',
      text: record('抄送　市委办公室，市政府办公室。'),
      output: record('抄送：市委办公室，市政府办公室。'),
      errors: [{ messageId: 'missingColon', text: '抄送　' }],
    },
    {
      name: '主送 moved to the record, and 抄送, both without 句号',
      text: gongwen({
        recipients: '',
        record:
          '主送：各县（市、区）人力资源和社会保障局，市直有关单位\n抄送：省人力资源和社会保障厅\n江州市人力资源和社会保障局办公室　　　　2024年11月21日印发',
      }),
      output: gongwen({
        recipients: '',
        record:
          '主送：各县（市、区）人力资源和社会保障局，市直有关单位。\n抄送：省人力资源和社会保障厅。\n江州市人力资源和社会保障局办公室　　　　2024年11月21日印发',
      }),
      errors: [
        { messageId: 'missingEnd', text: '位' },
        { messageId: 'missingEnd', text: '厅' },
      ],
    },
  ],
});
