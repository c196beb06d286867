/** Chinese and enclosed numerals of heading markers: parsing, rendering, the standard marker of each level. */
import type { Heading, LegalUnit, NumeralStyle } from './types';

const CN_DIGIT: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_NUM_RE = /^(?:([一二三四五六七八九])百)?(零)?(?:([一二三四五六七八九])?(十))?([一二三四五六七八九])?$/;
export const CN_CHARS = '一二三四五六七八九十百零〇两';

/** 一 → 1, 十一 → 11, 二十 → 20, 九十九 → 99, 一百零一 → 101; NaN when `s` is not a well-formed numeral 1–999. */
export function cnToInt(s: string): number {
  if (!s) return NaN;
  const m = CN_NUM_RE.exec(s);
  if (!m) return NaN;
  const [, h, zero, t, ten, u] = m;
  if (zero && (!h || ten || !u)) return NaN;
  const v = (h ? CN_DIGIT[h] * 100 : 0) + (ten ? (t ? CN_DIGIT[t] : 1) * 10 : 0) + (u ? CN_DIGIT[u] : 0);
  return v > 0 ? v : NaN;
}

const CN_BY_DIGIT = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** 1 → 一, 11 → 十一, 20 → 二十, 101 → 一百零一 (1–999). */
export function intToCn(n: number): string {
  if (!(n >= 1 && n <= 999) || !Number.isInteger(n)) return String(n);
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  let s = h ? CN_BY_DIGIT[h] + '百' : '';
  if (t) s += (t === 1 && !h ? '' : CN_BY_DIGIT[t]) + '十';
  else if (h && u) s += '零';
  if (u) s += CN_BY_DIGIT[u];
  return s;
}

export function fwToAscii(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** The numeral `n` written in `style` (null when the style cannot express it, e.g. ㉑). */
export function renderNumeral(style: NumeralStyle, n: number): string | null {
  switch (style) {
    case 'cn':
    case 'legal':
      return intToCn(n);
    case 'digit':
      return String(n);
    case 'fwdigit':
      return String(n).replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    case 'circled':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : null;
    case 'pcircled':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2474 + n - 1) : null;
    case 'stop':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2488 + n - 1) : null;
    case 'pcn':
      return n >= 1 && n <= 10 ? String.fromCharCode(0x3220 + n - 1) : null;
  }
}

/** The marker of heading `h` with its number replaced by `n`, keeping the form (null if impossible). */
export function markerWithValue(h: Heading, n: number): string | null {
  const num = renderNumeral(h.style, n);
  if (num === null) return null;
  const rel0 = h.numStart - h.markerStart;
  // For a split marker the stored text has no line break; numStart is an absolute document offset.
  const before = h.split && h.numStart >= h.split.end ? h.marker.length - (h.markerEnd - h.numStart) : rel0;
  const numLen = h.numEnd - h.numStart;
  return h.marker.slice(0, before) + num + h.marker.slice(before + numLen);
}

/** The standard marker for a 公文 level (1–5) and value; `dot` is the L3 point ('.' or '．'). */
export function canonicalMarker(level: number, n: number, dot: '.' | '．' = '.'): string {
  switch (level) {
    case 1:
      return intToCn(n) + '、';
    case 2:
      return '（' + intToCn(n) + '）';
    case 3:
      return String(n) + dot;
    case 4:
      return '（' + String(n) + '）';
    default:
      return renderNumeral('circled', n) ?? '（' + String(n) + '）';
  }
}

export const LEGAL_UNITS: Readonly<Record<string, [LegalUnit, number]>> = {
  编: ['bian', 1],
  章: ['zhang', 2],
  节: ['jie', 3],
  条: ['tiao', 4],
};
export const LEGAL_UNIT_CHAR: Readonly<Record<LegalUnit, string>> = { bian: '编', zhang: '章', jie: '节', tiao: '条' };
