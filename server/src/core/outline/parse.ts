/** Heading markers at the start of one line (relative offsets), the line prefix before them, and line probes. */
import { codeUnitSet, isHanAt } from '../chars';
import type { DocumentModel } from '../types';
import { CN_CHARS, cnToInt, fwToAscii, LEGAL_UNITS } from './numerals';
import type { Heading, LegalUnit, NumeralStyle } from './types';

/** Length of the line prefix before a possible marker: spaces, U+3000, zero-width spaces, '#'s, '>' and list bullets. */
export const LINE_PREFIX_RE = /^(?:[ \t\u3000\u200b\ufeff]*(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+)?)*[ \t\u3000\u200b\ufeff]*/;
/** True for a code unit that can open the line prefix (a space, '#', '>', a list bullet): else the prefix is empty. */
function opensPrefix(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000 || c === 0x200b || c === 0xfeff || c === 35 || c === 62 || c === 45 || c === 42 || c === 43;
}

/** LINE_PREFIX_RE's length on `t`, without running the regex on the many lines that start with their content. */
export function prefixLength(t: string): number {
  return t.length > 0 && opensPrefix(t.charCodeAt(0)) ? LINE_PREFIX_RE.exec(t)![0].length : 0;
}

/**
 * True for a code unit a heading marker can start with (parseMarkerAt returns null for every other one): 第, the
 * enclosed numerals, an opening parenthesis, a Chinese numeral, an ASCII or full-width digit. A cheap test before
 * the parse on every line.
 */
export function opensMarker(c: number): boolean {
  if (c >= 48 && c <= 57) return true; // 0-9
  if (c < 0x2460) return c === 40; // (
  if (c <= 0x249b) return true; // ①–⒛
  if (c >= 0x3220 && c <= 0x3229) return true; // ㈠–㈩
  if (c >= 0xff10 && c <= 0xff19) return true; // ０-９
  return c === 0xff08 || c === 0x7b2c || CN_CODES.has(c); // （ 第 一…两
}
const CN_CODES: ReadonlySet<number> = codeUnitSet(CN_CHARS);

/** The first code unit of `t` that is no space, tab or U+3000 (-1 when there is none): a cheap gate before a label regex. */
export function firstNonSpace(t: string): number {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0x3000) return c;
  }
  return -1;
}

