import { noteBrackets } from '../../../server/src/core/rules/note-brackets';
import { gongwen, RECORD, workSummary } from '../../helpers/gongwen';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(noteBrackets, {
  valid: [
    { name: '（此件公开发布）', text: gongwen({ note: '（此件公开发布）', record: RECORD }) },
    { name: 'contact note', text: gongwen({ note: '（联系人：周敏，电话：0791-86334455）' }) },
    { name: 'half-width brackets are no-half-width-parentheses’', text: gongwen({ note: '(此件公开发布)' }) },
    { name: 'no note, record follows', text: gongwen({ record: RECORD }) },
    { name: '此件 in the body', text: gongwen({ body: '　　此件请各地认真研究，提出意见。' }) },
    { name: 'not a 公文', text: workSummary('此件公开发布') },
  ],
  invalid: [
    {
      name: '【】 around the note',
      text: gongwen({ note: '【此件公开发布】' }),
      output: gongwen({ note: '（此件公开发布）' }),
      errors: [{ messageId: 'wrongBrackets', text: '【此件公开发布】', fixKind: 'safe' }],
    },
    {
      name: 'bare 此件公开发布 (safe)',
      text: gongwen({ note: '此件公开发布', record: RECORD }),
      output: gongwen({ note: '（此件公开发布）', record: RECORD }),
      errors: [{ messageId: 'bare', text: '此件公开发布', fixKind: 'safe' }],
    },
    {
      name: 'bare contact line (suggestion)',
      text: gongwen({ note: '联系人：周敏，电话：0791-86334455' }),
      output: gongwen({ note: '（联系人：周敏，电话：0791-86334455）' }),
      errors: [{ messageId: 'bare', fixKind: 'suggestion' }],
    },
    {
      name: 'note without its closing bracket',
      text: gongwen({ note: '（联系人：周敏，电话：0791-86334455' }),
      output: gongwen({ note: '（联系人：周敏，电话：0791-86334455）' }),
      errors: [{ messageId: 'unclosed', text: '5', fixKind: 'suggestion' }],
    },
  ],
});
