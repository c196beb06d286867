import { noOverusedPhrase } from '../../../server/src/core/rules/no-overused-phrase';
import { runRuleTests } from '../../helpers/ruleTester';

const FOUR = '要进一步强化责任，进一步完善制度，进一步细化措施，进一步抓好落实。';

runRuleTests(noOverusedPhrase, {
  valid: [
    '要进一步强化责任，进一步完善制度，进一步细化措施。',
    // Counted per paragraph (line).
    '要进一步强化责任，进一步完善制度。\n要进一步细化措施，进一步抓好落实。',
    // 进一步加强 is its own phrase (longest match).
    '进一步加强监管，进一步加强服务，进一步完善制度，进一步细化措施。',
    { name: 'higher threshold', text: FOUR, options: { threshold: 5 } },
  ],
  invalid: [
    {
      name: '进一步 ×4',
      text: FOUR,
      errors: [{ messageId: 'overused', text: '进一步', start: 1, end: 4, severity: 'info' }],
    },
    {
      name: 'lower threshold and a user phrase',
      text: '提质增效，提质增效。',
      options: { threshold: 2, phrases: ['提质增效'] },
      errors: [{ messageId: 'overused', text: '提质增效', start: 0 }],
    },
  ],
});
