import type { Rule } from '../types';
import { builtinHits } from '../wording';
import { edit } from '../rule-kit';

/**
 * Semantic redundancy within one expression (GW-WORD-006): 涉及到 → 涉及, 截至到 → 截至, 亲眼目睹 → 目睹.
 * Only word-level entries; cross-word ones (约…左右, 超过…以上) are not matched. 来自于, 共同协商 are
 * common in 公文 and disputed: not listed.
 */
export const noRedundantWord: Rule = {
  meta: {
    id: 'no-redundant-word',
    name: { zh: '语义重复', en: 'Redundant word' },
    aliases: ['GW-WORD-006'],
    category: 'wording',
    defaultSeverity: 'warning',
    scope: 'paragraph',
    fixable: 'safe',
    description: {
      zh: '语义重复的用词：涉及到→涉及、截至到→截至、亲眼目睹→目睹等',
      en: 'Redundant wording: 涉及到 → 涉及, 截至到 → 截至, 亲眼目睹 → 目睹…',
    },
    messages: {
      redundant: {
        zh: '“{{found}}”语义重复，应为“{{expected}}”',
        en: '"{{found}}" is redundant: write "{{expected}}"',
      },
    },
    defaultOptions: {},
    examples: [['涉及到群众切身利益', '涉及群众切身利益']],
  },
  check(ctx) {
    for (const h of builtinHits(ctx, 'redundant')) {
      ctx.report({
        messageId: 'redundant',
        data: { found: h.entry.wrong, expected: h.entry.right },
        start: h.start,
        end: h.end,
        fix: [edit.replace(h.start, h.end, h.entry.right)],
      });
    }
  },
};
