import { monthDayName } from '../../../server/src/core/rules/month-day-name';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(monthDayName, {
  valid: [
    { name: 'already right', text: '组织收看“3·15”晚会，纪念“5·12”汶川特大地震。' },
    { name: 'decimal figures', text: '价格指数为3.15，增长5.12活动经费。' },
    { name: 'no cue', text: '版本3.15发布，详见第5.12节。' },
    { name: 'version or section before a cue', text: 'V3.15事件日志，第5.12活动方案。' },
    { name: 'Chinese month names', text: '庆祝“七一”活动，纪念“一二·九”运动。' },
  ],
  invalid: [
    {
      name: 'dot without quotes',
      text: '组织收看3.15晚会。',
      output: '组织收看“3·15”晚会。',
      errors: [{ messageId: 'name', text: '3.15' }],
    },
    {
      name: 'interpunct without quotes',
      text: '纪念5·12大地震十周年。',
      output: '纪念“5·12”大地震十周年。',
      errors: [{ messageId: 'name', text: '5·12' }],
    },
    {
      name: 'quoted with a dot',
      text: '“9.11”事件以后',
      output: '“9·11”事件以后',
      errors: [{ messageId: 'name', text: '“9.11”' }],
    },
  ],
});
