import { C_DIGIT, C_NIAN, C_YUE } from '../chars';
import type { Rule } from '../types';
import { edit, scan, type Needs } from '../rule-kit';
import { isTraditionalDocument } from '../script/decision';

/**
 * GW-NUM-008 (GB/T 15835 4.3, “同类别同形式”), its certain sub-case: one date must not mix Chinese and Arabic
 * numerals — 二〇〇八年8月8日 and 2008年八月八日 are wrong, 2008年8月8日 and 二〇〇八年八月八日 are right.
 * Suggestion: the all-Arabic form (公文 dates, GB/T 9704 7.3.5.4). Statistics and numbering are left alone.
 */

const Y = '(?:[0-9]{4}|[〇零○一二三四五六七八九]{4})';
const MD = '(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})';
const DATE_RE = new RegExp(`(?<![0-9〇零○一二三四五六七八九十])(${Y})年(${MD})月(?:(${MD})[日号])?`, 'gu');
const HAN_DIGIT: Record<string, number> = { 〇: 0, 零: 0, '○': 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

const isArabic = (s: string): boolean => /^[0-9]+$/u.test(s);

/** 一…九, 十, 十一…十九, 二十…三十一 → number; NaN when not one of these. */
function hanDayNumber(s: string): number {
  const m = /^([二三])?(十)?([一二三四五六七八九])?$/u.exec(s);
  if (!m || s === '' || (m[1] && !m[2])) return NaN;
  const tens = m[2] ? (m[1] ? HAN_DIGIT[m[1]] : 1) : 0;
  return tens * 10 + (m[3] ? HAN_DIGIT[m[3]] : 0);
}

function toArabic(part: string, year: boolean): string {
  if (isArabic(part)) return part;
  if (year) return [...part].map((c) => String(HAN_DIGIT[c])).join('');
  const n = hanDayNumber(part);
  return Number.isNaN(n) ? '' : String(n);
}

/** What every match contains (rule-kit Needs). */
const NEEDS: Needs = [C_DIGIT, C_NIAN, C_YUE];

export const dateMixedNumerals: Rule = {
  meta: {
    id: 'date-mixed-numerals',
    name: { zh: '日期数字混写', en: 'Mixed date numerals' },
    aliases: ['GW-NUM-008'],
    category: 'number',
    defaultSeverity: 'warning',
    scope: 'paragraph',
    fixable: 'suggestion',
    description: {
      zh: '同一个日期不混用汉字数字和阿拉伯数字：二〇〇八年8月8日应统一',
      en: 'One date does not mix Chinese and Arabic numerals: 二〇〇八年8月8日 is inconsistent',
    },
    messages: {
      mixed: {
        zh: '日期“{{found}}”混用了汉字数字和阿拉伯数字，宜统一为“{{expected}}”',
        en: 'The date "{{found}}" mixes Chinese and Arabic numerals; write "{{expected}}"',
      },
      useArabic: { zh: '统一为阿拉伯数字', en: 'Use Arabic numerals throughout' },
    },
    defaultOptions: {},
    examples: [['二〇〇八年8月8日开幕', '2008年8月8日开幕']],
  },
  check(ctx) {
    if (isTraditionalDocument(ctx)) return;
    scan(ctx, DATE_RE, NEEDS, (m, start) => {
      const parts = [m[1], m[2], m[3]].filter((p): p is string => p !== undefined);
      const arabic = parts.filter(isArabic).length;
      if (arabic === 0 || arabic === parts.length) return;
      const [y, mo, d] = [toArabic(m[1], true), toArabic(m[2], false), m[3] === undefined ? undefined : toArabic(m[3], false)];
      const month = Number(mo);
      if (!mo || d === '' || month < 1 || month > 12 || (d !== undefined && (Number(d) < 1 || Number(d) > 31))) return;
      const expected = `${y}年${mo}月${d === undefined ? '' : `${d}${m[0].slice(-1)}`}`;
      const end = start + m[0].length;
      ctx.report({
        messageId: 'mixed',
        data: { found: m[0], expected },
        start,
        end,
        fix: [edit.replace(start, end, expected)],
        fixTitle: { messageId: 'useArabic' },
      });
    });
  },
};
