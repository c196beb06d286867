import { noRedundantWord } from '../../../server/src/core/rules/no-redundant-word';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(noRedundantWord, {
  valid: [
    '涉及群众切身利益，截至目前已完成。',
    // Disputed forms are not listed.
    '来自于基层，共同协商。',
    '目的是保就业。',
  ],
  invalid: [
    {
      name: '涉及到 → 涉及',
      text: '下放权力涉及到许多规章制度。',
      output: '下放权力涉及许多规章制度。',
      errors: [{ messageId: 'redundant', text: '涉及到', start: 4, end: 7 }],
    },
    {
      name: '截至到, 目的是为了',
      text: '截至到6月底，目的是为了保就业。',
      output: '截至6月底，目的是保就业。',
      errors: [
        { messageId: 'redundant', text: '截至到' },
        { messageId: 'redundant', text: '目的是为了' },
      ],
    },
  ],
});
