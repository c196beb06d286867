/**
 * Character classes shared by rules. The class tests take code points; read characters with
 * codePointAround(text, i), which gives the whole code point for either half of a surrogate pair, so
 * astral Han (𪚥, 𠮷) is Han everywhere. isHanCode alone is the BMP-only fast path for byte tables.
 */

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
