import type { Rule } from '../types';
import { builtinHits, findWords, userTrie } from '../wording';
import { edit } from '../rule-kit';

/**
 * Misused words (GW-WORD-001, GW-WORD-003): 截止目前 → 截至目前, the 《咬文嚼字》 list of common misused
 * characters and frequent 公文 misspellings (布署 → 部署), plus the user's own table `words`
 * ({"错误写法": "建议写法"}, literal text). Fixes are safe for idioms and non-words, suggestions where the
 * wrong form can be right in another reading (按装 / 按|装修) or the user's table.
 */
export const noMisusedWord: Rule = {
  meta: {
    id: 'no-misused-word',
    name: { zh: '别字误用', en: 'Misused word' },
    aliases: ['GW-WORD-001', 'GW-WORD-003'],
    category: 'wording',
    defaultSeverity: 'error',
    scope: 'paragraph',
    fixable: 'safe',
    description: {
      zh: '别字和误用词：截止目前→截至目前、布署→部署、再接再励→再接再厉等，以及用户词表中的写法',
      en: "Misused words and characters (截止目前 → 截至目前, 布署 → 部署, 再接再励 → 再接再厉…) and the user's word table",
    },
    messages: {
      jiezhi: {
        zh: '“{{found}}”后接时间词，应为“{{expected}}”（“截止”用于时间之后或“截止日期”）',
        en: '"{{found}}" before a time expression should be "{{expected}}" (截止 follows the time, or forms 截止日期)',
      },
      misused: {
        zh: '“{{found}}”是常见别字，应为“{{expected}}”',
        en: '"{{found}}" is a common misspelling of "{{expected}}"',
      },
      userWord: {
        zh: '按用户词表，“{{found}}”应为“{{expected}}”',
        en: 'By the user word table, "{{found}}" should be "{{expected}}"',
      },
    },
    defaultOptions: {},
    examples: [
      ['截止目前，已完成80%', '截至目前，已完成80%'],
      ['认真布署各项工作', '认真部署各项工作'],
    ],
  },
  check(ctx) {
    for (const h of builtinHits(ctx, 'misused')) {
      const e = h.entry;
      ctx.report({
        messageId: e.guard === 'jiezhi' || e.guard === 'jiezhiDao' ? 'jiezhi' : 'misused',
        data: { found: e.wrong, expected: e.right },
        start: h.start,
        end: h.end,
        fix: [edit.replace(h.start, h.end, e.right)],
        ...(e.safe ? {} : { fixKind: 'suggestion' as const }),
      });
    }
    const words = ctx.shared.words;
    if (!words || Object.keys(words).length === 0) return;
    for (const h of findWords(ctx, userTrie(words))) {
      ctx.report({
        messageId: 'userWord',
        data: { found: h.entry.wrong, expected: h.entry.right },
        start: h.start,
        end: h.end,
        fix: [edit.replace(h.start, h.end, h.entry.right)],
        fixKind: 'suggestion',
      });
    }
  },
};
