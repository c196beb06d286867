import type { Rule } from '../types';
import { builtinHits } from '../wording';
import { edit } from '../rule-kit';

/**
 * Variant word forms (GW-WORD-004): the recommended form of the 《第一批异形词整理表》 (GF 1001—2001)
 * entries frequent in 公文 (成份 → 成分, 图象 → 图像, 帐目 → 账目). 标志/标识 is not listed: the two words
 * have been differentiated since. Two-character forms are matched only on word boundaries (规定|货物).
 */
export const noVariantWord: Rule = {
  meta: {
    id: 'no-variant-word',
    name: { zh: '异形词', en: 'Variant word' },
    aliases: ['GW-WORD-004'],
    category: 'wording',
    defaultSeverity: 'warning',
    scope: 'paragraph',
    fixable: 'safe',
    description: {
      zh: '异形词使用《第一批异形词整理表》（GF 1001—2001）的推荐词形，如成份→成分、图象→图像',
      en: 'Variant word forms: use the form recommended by GF 1001—2001 (成份 → 成分, 图象 → 图像)',
    },
    messages: {
      variant: {
        zh: '“{{found}}”是异形词，推荐词形为“{{expected}}”（GF 1001—2001）',
        en: '"{{found}}" is a variant form: GF 1001—2001 recommends "{{expected}}"',
      },
    },
    defaultOptions: {},
    examples: [['化学成份', '化学成分']],
  },
  check(ctx) {
    for (const h of builtinHits(ctx, 'variant')) {
      ctx.report({
        messageId: 'variant',
        data: { found: h.entry.wrong, expected: h.entry.right },
        start: h.start,
        end: h.end,
        fix: [edit.replace(h.start, h.end, h.entry.right)],
        ...(h.entry.safe ? {} : { fixKind: 'suggestion' as const }),
      });
    }
  },
};
