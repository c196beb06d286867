import { yearRangeShort } from '../../../server/src/core/rules/year-range-short';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(yearRangeShort, {
  valid: [
    { name: 'full range', text: '《规划（2021—2025年）》，1950～1980年的档案。' },
    { name: 'document number', text: '国办发〔2024〕5号，2024-25号文件。' },
    { name: 'not a later year', text: '2024-10年期国债' },
    { name: 'durations', text: '改革开放40年，近30年来，从2000到25年后。' },
  ],
  invalid: [
    {
      name: 'short second year',
      text: '整理1950～80年的档案，完成2023—25年的任务。',
      output: '整理1950～1980年的档案，完成2023—2025年的任务。',
      errors: [
        { messageId: 'shortEnd', text: '80' },
        { messageId: 'shortEnd', text: '25' },
      ],
    },
    {
      name: 'across the century',
      text: '1998至05年期间，1990年—95年间',
      output: '1998至2005年期间，1990年—1995年间',
      errors: [
        { messageId: 'shortEnd', text: '05' },
        { messageId: 'shortEnd', text: '95' },
      ],
    },
  ],
});
