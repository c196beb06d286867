import { C_DOT, C_HALF_PUNCT, codePointAround, isHanCodePoint } from '../chars';
import type { Rule } from '../types';
import { isNameDot } from '../names';
import { edit, scan, type Needs } from '../rule-kit';
import { isTraditionalDocument } from '../script/decision';

// • (U+2022) ・ (U+30FB) ‧ (U+2027) ． (U+FF0E) . between Han characters.
const RE = /[•・‧．.]/g;

/** What every match contains (rule-kit Needs). */
const NEEDS: Needs = [C_DOT | C_HALF_PUNCT];

/**
 * GB/T 15834 4.14: the 间隔号 is · (U+00B7): 卡尔·马克思, 《三国志·蜀志》. Between two Han characters •, ・ and ‧ are
 * replaced (safe); . and ． only between the parts of a transliterated name (卡尔.马克思), as a suggestion.
 * Taiwan's standard interpunct ‧ is left alone in traditional documents; a bullet • at the line start never
 * has a Han character on its left.
 */
export const standardInterpunct: Rule = {
  meta: {
    id: 'standard-interpunct',
    name: { zh: '间隔号', en: 'Interpunct' },
    aliases: ['GW-PUNCT-021'],
    category: 'punctuation',
    defaultSeverity: 'warning',
    scope: 'paragraph',
    fixable: 'safe',
    description: { zh: '间隔号用“·”（U+00B7），不用“•”“・”“.”等', en: 'The interpunct is · (U+00B7), not •, ・ or .' },
    messages: { interpunct: { zh: '间隔号“{{found}}”应改为“·”', en: 'Interpunct "{{found}}" should be "·"' } },
    defaultOptions: {},
    examples: [
      ['卡尔•马克思', '卡尔·马克思'],
      ['阿合买提・江', '阿合买提·江'],
    ],
  },
  check(ctx) {
    const text = ctx.text;
    scan(ctx, RE, NEEDS, (m, at, seg) => {
      const i = at;
      const ch = m[0];
      if (i === seg.start || i + 1 >= seg.end) return;
      if (!isHanCodePoint(codePointAround(text, i - 1)) || !isHanCodePoint(codePointAround(text, i + 1))) return;
      if (ch === '‧' && isTraditionalDocument(ctx)) return;
      const dot = ch === '.' || ch === '．';
      if (dot && !isNameDot(text, i, seg.start, seg.end)) return; // a full stop: no-half-width-punctuation's
      ctx.report({
        messageId: 'interpunct',
        data: { found: ch },
        start: i,
        end: i + 1,
        fix: [edit.replace(i, i + 1, '·')],
        ...(dot ? { fixKind: 'suggestion' as const } : {}),
      });
    });
  },
};
