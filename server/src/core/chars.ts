/**
 * Character classes shared by rules. The class tests take code points; read characters with
 * codePointAround(text, i), which gives the whole code point for either half of a surrogate pair, so
 * astral Han (𪚥, 𠮷) is Han everywhere. isHanCode alone is the BMP-only fast path for byte tables.
 */

/** A lead (high) surrogate code unit: the first half of an astral character. */
export function isLeadSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** A trail (low) surrogate code unit: the second half of an astral character. */
export function isTrailSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** The code point of the character that code unit `i` belongs to (either half of a surrogate pair); -1 outside the text. */
export function codePointAround(text: string, i: number): number {
  if (i < 0 || i >= text.length) return -1;
  const c = text.charCodeAt(i);
  if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
    const h = text.charCodeAt(i - 1);
    if (h >= 0xd800 && h <= 0xdbff) return (h - 0xd800) * 0x400 + (c - 0xdc00) + 0x10000;
  }
  if (c >= 0xd800 && c <= 0xdbff) return text.codePointAt(i)!;
  return c;
}

/** The UTF-16 code units of `chars` (BMP characters), for first-character gates: `set.has(text.charCodeAt(i))`. */
export function codeUnitSet(chars: string): ReadonlySet<number> {
  return new Set([...chars].map((c) => c.charCodeAt(0)));
}

/** True when the character at code unit `i` (either half of a pair) is Han. */
export function isHanAt(text: string, i: number): boolean {
  return isHanCodePoint(codePointAround(text, i));
}

/** Han ideographs incl. extension A, compatibility ideographs and 〇 (U+3007). BMP only; astral Han via isHanCodePoint. */
export function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3007;
}

export function isHanCodePoint(cp: number): boolean {
  return isHanCode(cp) || (cp >= 0x20000 && cp <= 0x3134f);
}

/** Full-width (CJK) punctuation that marks Chinese context. */
const CJK_PUNCT = new Set('，。、；：？！…—～·“”‘’（）《》〈〉【】〔〕「」『』［］｛｝〖〗'.split('').map((c) => c.charCodeAt(0)));

export function isCjkPunctCode(c: number): boolean {
  return CJK_PUNCT.has(c) || (c >= 0x3000 && c <= 0x303f && c !== 0x3000);
}

/** Han character (any plane) or full-width punctuation: evidence of Chinese context. Takes a code point. */
export function isChineseContextCode(c: number): boolean {
  return isHanCodePoint(c) || isCjkPunctCode(c) || (c >= 0xd840 && c <= 0xd8bf); /* a lone high surrogate of astral Han */
}

export function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000 || c === 0xa0;
}

/** Index of the nearest non-space code unit left of `i` within [min, i), or -1. */
export function prevNonSpace(text: string, i: number, min: number): number {
  for (let j = i - 1; j >= min; j--) if (!isSpaceCode(text.charCodeAt(j))) return j;
  return -1;
}

/** Index of the nearest non-space code unit at or right of `i` within [i, max), or -1. */
export function nextNonSpace(text: string, i: number, max: number): number {
  for (let j = i; j < max; j++) if (!isSpaceCode(text.charCodeAt(j))) return j;
  return -1;
}

export const HAN_RE_SOURCE = '[\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u3007\\u{20000}-\\u{3134f}]';

/** Number of Han characters (字数) in a text, counting astral ideographs once. */
export function countHan(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isHanCode(c)) n++;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const cp = text.codePointAt(i)!;
      if (isHanCodePoint(cp)) n++;
      i++;
    }
  }
  return n;
}

// ---------------------------------------------------------------------------------------------
// Character-class bits of a segment (Segment.chars, Line.chars): computed once when the text model is built,
// so that a rule skips, with one AND, every segment lacking a character its pattern cannot match without.
// A bit says "the segment has at least one of these characters"; a prefilter must only ever ask for
// characters every match contains (a superset is fine, a missing character changes results).

