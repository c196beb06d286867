import { C_FW_DIGIT, C_FW_LATIN, C_PERCENT } from '../chars';
import type { Rule } from '../types';
import { edit, scan, type Needs } from '../rule-kit';
import { inMarker } from '../outline';

// Full-width letters, digits and ％; a full-width point or comma between full-width digits belongs to the
// number (８７．８ → 87.8, ７，７００，３６５ → 7,700,365).
const RUN_RE = /[０-９]{1,3}(?:，[０-９]{3})+(?![０-９])(?:．[０-９]+)?％?|[０-９Ａ-Ｚａ-ｚ％]+(?:．[０-９]+)*％?/g;
const CN_DIGIT = /[一二三四五六七八九〇○零]/;

function toHalf(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c === 0xff0c ? ',' : String.fromCharCode(c - 0xfee0);
  }
  return out;
}

/** What every match contains (rule-kit Needs). */
const NEEDS: Needs = [C_FW_DIGIT | C_FW_LATIN | C_PERCENT];

/**
 * GB/T 15835 5.1 and GB/T 9704 7.5: Arabic digits and Latin letters are half-width: ２０２４年 → 2024年,
 * ８７．８％ → 87.8%. A full-width Ｏ standing for zero in a Chinese-numeral year (二ＯＯ八年) is left to
 * chinese-year-zero (it becomes 〇, not O; likewise ０ in 二０一０年); heading markers such as （１） are the structure rules'.
 * A lone ％ after half-width digits (4.5％) is accepted publishing practice and not reported.
 */
export const noFullWidthAlphanumeric: Rule = {
  meta: {
    id: 'no-full-width-alphanumeric',
    name: { zh: '全角数字字母', en: 'Full-width alphanumerics' },
    aliases: ['GW-PUNCT-003'],
    category: 'punctuation',
    defaultSeverity: 'error',
    scope: 'paragraph',
    fixable: 'safe',
    description: { zh: '全角数字、字母和 ％ 应改为半角', en: 'Full-width digits, Latin letters and ％ should be half-width' },
    messages: {
      fullWidth: { zh: '全角字符“{{found}}”应改为半角“{{expected}}”', en: 'Full-width "{{found}}" should be half-width "{{expected}}"' },
    },
    defaultOptions: {},
    examples: [
      ['２０２４年ＧＤＰ增长５％', '2024年GDP增长5%'],
      ['增长８７．８％', '增长87.8%'],
    ],
  },
  check(ctx) {
    const text = ctx.text;
    scan(ctx, RUN_RE, NEEDS, (m, start, seg) => {
      const end = start + m[0].length;
      if (inMarker(ctx, seg.line, start)) return;
      if (/^[Ｏｏ０]+$/.test(m[0]) && (CN_DIGIT.test(text[start - 1] ?? '') || CN_DIGIT.test(text[end] ?? ''))) return;
      // 4.5％: the full-width per-cent sign after half-width digits is how the national reports and most mainland
      // publishers set it; a careful editor keeps it, so it is not reported (full-width digits still are).
      if (m[0] === '％' && /[0-9]/.test(text[start - 1] ?? '')) return;
      const expected = toHalf(m[0]);
      ctx.report({ messageId: 'fullWidth', data: { found: m[0], expected }, start, end, fix: [edit.replace(start, end, expected)] });
    });
  },
};
