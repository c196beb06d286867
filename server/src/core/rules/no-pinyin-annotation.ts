import { C_FW_PAREN, C_LATIN, C_LATIN_X, C_PAREN, codePointAround, isHanCodePoint } from '../chars';
import type { Rule } from '../types';
import { edit, scan, type Needs } from '../rule-kit';
import { PINYIN_ANNOTATION_SOURCE, TONED } from '../residue';

/**
 * Pinyin annotations left after Han characters by “汉字注音” web pages: 關(guān)于 → 關于.
 * Only a single lowercase pinyin syllable in brackets directly after a Han character counts; it must
 * carry a tone mark, or (toneless syllables such as (de)) the document must already contain at
 * least three tone-marked annotations. Real parentheticals — (GDP), (以下简称…), (a), (2024) — stay.
 */

/** A bracketed pinyin syllable: (guān) or （guān）. */
const ANNOT_RE = new RegExp(PINYIN_ANNOTATION_SOURCE, 'g');
const TONE_RE = new RegExp(`[${TONED}]`);
// Toneless syllables are accepted only when they are valid pinyin (initial + final), e.g. de, men, zi.
const SYLLABLE_RE =
  /^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:a|o|e|i|u|ü|ai|ei|ui|ao|ou|iu|ie|üe|er|an|en|in|un|ün|ang|eng|ing|ong|ia|iao|ian|iang|iong|ua|uo|uai|uan|uang|ue|ve)$/;

/** What every annotation contains: a bracket and a (pinyin) letter. */
const NEEDS: Needs = [C_PAREN | C_FW_PAREN, C_LATIN | C_LATIN_X];

function isHanBefore(text: string, i: number): boolean {
  const c = codePointAround(text, i - 1);
  if (isHanCodePoint(c)) return true;
  // astral Han (surrogate pair)
  return i >= 2 && c >= 0xdc00 && c <= 0xdfff && codePointAround(text, i - 2) >= 0xd840 && codePointAround(text, i - 2) <= 0xd8bf;
}

export const noPinyinAnnotation: Rule = {
  meta: {
    id: 'no-pinyin-annotation',
    name: { zh: '拼音注音', en: 'Pinyin annotation' },
    category: 'residue',
    defaultSeverity: 'warning',
    fixable: 'safe',
    description: {
      zh: '删除网页转换留下的拼音注音，如“關(guān)于”',
      en: 'Remove pinyin annotations left by web pages, e.g. 關(guān)于',
    },
    messages: {
      pinyin: {
        zh: '汉字后的拼音注音“{{found}}”是网页残留，应删除',
        en: 'Pinyin annotation "{{found}}" after a Han character is web residue; remove it',
      },
    },
    defaultOptions: {},
    examples: [['關(guān)于科技局年終總結(jié)', '關于科技局年終總結']],
    ownsSpan: true,
  },
  check(ctx) {
    const text = ctx.text;
    const hits = ctx.memo('pinyinAnnotations', () => {
      const out: { start: number; end: number; toned: boolean; body: string }[] = [];
      scan(ctx, ANNOT_RE, NEEDS, (m, start, seg) => {
        if (start === seg.start || !isHanBefore(text, start)) return;
        const body = m[0].slice(1, -1);
        out.push({ start, end: start + m[0].length, toned: TONE_RE.test(body), body });
      });
      return out;
    });
    const tonedCount = hits.reduce((n, h) => n + (h.toned ? 1 : 0), 0);
    for (const h of hits) {
      if (!h.toned && !(tonedCount >= 3 && SYLLABLE_RE.test(h.body))) continue;
      // Mixed bracket pairs such as (guān） are still annotations; the whole bracket goes.
      ctx.report({
        messageId: 'pinyin',
        data: { found: text.slice(h.start, h.end) },
        start: h.start,
        end: h.end,
        fix: [edit.remove(h.start, h.end)],
      });
    }
  },
};