/** 0-9 */
export const C_DIGIT = 1 << 0;
/** ０-９ */
export const C_FW_DIGIT = 1 << 1;
/** A-Z a-z */
export const C_LATIN = 1 << 2;
/** Ａ-Ｚ ａ-ｚ */
export const C_FW_LATIN = 1 << 3;
/** space, tab, U+3000, NBSP */
export const C_SPACE = 1 << 4;
/** , ; : ? ! . */
export const C_HALF_PUNCT = 1 << 5;
/** ( ) */
export const C_PAREN = 1 << 6;
/** “ ” ‘ ’ */
export const C_QUOTE = 1 << 7;
/** " ' */
export const C_STRAIGHT = 1 << 8;
/** 「 」 『 』 */
export const C_CORNER = 1 << 9;
/** 《 》 〈 〉 */
export const C_TITLE = 1 << 10;
/** 【 】 〔 〕 ［ ］ */
export const C_BRACKET = 1 << 11;
/** （ ） */
export const C_FW_PAREN = 1 << 12;
/** 、 */
export const C_DUN = 1 << 13;
/** ： */
export const C_FW_COLON = 1 << 14;
/** % ％ ‰ */
export const C_PERCENT = 1 << 15;
/** … ⋯ */
export const C_ELLIPSIS = 1 << 16;
/** - － – — ― ~ ～ 〜 */
export const C_DASH = 1 << 17;
/** · • ・ ‧ ． */
export const C_DOT = 1 << 18;
/** 年 */
export const C_NIAN = 1 << 19;
/** 月 */
export const C_YUE = 1 << 20;
/** 〇 ○ 零 */
export const C_ZERO = 1 << 21;
/** Characters of template placeholders: × ＊ * □ ○ _ ＿ X x Ｘ ｘ Χ { $, and T F of TODO/TBD/FIXME. */
export const C_PLACEHOLDER = 1 << 22;
/** Signs of garbled text: U+FFFD, 锟 烫 屯 鐑, bopomofo, box drawing, small form variants. */
export const C_ODD = 1 << 23;
/** Latin letters beyond ASCII: U+00C0–U+024F (but × ÷), U+1E00–U+1EFF (pinyin tone marks, Latin-1 letters). */
export const C_LATIN_X = 1 << 24;
/** 壹 贰 叁 肆 伍 陆 柒 捌 玖 拾 */
export const C_CAPITAL = 1 << 25;
/** 此 待 填 某: the characters of the written-out placeholders (此处填写, 待补充, 【请填写…】, 某某). */
export const C_FILL_WORD = 1 << 26;

const CLASS_OF = new Int32Array(65536);

function classify(bit: number, chars: string): void {
  for (let i = 0; i < chars.length; i++) CLASS_OF[chars.charCodeAt(i)] |= bit;
}
function classifyRange(bit: number, from: number, to: number): void {
  for (let c = from; c <= to; c++) CLASS_OF[c] |= bit;
}

classifyRange(C_DIGIT, 0x30, 0x39);
classifyRange(C_FW_DIGIT, 0xff10, 0xff19);
classifyRange(C_LATIN, 0x41, 0x5a);
classifyRange(C_LATIN, 0x61, 0x7a);
classifyRange(C_FW_LATIN, 0xff21, 0xff3a);
classifyRange(C_FW_LATIN, 0xff41, 0xff5a);
classify(C_SPACE, ' \t\u3000\u00a0');
classify(C_HALF_PUNCT, ',;:?!.');
classify(C_PAREN, '()');
classify(C_QUOTE, '“”‘’');
classify(C_STRAIGHT, '"\'');
classify(C_CORNER, '「」『』');
classify(C_TITLE, '《》〈〉');
classify(C_BRACKET, '【】〔〕［］');
classify(C_FW_PAREN, '（）');
classify(C_DUN, '、');
classify(C_FW_COLON, '：');
classify(C_PERCENT, '%％‰');
classify(C_ELLIPSIS, '…⋯');
classify(C_DASH, '-－–—―~～〜');
classify(C_DOT, '·•・‧．');
classify(C_NIAN, '年');
classify(C_YUE, '月');
classify(C_ZERO, '〇○零');
classify(C_PLACEHOLDER, '×＊*□○_＿XxＸｘΧ{$TF');
classify(C_FILL_WORD, '此待填某');
classify(C_ODD, '\ufffd锟烫屯鐑');
classifyRange(C_ODD, 0x3105, 0x312f);
classifyRange(C_ODD, 0x31a0, 0x31bf);
classifyRange(C_ODD, 0x2500, 0x257f);
classifyRange(C_ODD, 0xfe50, 0xfe6f);
classifyRange(C_LATIN_X, 0xc0, 0x24f);
CLASS_OF[0xd7] &= ~C_LATIN_X;
CLASS_OF[0xf7] &= ~C_LATIN_X;
classifyRange(C_LATIN_X, 0x1e00, 0x1eff);
classify(C_CAPITAL, '壹贰叁肆伍陆柒捌玖拾');

/** The class bits (C_*) of the characters of text[start, end). */
export function charClasses(text: string, start: number, end: number): number {
  let m = 0;
  for (let i = start; i < end; i++) m |= CLASS_OF[text.charCodeAt(i)];
  return m;
}