/** A Markdown ATX heading. */
export const ATX_RE = /^[ ]{0,3}(#{1,6})(?:[ \t]+|$)/;
const SP = ' \u3000';
const isSp = (c: string | undefined): boolean => c !== undefined && SP.includes(c);
export const isDigitCh = (c: string | undefined): boolean => c !== undefined && /[0-9０-９]/.test(c);
const isCnCh = (c: string | undefined): boolean => c !== undefined && CN_CHARS.includes(c);
/** True when the character at code unit `i` of `s` is Han, astral ideographs (𠮷) included: tests code points. */
export const isHan = (s: string, i: number): boolean => isHanAt(s, i);

export interface RawMarker {
  level: number;
  /** Relative offsets in the parsed string. */
  start: number;
  end: number;
  numStart: number;
  numEnd: number;
  style: NumeralStyle;
  value: number;
  unit?: LegalUnit;
  bare?: boolean;
  /** A digit marker followed by a digit (2、3月): a marker only inside a running list. */
  ambiguous?: boolean;
}

/** After 一、 or 1、: an in-sentence list of numbers (一、二季度, 3、4月份, 一、二、三等奖) — not a heading. */
const CN_LIST_AFTER_RE = /^[一二三四五六七八九十]{1,3}(?:[、，,和及至到或与]|季度|等|批|次|产业|年级|类|级|届|个|月|期|项|号|名|种|线|档)/;

/** 法规体 第X编/章/节/条 (only in legal mode). */
function parseLegalMarker(s: string, p: number, legal: boolean): RawMarker | null {
  const m = /^第([一二三四五六七八九十百零〇]{1,7})(编|章|节|条)(?=[ \u3000]|$|[\u3400-\u9fff（(“])/.exec(s.slice(p));
  if (!m || !legal) return null;
  const v = cnToInt(m[1]);
  if (!(v > 0)) return null;
  const [unit, level] = LEGAL_UNITS[m[2]];
  return { level, unit, start: p, end: p + m[0].length, numStart: p + 1, numEnd: p + 1 + m[1].length, style: 'legal', value: v };
}

/** Enclosed forms: ①–⑳ L5, ⑴–⒇ L4, ⒈–⒛ L3, ㈠–㈩ L2. */
function parseEnclosedMarker(s: string, p: number, cp: number): RawMarker {
  let level: number;
  let style: NumeralStyle;
  let value: number;
  if (cp <= 0x2473) [level, style, value] = [5, 'circled', cp - 0x2460 + 1];
  else if (cp <= 0x2487) [level, style, value] = [4, 'pcircled', cp - 0x2474 + 1];
  else if (cp <= 0x249b) [level, style, value] = [3, 'stop', cp - 0x2488 + 1];
  else [level, style, value] = [2, 'pcn', cp - 0x3220 + 1];
  let e = p + 1;
  if ('、.．,，'.includes(s[e] ?? 'x')) e++;
  return { level, start: p, end: e, numStart: p, numEnd: p + 1, style, value };
}

/** A numeral with its optional parentheses and separator, as scanned at the start of a marker. */
interface ScannedNumeral {
  readonly open: boolean;
  readonly close: boolean;
  readonly cn: boolean;
  readonly ns: number;
  readonly ne: number;
  /** End of the separator (or of the numeral and parentheses when there is none). */
  readonly e: number;
  readonly sep: string;
  readonly value: number;
  readonly style: NumeralStyle;
}

function scanNumeral(s: string, p: number): ScannedNumeral | null {
  const c = s[p];
  let q = p;
  let open = false;
  if (c === '（' || c === '(') {
    open = true;
    q++;
    while (isSp(s[q])) q++;
  }
  const ns = q;
  let cn = false;
  if (isCnCh(s[q])) {
    cn = true;
    while (isCnCh(s[q]) && q - ns < 7) q++;
  } else if (isDigitCh(s[q])) {
    while (isDigitCh(s[q]) && q - ns < 4) q++;
    if (isDigitCh(s[q])) return null;
  } else return null;
  const ne = q;
  const num = s.slice(ns, ne);
  const value = cn ? cnToInt(num) : Number(fwToAscii(num));
  if (!(value > 0)) return null;
  const style: NumeralStyle = cn ? 'cn' : /[０-９]/.test(num) ? 'fwdigit' : 'digit';
  if (!cn && num.length > 3) return null;
  if (cn && value > 99 && !open) return null;
  let r = q;
  if (open) while (isSp(s[r])) r++;
  let close = false;
  if (s[r] === '）' || s[r] === ')') {
    close = true;
    r++;
  }
  let e = close ? r : q;
  let sep = '';
  if ('、.．,，:：。'.includes(s[e] ?? 'x') && !(close && '。:：'.includes(s[e]))) {
    sep = s[e];
    e++;
  }
  return { open, close, cn, ns, ne, e, sep, value, style };
}

/** Decides whether a scanned numeral is a marker, and of which level. */
function classifyMarker(s: string, p: number, n: ScannedNumeral): RawMarker | null {
  const { open, close, cn, ns, ne, e, sep, value, style } = n;
  const next = s[e];
  if (open) {
    if (!close) {
      // (一 without its closing parenthesis: only before a Han title, and never (1 or (一九九八年.
      if (!cn || sep || !isHan(s, e) || '年月日个项次'.includes(next)) return null;
      return { level: 2, start: p, end: e, numStart: ns, numEnd: ne, style, value };
    }
    if (isDigitCh(next)) return null;
    return { level: cn ? 2 : 4, start: p, end: e, numStart: ns, numEnd: ne, style, value };
  }
  if (close) {
    // 一） → L2, 1） → L3
    if (isDigitCh(next)) return null;
    return { level: cn ? 2 : 3, start: p, end: e, numStart: ns, numEnd: ne, style, value };
  }
  if (sep) {
    if (!cn && isDigitCh(next)) {
      // 1.5 2024.7.1 3、4月 are numbers; 1、2012年元月 and 2、3月左右… (in a running 1、2、3、 list) are markers.
      if (sep !== '、' || value > 20) return null;
      return {
        level: 3,
        start: p,
        end: e,
        numStart: ns,
        numEnd: ne,
        style,
        value,
        ambiguous: /^[0-9０-９]{4}/.test(s.slice(e)) ? false : true,
      };
    }
    if (!cn && (sep === '.' || sep === ',') && next !== undefined && /[A-Za-z]/.test(next)) return null; // 1.docx
    if (!cn && sep === '。') {
      // 1。 only as a marker before a title
      if (!isHan(s, e)) return null;
    }
    if (cn) {
      if (sep === '。') return null;
      if (value > 99) return null;
      if ('、，,'.includes(sep) && CN_LIST_AFTER_RE.test(s.slice(e))) return null;
    }
    return { level: cn ? 1 : 3, start: p, end: e, numStart: ns, numEnd: ne, style, value };
  }
  if (cn && value <= 99) {
    // 一 总体要求 (a space for the separator) or a bare numeral alone on its line.
    if (e >= s.length || s.slice(e).trim() === '')
      return { level: 1, start: p, end: e, numStart: ns, numEnd: ne, style, value, bare: true };
    if (isSp(next)) {
      let t = e;
      while (isSp(s[t])) t++;
      if (isHan(s, t) && !CN_LIST_AFTER_RE.test(s.slice(t)) && s.length - t <= 40 && !/[。；]/.test(s.slice(t, -1))) {
        return { level: 1, start: p, end: t, numStart: ns, numEnd: ne, style, value };
      }
    }
  }
  return null;
}

/** Parses a marker at `p` of `s` (p = end of the line prefix). */
export function parseMarkerAt(s: string, p: number, legal: boolean): RawMarker | null {
  return p < s.length && opensMarker(s.charCodeAt(p)) ? parseMarkerUngated(s, p, legal) : null;
}

/** parseMarkerAt without its first-character gate (exported for the test that holds the gate against it). */
export function parseMarkerUngated(s: string, p: number, legal: boolean): RawMarker | null {
  const c = s[p];
  if (c === undefined) return null;
  if (c === '第') return parseLegalMarker(s, p, legal);
  const cp = c.charCodeAt(0);
  if ((cp >= 0x2460 && cp <= 0x249b) || (cp >= 0x3220 && cp <= 0x3229)) return parseEnclosedMarker(s, p, cp);
  const n = scanNumeral(s, p);
  return n && classifyMarker(s, p, n);
}

/** A line holding only the start of a marker: '（', '(三', '一、', '（一）' — candidates for a split heading. */
export const PARTIAL_RE = /^[（(]?[ \u3000]*(?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})?[ \u3000]*[)）]?[、.．]?$/;

export const TECH_RE =
  /^([0-9]{1,2}(?:\.[0-9]{1,2}){1,3})(?=[ \u3000]+\S|[\u3400-\u9fff])(?![ \u3000]*[万亿千百元%％倍个次年月日号点时分秒米吨克斤升度里人户家项件台辆条份所名种])/;
const LEGAL_PROBE_RE = /^[ \t\u3000]*第[一二三四五六七八九十百零〇]{1,7}(条|章)(?=[ \u3000]|[\u3400-\u9fff])/;

export function detectLegal(doc: DocumentModel): boolean {
  let tiao = 0;
  let zhang = 0;
  for (const l of doc.lines) {
    if (l.masked || l.text.length < 3) continue;
    const c = l.text.charCodeAt(0);
    if (c !== 0x7b2c /* 第 */ && c !== 32 && c !== 9 && c !== 0x3000) continue;
    const m = LEGAL_PROBE_RE.exec(l.text);
    if (!m) continue;
    if (m[1] === '条') tiao++;
    else zhang++;
    if (tiao >= 3 || (tiao >= 1 && zhang >= 1)) return true;
  }
  return false;
}

export function rankOf(kind: Heading['kind'], level: number, legal: boolean): number {
  if (kind === 'markdown') return level;
  if (kind === 'legal') return 10 + level;
  if (!legal) return 20 + level;
  return level <= 2 ? 21 : 19 + level;
}

export const TRAILING_RE = /[。．.；;：:，,、\s\u3000]+$/;
export const SENT_END_RE = /[。！？!?；]/;

export function isBlank(t: string): boolean {
  return /^[\s\u3000\u200b\ufeff]*$/.test(t);
}
