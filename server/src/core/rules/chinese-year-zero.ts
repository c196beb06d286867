import { C_DIGIT, C_FW_DIGIT, C_FW_LATIN, C_LATIN, C_NIAN, C_ZERO } from '../chars';
import type { Rule, Segment, TextEdit } from '../types';
import { edit } from '../rule-kit';

// A four-digit year in Chinese numerals (二○一一年, 二0二四年, 二零一二年, 一九OO年): any zero that is not 〇 (U+3007).
const YEAR_RE = /(?<![一二三四五六七八九十百千万〇○零OoＯｏ0０两])[一二三四五六七八九〇○零OoＯｏ0０]{4}(?=年)/g;
// YEAR_RE at one position (sticky): every match of YEAR_RE is the four code units before a 年.
const YEAR_AT = new RegExp(YEAR_RE.source, 'y');

/**
 * The matches of YEAR_RE in a segment ([year, absolute start]), found from each 年: YEAR_RE opens with a lookbehind,
 * which would be tried at every position. Matches cannot overlap (a 年 ends each), so none is lost.
 */
function yearsIn(seg: Segment): [string, number][] {
  const out: [string, number][] = [];
  const t = seg.text;
  for (let q = t.indexOf('年', 4); q >= 0; q = t.indexOf('年', q + 1)) {
    YEAR_AT.lastIndex = q - 4;
    const m = YEAR_AT.exec(t);
    if (m) out.push([m[0], seg.start + m.index]);
  }
  return out;
}
const BAD = /[○零OoＯｏ0０]/;
// Cheap pre-test: a wrong zero right before 年 or within three characters of it.
const ZERO_ANY = /[○零OoＯｏ0０][^年]{0,3}年/;
// The classes of those zeros (a segment without 年 or without any of them has no such year).
const ZERO_CLASSES = C_ZERO | C_DIGIT | C_LATIN | C_FW_DIGIT | C_FW_LATIN;

/**
 * GB/T 15835 5.2.5: in a year written in Chinese numerals the zero is 〇 (U+3007) — not ○ (U+25CB), O, 0 or 零
 * (二○一一年 → 二〇一一年). 零 in quantities (三千零五十) is right and never matches (no 千/百 allowed).
 */
export const chineseYearZero: Rule = {
  meta: {
    id: 'chinese-year-zero',
    name: { zh: '纪年零字', en: 'Zero in Chinese years' },
    aliases: ['GW-NUM-003'],
    category: 'punctuation',
    defaultSeverity: 'error',
    scope: 'paragraph',
    fixable: 'safe',
    description: { zh: '汉字纪年中的零写作“〇”', en: 'The zero in a year in Chinese numerals is 〇 (U+3007)' },
    messages: {
      zero: { zh: '汉字纪年“{{found}}年”中的零应写作“〇”：{{expected}}年', en: 'The zero in "{{found}}年" should be 〇: {{expected}}年' },
    },
    defaultOptions: {},
    examples: [
      ['二○一一年', '二〇一一年'],
      ['二零二四年', '二〇二四年'],
    ],
  },
  check(ctx) {
    for (const seg of ctx.segments) {
      if ((seg.chars & C_NIAN) === 0 || (seg.chars & ZERO_CLASSES) === 0 || !ZERO_ANY.test(seg.text)) continue;
      for (const [y, start] of yearsIn(seg)) {
        if (!BAD.test(y) || !/[一二三四五六七八九]/.test(y)) continue;
        // The first digit of a year is never zero, and the digits must be Chinese numerals apart from the zeros.
        if (BAD.test(y[0]) || y[0] === '〇') continue;
        const fix: TextEdit[] = [];
        for (let k = 0; k < 4; k++) if (BAD.test(y[k])) fix.push(edit.replace(start + k, start + k + 1, '〇'));
        ctx.report({ messageId: 'zero', data: { found: y, expected: y.replace(/[○零OoＯｏ0０]/g, '〇') }, start, end: start + 4, fix });
      }
    }
  },
};
