/**
 * The heading outline: one parser for every structure rule and for the LSP (outline view,
 * renumbering, marker completion). Pure: strings in, data out.
 *
 * Levels
 * - 公文 (kind 'gongwen'): L1 一、  L2 （一）  L3 1.  L4 （1）  L5 ①, and the variants real documents use
 *   (一. 一． 一， 一：  (一) （一）、 (一 ㈠ 一）  1、 1． 1） 1) １． ⒈  (1) ⑴ （１）  ①、), each classified to its level.
 *   A bare numeral alone on a line (一, as in 1950s reports) is an L1 heading of form 'bare'.
 * - 法规体 (kind 'legal'): 第X编/章/节/条; below 条 the 项 （一） and 目 1. (the 公文 L2/L3 markers).
 *   Recognised automatically (≥ 3 lines starting with 第X条, or 第X章 and 第X条), or forced by `mode`.
 * - Markdown ATX headings (kind 'markdown', only for language 'markdown'): a `#` heading without a 公文
 *   marker is a node above every 公文/法规 level (rank = number of #'s). A `#` heading that carries a
 *   公文 marker (`## 一、总体要求`) is that 公文 heading (atxLevel records the #'s).
 *
 * The tree is built by rank (smaller rank governs larger): markdown 1–6, legal 编11 章12 节13 条14,
 * 公文 L1..L5 = 21..25 (in legal mode L1 and L2 are both 项 = 21, L3 目 = 22, …).
 * Sibling groups for numbering = children of one parent with the same kind and level; in legal mode all
 * 条 form one group (numbered continuously across chapters).
 */
import { LINE_PREFIX_RE } from './markers';
import { buildModel } from './segments';
import type { DocumentLanguage, DocumentModel, RuleContext, TextEdit } from './types';

export type StructureMode = 'auto' | 'gongwen' | 'legal';
export type LegalUnit = 'bian' | 'zhang' | 'jie' | 'tiao';
export type NumeralStyle = 'cn' | 'digit' | 'fwdigit' | 'circled' | 'pcircled' | 'pcn' | 'stop' | 'legal';

export interface Heading {
  /** Position in Outline.headings (document order). */
  readonly index: number;
  readonly kind: 'gongwen' | 'legal' | 'markdown';
  /** 公文 1–5; markdown 1–6 (number of #); legal 1 编, 2 章, 3 节, 4 条. */
  readonly level: number;
  readonly unit?: LegalUnit;
  /** Tree key: a heading governs following headings of larger rank. */
  readonly rank: number;
  /** Marker text as written (for a split heading: without the line break); '' for markdown headings. */
  readonly marker: string;
  /** [markerStart, markerEnd): the marker in the document (a split marker's range spans the break). */
  readonly markerStart: number;
  readonly markerEnd: number;
  /** [numStart, numEnd): the numeral inside the marker. */
  readonly numStart: number;
  readonly numEnd: number;
  readonly style: NumeralStyle;
  /** The number value (一 → 1, ⑴ → 1); 0 for markdown headings. */
  readonly value: number;
  /** The title (or leading sentence) after the marker, without its final punctuation. */
  readonly titleStart: number;
  readonly titleEnd: number;
  /** Line index of the marker (the first line of a split heading). */
  readonly line: number;
  /** Line of the title (differs from `line` for a split heading). */
  readonly titleLine: number;
  /** Heading start (its line start) and section end (before the next heading of same-or-smaller rank). */
  readonly start: number;
  sectionEnd: number;
  /** The heading line holds only the title (nothing after it but punctuation). */
  readonly standalone: boolean;
  /** For a heading split across lines: the range to delete to join it. */
  readonly split?: { readonly start: number; readonly end: number };
  readonly atxLevel?: number;
  parent: Heading | null;
  readonly children: Heading[];
}

export interface Outline {
  readonly mode: 'gongwen' | 'legal';
  readonly headings: readonly Heading[];
  /** Top-level headings (parent null). */
  readonly roots: readonly Heading[];
  /** Lines using 1.1 / 1.1.1 numbering: [start, end) of the number. */
  readonly technical: readonly { readonly start: number; readonly end: number; readonly line: number }[];
}

// ---------------------------------------------------------------------------------------------
// Numerals

const CN_DIGIT: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_NUM_RE = /^(?:([一二三四五六七八九])百)?(零)?(?:([一二三四五六七八九])?(十))?([一二三四五六七八九])?$/;
const CN_CHARS = '一二三四五六七八九十百零〇两';

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

function fwToAscii(s: string): string {
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

const LEGAL_UNITS: Readonly<Record<string, [LegalUnit, number]>> = { 编: ['bian', 1], 章: ['zhang', 2], 节: ['jie', 3], 条: ['tiao', 4] };
export const LEGAL_UNIT_CHAR: Readonly<Record<LegalUnit, string>> = { bian: '编', zhang: '章', jie: '节', tiao: '条' };

// ---------------------------------------------------------------------------------------------
// Marker parsing (relative to one line's text)

/** Spaces, U+3000, zero-width spaces/BOM, Markdown '#', '>' and list bullets before a marker. */
const ATX_RE = /^[ ]{0,3}(#{1,6})(?:[ \t]+|$)/;
const SP = ' \u3000';
const isSp = (c: string | undefined): boolean => c !== undefined && SP.includes(c);
const isDigitCh = (c: string | undefined): boolean => c !== undefined && /[0-9０-９]/.test(c);
const isCnCh = (c: string | undefined): boolean => c !== undefined && CN_CHARS.includes(c);
const HAN_RE = /[\u3400-\u9fff\uf900-\ufaff]/;
const isHan = (c: string | undefined): boolean => c !== undefined && HAN_RE.test(c);

interface RawMarker {
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

/** Parses a marker at `p` of `s` (p = end of the line prefix). */
function parseMarkerAt(s: string, p: number, legal: boolean): RawMarker | null {
  const c = s[p];
  if (c === undefined) return null;
  const cp = c.charCodeAt(0);
  // 法规体 第X编/章/节/条
  if (c === '第') {
    const m = /^第([一二三四五六七八九十百零〇]{1,7})(编|章|节|条)(?=[ \u3000]|$|[\u3400-\u9fff（(“])/.exec(s.slice(p));
    if (!m || !legal) return null;
    const v = cnToInt(m[1]);
    if (!(v > 0)) return null;
    const [unit, level] = LEGAL_UNITS[m[2]];
    return { level, unit, start: p, end: p + m[0].length, numStart: p + 1, numEnd: p + 1 + m[1].length, style: 'legal', value: v };
  }
  // Enclosed forms: ①–⑳ L5, ⑴–⒇ L4, ⒈–⒛ L3, ㈠–㈩ L2.
  if ((cp >= 0x2460 && cp <= 0x249b) || (cp >= 0x3220 && cp <= 0x3229)) {
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
  const next = s[e];
  if (open) {
    if (!close) {
      // (一 without its closing parenthesis: only before a Han title, and never (1 or (一九九八年.
      if (!cn || sep || !isHan(next) || '年月日个项次'.includes(next)) return null;
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
      return { level: 3, start: p, end: e, numStart: ns, numEnd: ne, style, value, ambiguous: /^[0-9０-９]{4}/.test(s.slice(e)) ? false : true };
    }
    if (!cn && (sep === '.' || sep === ',') && next !== undefined && /[A-Za-z]/.test(next)) return null; // 1.docx
    if (!cn && sep === '。') {
      // 1。 only as a marker before a title
      if (!isHan(next)) return null;
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
    if (e >= s.length || s.slice(e).trim() === '') return { level: 1, start: p, end: e, numStart: ns, numEnd: ne, style, value, bare: true };
    if (isSp(next)) {
      let t = e;
      while (isSp(s[t])) t++;
      if (isHan(s[t]) && !CN_LIST_AFTER_RE.test(s.slice(t)) && s.length - t <= 40 && !/[。；]/.test(s.slice(t, -1))) {
        return { level: 1, start: p, end: t, numStart: ns, numEnd: ne, style, value };
      }
    }
  }
  return null;
}

/** A line holding only the start of a marker: '（', '(三', '一、', '（一）' — candidates for a split heading. */
const PARTIAL_RE = /^[（(]?[ \u3000]*(?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})?[ \u3000]*[)）]?[、.．]?$/;

const TECH_RE = /^([0-9]{1,2}(?:\.[0-9]{1,2}){1,3})(?=[ \u3000]+\S|[\u3400-\u9fff])(?![ \u3000]*[万亿千百元%％倍个次年月日号点时分秒米吨克斤升度里人户家项件台辆条份所名种])/;
const LEGAL_PROBE_RE = /^[ \t\u3000]*第[一二三四五六七八九十百零〇]{1,7}(条|章)(?=[ \u3000]|[\u3400-\u9fff])/;

function detectLegal(doc: DocumentModel): boolean {
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

function rankOf(kind: Heading['kind'], level: number, legal: boolean): number {
  if (kind === 'markdown') return level;
  if (kind === 'legal') return 10 + level;
  if (!legal) return 20 + level;
  return level <= 2 ? 21 : 19 + level;
}

const TRAILING_RE = /[。．.；;：:，,、\s\u3000]+$/;
const SENT_END_RE = /[。！？!?；]/;

function isBlank(t: string): boolean {
  return /^[\s\u3000\u200b\ufeff]*$/.test(t);
}

/** Builds the outline from a document model (used inside rules via ctx.memo). */
export function buildOutline(doc: DocumentModel, mode: StructureMode = 'auto'): Outline {
  const legal = mode === 'legal' || (mode === 'auto' && detectLegal(doc));
  const md = doc.language === 'markdown';
  const text = doc.text;
  const lines = doc.lines;
  const headings: Heading[] = [];
  const technical: { start: number; end: number; line: number }[] = [];
  const isMarkerLine = (li: number): boolean => {
    const l = lines[li];
    if (!l || l.masked) return false;
    const p = LINE_PREFIX_RE.exec(l.text)![0].length;
    return parseMarkerAt(l.text, p, legal) !== null;
  };
  let blankSeen: boolean | undefined;
  const hasBlankSeparators = (): boolean => (blankSeen ??= lines.some((l, k) => k > 0 && k < 60 && isBlank(l.text) && !isBlank(lines[k - 1].text) && k + 1 < lines.length));
  let skipTo = -1;
  for (let li = 0; li < lines.length; li++) {
    if (li <= skipTo) continue;
    const line = lines[li];
    if (line.masked || line.text.length === 0) continue;
    const lt = line.text;
    const prefix = LINE_PREFIX_RE.exec(lt)![0].length;
    if (prefix >= lt.length) continue;
    const first = lt[prefix];
    if (first === '|' || first === '｜') continue; // table rows
    const atx = md ? ATX_RE.exec(lt) : null;
    let raw = parseMarkerAt(lt, prefix, legal);
    let split: { start: number; end: number } | undefined;
    let titleLine = li;
    let joined = lt;
    let nextStart = 0; // absolute start of the continuation line's content (split headings)
    let partLen = lt.length; // length of the first part in `joined`
    const rest0 = raw ? lt.slice(raw.end) : '';
    if ((!raw && PARTIAL_RE.test(lt.slice(prefix)) && lt.slice(prefix).trim() !== '') || (raw && !raw.bare && isBlank(rest0))) {
      // Candidate split heading: join with the next non-blank line (at most one blank line between).
      let nj = li + 1;
      if (nj < lines.length && isBlank(lines[nj].text) && !lines[nj].masked) nj++;
      const nl = lines[nj];
      if (nl && !nl.masked && !isBlank(nl.text) && (!raw || !isMarkerLine(nj)) && !(raw && raw.unit)) {
        const head = lt.replace(/[ \t\u3000]+$/, '');
        const np = /^[ \t\u3000\u200b\ufeff]*/.exec(nl.text)![0].length;
        const cand = head + nl.text.slice(np);
        const r2 = parseMarkerAt(cand, prefix, legal);
        if (r2 && !r2.bare && (raw ? r2.end === raw.end || r2.end >= head.length : r2.end > head.length) && isHan(cand[head.length] ?? cand[r2.end])) {
          if (raw === null || isHan(cand[r2.end]) || cand[r2.end] === '“' || cand[r2.end] === '《' || isDigitCh(cand[r2.end])) {
            raw = r2;
            joined = cand;
            partLen = head.length;
            nextStart = nl.start + np;
            split = { start: line.start + head.length, end: nextStart };
            titleLine = nj;
            skipTo = nj;
          }
        }
      }
    }
    // Map a relative offset in `joined` to a document offset.
    const abs = (i: number): number => (split && i >= partLen ? nextStart + (i - partLen) : line.start + i);
    if (raw && doc.mask[abs(raw.start)] === 1) raw = null;
    if (raw?.ambiguous) {
      let prevL3: Heading | undefined;
      for (let k = headings.length - 1; k >= 0 && headings[k].line >= li - 10; k--) if (headings[k].kind === 'gongwen' && headings[k].level === 3) {
        prevL3 = headings[k];
        break;
      }
      if (!prevL3 || prevL3.value !== raw.value - 1) raw = null;
    }
    if (!raw && !atx) {
      // 1.1 / 1.1.1 numbering
      if (first >= '0' && first <= '9') {
        const t = TECH_RE.exec(lt.slice(prefix));
        if (t) technical.push({ start: line.start + prefix, end: line.start + prefix + t[1].length, line: li });
      }
      continue;
    }
    let kind: Heading['kind'];
    let level: number;
    let ms: number;
    let me: number;
    if (raw) {
      kind = raw.unit ? 'legal' : 'gongwen';
      level = raw.level;
      ms = raw.start;
      me = raw.end;
    } else {
      kind = 'markdown';
      level = atx![1].length;
      ms = prefix;
      me = prefix;
    }
    // Title: from the marker (after spaces) to the first sentence end, without trailing punctuation.
    let ts = me;
    while (ts < joined.length && /[ \t\u3000]/.test(joined[ts])) ts++;
    let te = joined.length;
    if (md && kind === 'markdown') te = joined.replace(/[ \t]+#+[ \t]*$/, '').length;
    const body = joined.slice(ts, te);
    const se = SENT_END_RE.exec(body);
    let standaloneText = true;
    if (se) {
      const after = body.slice(se.index + 1);
      if (!isBlank(after.replace(/[。！？!?；;：:，,”’」）)]+/g, ''))) standaloneText = false;
      te = ts + se.index;
    }
    const tt = joined.slice(ts, te).replace(TRAILING_RE, '');
    te = ts + tt.length;
    // Stand-alone: nothing after the title on its line, and the next line is blank, a heading, or a new paragraph.
    let standalone = standaloneText;
    if (standalone) {
      const nl = lines[titleLine + 1];
      if (nl && !nl.masked && !isBlank(nl.text) && !/^[ \t\u3000]/.test(nl.text) && !isMarkerLine(titleLine + 1) && !(md && ATX_RE.test(nl.text))) {
        // Plain text: a following unindented prose line continues the paragraph, unless the document
        // writes one paragraph per line without blank lines between them.
        standalone = !md && !hasBlankSeparators();
      }
    }
    const markerStart = abs(ms);
    const markerEnd = split && me === partLen ? line.start + partLen : abs(me);
    const marker = raw ? joined.slice(ms, me) : '';
    headings.push({
      index: headings.length,
      kind,
      level,
      ...(raw?.unit ? { unit: raw.unit } : {}),
      rank: rankOf(kind, level, legal),
      marker,
      markerStart,
      markerEnd,
      numStart: raw ? abs(raw.numStart) : markerStart,
      numEnd: raw ? abs(raw.numEnd) : markerStart,
      style: raw ? raw.style : 'digit',
      value: raw ? raw.value : 0,
      titleStart: abs(ts),
      titleEnd: abs(te),
      line: li,
      titleLine,
      start: line.start,
      sectionEnd: text.length,
      standalone,
      ...(split ? { split } : {}),
      ...(atx && raw ? { atxLevel: atx[1].length } : {}),
      parent: null,
      children: [],
    });
  }
  // Tree: by rank, except that the document's own nesting wins where it is evident (see nestingParent).
  const stack: Heading[] = [];
  const roots: Heading[] = [];
  const close = (to: number, at: number): void => {
    while (stack.length > to) stack.pop()!.sectionEnd = at;
  };
  for (const h of headings) {
    let keep: number; // stack entries kept below h
    if (h.kind !== 'gongwen') {
      keep = stack.length;
      while (keep > 0 && stack[keep - 1].rank >= h.rank) keep--;
    } else keep = nestingDepth(stack, h, headings);
    close(keep, h.start);
    const parent = stack.length ? stack[stack.length - 1] : null;
    h.parent = parent;
    if (parent) parent.children.push(h);
    else roots.push(h);
    stack.push(h);
  }
  return { mode: legal ? 'legal' : 'gongwen', headings, roots, technical };
}

const keyOf = (h: Heading): string => `${h.kind}:${h.level}`;

/** The next heading after `h` whose key is in `keys`, within h's container (before a markdown/legal heading). */
function nextOfKeys(h: Heading, keys: ReadonlySet<string>, all: readonly Heading[]): Heading | null {
  for (let i = h.index + 1; i < all.length && i < h.index + 400; i++) {
    const x = all[i];
    if (x.kind !== 'gongwen') return null;
    if (keys.has(keyOf(x))) return x;
  }
  return null;
}

/**
 * How many stack entries stay open below 公文 heading `h`.
 * - Same level open: h is the sibling of the open entry with its key whose value is h.value - 1; a restart
 *   at 1 nests in the section of the top entry when that entry's sequence continues after h
 *   (1955: （一） 一、二、三、 （二）), else in the section of the nearest entry with its key (1986: 二、 一、…);
 *   otherwise (gap, duplicate) h is the sibling of the nearest entry with its key.
 * - Level not open: by rank (h governs entries of larger rank) — unless h ranks above the top entry and the
 *   top's sequence continues after h (1. （一） （二） 2.): then h nests under it (an inversion, reported).
 */
function nestingDepth(stack: readonly Heading[], h: Heading, all: readonly Heading[]): number {
  let floor = stack.length; // entries from `floor` up are 公文 headings
  while (floor > 0 && stack[floor - 1].kind === 'gongwen') floor--;
  const k = keyOf(h);
  let s = -1;
  for (let i = stack.length - 1; i >= floor; i--) if (keyOf(stack[i]) === k) {
    s = i;
    break;
  }
  const continues = (top: Heading, from: number): boolean => {
    const keys = new Set(stack.slice(from).map(keyOf));
    keys.delete(k);
    if (!keys.has(keyOf(top))) return false;
    const x = nextOfKeys(h, keys, all);
    return x !== null && keyOf(x) === keyOf(top) && x.value === top.value + 1;
  };
  if (s >= 0) {
    // Sibling of the open heading this one continues (1986: 二、 → 一、…五、 → 一、…四、, then 三、 continues 二、).
    for (let i = stack.length - 1; i >= floor; i--) if (keyOf(stack[i]) === k && stack[i].value === h.value - 1) return i;
    if (h.value === 1 && stack[s].value >= 2) {
      // A restart: a list nested in the section of the top heading (when that sequence continues after it)
      // or in the section of the same-marker heading before it.
      if (s < stack.length - 1 && continues(stack[stack.length - 1], s + 1)) return stack.length;
      return s + 1;
    }
    return s;
  }
  let keep = stack.length;
  while (keep > floor && stack[keep - 1].rank >= h.rank) keep--;
  if (keep < stack.length && h.rank < stack[stack.length - 1].rank && continues(stack[stack.length - 1], floor)) return stack.length;
  return keep;
}

/** Parses the heading outline of `text` (pure; see the module comment for levels and ranks). */
export function parseOutline(text: string, language: DocumentLanguage = 'plaintext', mode: StructureMode = 'auto'): Outline {
  return buildOutline(buildModel(text, language), mode);
}

// ---------------------------------------------------------------------------------------------
// Numbering analysis shared by the sequence rules, renumbering and completion

export type SeqProblemKind = 'gap' | 'duplicate' | 'backwards' | 'restart' | 'start' | 'childRestart';

export interface SeqProblem {
  readonly heading: Heading;
  readonly kind: SeqProblemKind;
  readonly expected: number;
  /** The previous sibling (or, for childRestart, the previous heading of that level under another parent). */
  readonly prev: Heading | null;
}

/** A run of headings that restarts at 一 right after a heading without sub-headings: meant as its sub-level. */
export interface DemotionRun {
  readonly after: Heading;
  readonly items: readonly Heading[];
}

/** A lower-level heading that governs higher-level ones: `lower` … `higher` … `continued` (numbered on from `lower`). */
export interface Inversion {
  readonly lower: Heading;
  readonly higher: Heading;
  readonly continued: Heading;
}

export interface NumberingAnalysis {
  readonly groups: readonly (readonly Heading[])[];
  readonly problems: readonly SeqProblem[];
  readonly demotions: readonly DemotionRun[];
  /** Restarted runs accepted as nested lists (numbered as their own sequence). */
  readonly nested: readonly (readonly Heading[])[];
  readonly inversions: readonly Inversion[];
}

const groupKey = (h: Heading): string => `${h.kind}:${h.level}`;

/** Sibling groups in document order (legal 条 form one document-wide group). */
export function siblingGroups(outline: Outline): Heading[][] {
  const groups: Heading[][] = [];
  const visit = (children: readonly Heading[]): void => {
    const byKey = new Map<string, Heading[]>();
    for (const c of children) {
      if (c.kind === 'markdown' || c.unit === 'tiao') continue;
      const k = groupKey(c);
      let g = byKey.get(k);
      if (!g) byKey.set(k, (g = []));
      g.push(c);
    }
    groups.push(...byKey.values());
    for (const c of children) visit(c.children);
  };
  visit(outline.roots);
  const tiao = outline.headings.filter((h) => h.unit === 'tiao');
  if (tiao.length) groups.push(tiao);
  return groups.sort((a, b) => a[0].index - b[0].index);
}

/** Only blank lines, or at most one short lead-in paragraph (≤ 120 characters), between two offsets. */
function introOnly(text: string, from: number, to: number): boolean {
  if (from > to) return false;
  const paras = text.slice(from, to).split('\n').filter((l) => !isBlank(l));
  return paras.length === 0 || (paras.length === 1 && paras[0].trim().length <= 120);
}

function lineEndOf(text: string, i: number): number {
  const n = text.indexOf('\n', i);
  return n === -1 ? text.length : n;
}

/** A title-like heading (short title), as opposed to a list item whose first sentence is long. */
export function isTitleLike(h: Heading): boolean {
  return h.titleEnd - h.titleStart <= 30;
}

/**
 * Sequence analysis of every sibling group. `continuous`: children may continue the numbering of the
 * previous parent's children (文件有意全篇连续编号).
 *
 * A restart at 1 inside a group is a new list, not an error (professional reports nest enumerations
 * 一、二、三、 inside a section), except when it directly follows a childless stand-alone heading:
 * then it is a sub-level written with the wrong marker (a DemotionRun). Either way the group's
 * numbering continues after the run from the heading before it.
 */
export function analyzeNumbering(outline: Outline, text: string, opts: { continuous?: boolean } = {}): NumberingAnalysis {
  const groups = siblingGroups(outline);
  const problems: SeqProblem[] = [];
  const demotions: DemotionRun[] = [];
  const nested: (readonly Heading[])[] = [];
  const inversions: Inversion[] = [];
  const heads = outline.headings;
  const lastOfKeyBefore = (h: Heading): Heading | null => {
    const k = groupKey(h);
    for (let i = h.index - 1; i >= 0; i--) if (groupKey(heads[i]) === k) return heads[i];
    return null;
  };
  for (const g of groups) {
    let prev: Heading | null = null;
    for (let i = 0; i < g.length; i++) {
      const h = g[i];
      if (prev === null) {
        if (h.value !== 1) {
          const before = lastOfKeyBefore(h);
          if (before && h.value === before.value + 1) {
            if (!opts.continuous && !(h.parent && h.parent.kind === 'markdown') && before.parent !== h.parent) {
              problems.push({ heading: h, kind: 'childRestart', expected: 1, prev: before });
            }
          } else problems.push({ heading: h, kind: 'start', expected: 1, prev: null });
        }
        prev = h;
        continue;
      }
      const expected = prev.value + 1;
      if (h.value === expected) {
        prev = h;
        continue;
      }
      if (h.value === 1 && prev.value >= 2 && h.unit !== 'tiao') {
        // A restart left in the same group (rare with the nesting above): a new list, numbered on its own.
        const items: Heading[] = [h];
        let j = i + 1;
        while (j < g.length && g[j].value === items[items.length - 1].value + 1 && g[j].value !== prev.value + 1) items.push(g[j++]);
        nested.push(items);
        i = j - 1;
        continue;
      }
      if (h.value === prev.value) problems.push({ heading: h, kind: 'duplicate', expected, prev });
      else if (h.value < prev.value) problems.push({ heading: h, kind: 'backwards', expected, prev });
      else problems.push({ heading: h, kind: 'gap', expected, prev });
      prev = h;
    }
  }
  // Demotions: children written with their parent's own marker right after a stand-alone title (六、下半年工作计划 一、二、三、).
  for (const g of groups) {
    const h = g[0];
    const p = h.parent;
    if (!p || h.kind !== 'gongwen' || groupKey(p) !== groupKey(h) || p.children[0] !== h || h.value !== 1 || h.level > 4) continue;
    const pEnd = lineEndOf(text, p.split ? p.split.end : p.markerEnd);
    if (p.standalone && isTitleLike(p) && introOnly(text, pEnd, h.start)) demotions.push({ after: p, items: g });
  }
  // Inversions: a child group whose level ranks above its parent's (both 公文), written as headings.
  for (const g of groups) {
    const h = g[0];
    const p = h.parent;
    if (p && p.kind === 'gongwen' && h.kind === 'gongwen' && h.rank < p.rank && isTitleLike(h)) {
      const continued = heads.slice(h.index + 1).find((x) => groupKey(x) === groupKey(p) && x.parent === p.parent) ?? p;
      inversions.push({ lower: p, higher: h, continued });
    }
  }
  problems.sort((a, b) => a.heading.index - b.heading.index);
  return { groups, problems, demotions, nested, inversions };
}

/** The outline of the checked document, parsed once per check (ctx.memo('outline')). */
export function outlineOf(ctx: RuleContext<object>): Outline {
  return ctx.memo('outline', () => buildOutline(ctx.doc, ctx.shared.structureMode));
}

/** The numbering analysis of the checked document, computed once per check and option. */
export function numberingOf(ctx: RuleContext<object>, continuous = false): NumberingAnalysis {
  return ctx.memo(`outline-numbering:${continuous}`, () => analyzeNumbering(outlineOf(ctx), ctx.text, { continuous }));
}

export const LEVEL_NAME: Readonly<Record<number, { zh: string; en: string }>> = {
  1: { zh: '一级', en: 'level-1' },
  2: { zh: '二级', en: 'level-2' },
  3: { zh: '三级', en: 'level-3' },
  4: { zh: '四级', en: 'level-4' },
  5: { zh: '五级', en: 'level-5' },
};

// ---------------------------------------------------------------------------------------------
// Renumbering and completion (LSP helpers)

/**
 * Edits renumbering one sibling group (the group containing `offset`: the heading whose marker or
 * section holds it, at its own level) or every group of the document, so that each group counts
 * 1, 2, 3 … (legal 条 across the whole document). Keeps each marker's form and touches only numerals.
 * Runs flagged as demotions (一、 restarted under 六、) are numbered as their own sequence. Idempotent.
 */
export function renumberEdits(
  text: string,
  opts: { scope: 'document' } | { scope: 'siblings'; offset: number },
  language: DocumentLanguage = 'plaintext',
  mode: StructureMode = 'auto',
): TextEdit[] {
  const outline = parseOutline(text, language, mode);
  const analysis = analyzeNumbering(outline, text);
  const inRun = new Map<Heading, readonly Heading[]>();
  for (const d of analysis.demotions) for (const h of d.items) inRun.set(h, d.items);
  for (const run of analysis.nested) for (const h of run) inRun.set(h, run);
  let groups = analysis.groups;
  if (opts.scope === 'siblings') {
    // The innermost heading whose section (or marker) contains the offset.
    let target: Heading | null = null;
    for (const h of outline.headings) if (h.kind !== 'markdown' && h.start <= opts.offset && opts.offset <= Math.max(h.sectionEnd, h.markerEnd)) target = h;
    if (!target) return [];
    const t = target;
    groups = groups.filter((g) => g.includes(t));
  }
  const edits: TextEdit[] = [];
  const emit = (h: Heading, n: number): void => {
    if (h.value === n) return;
    const num = renderNumeral(h.style, n);
    if (num !== null) edits.push({ start: h.numStart, end: h.numEnd, newText: num });
  };
  for (const g of groups) {
    let n = 0;
    for (const h of g) {
      const run = inRun.get(h);
      if (run) {
        emit(h, run.indexOf(h) + 1);
        continue;
      }
      emit(h, ++n);
    }
  }
  return edits.sort((a, b) => a.start - b.start);
}

export interface MarkerCompletion {
  /** The marker text to insert, e.g. '（三）'. */
  readonly label: string;
  readonly insertText: string;
  /** The range to replace: what was typed of the marker so far. */
  readonly start: number;
  readonly end: number;
  readonly kind: Heading['kind'];
  readonly level: number;
  /** 'sibling' | 'child' | 'parent' relation to the heading before the cursor. */
  readonly relation: 'sibling' | 'child' | 'parent';
}

/**
 * At the start of a line (after indentation, optionally with the beginning of a marker typed, e.g. '（'),
 * the markers that may come next: the next sibling of the last heading before `offset`, its first child,
 * and the next sibling of each ancestor. Filtered by what was typed.
 */
export function nextMarkerCompletion(text: string, offset: number, language: DocumentLanguage = 'plaintext', mode: StructureMode = 'auto'): MarkerCompletion[] {
  const ls = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(ls, offset);
  const prefix = LINE_PREFIX_RE.exec(before)![0].length;
  const typed = before.slice(prefix);
  if (typed.length > 4 || /[\u3400-\u9fff]{2}/.test(typed)) return [];
  // Outline of the text before this line (the current line is being typed).
  const outline = parseOutline(text.slice(0, ls), language, mode);
  const hs = outline.headings.filter((h) => h.kind !== 'markdown');
  if (hs.length === 0) return [];
  const last = hs[hs.length - 1];
  const start = ls + prefix;
  const out: MarkerCompletion[] = [];
  const seen = new Set<string>();
  const push = (label: string | null, kind: Heading['kind'], level: number, relation: MarkerCompletion['relation']): void => {
    if (label === null || seen.has(label)) return;
    const norm = (s: string): string => s.replace(/\(/g, '（').replace(/\)/g, '）');
    if (typed && !norm(label).startsWith(norm(typed))) return;
    seen.add(label);
    out.push({ label, insertText: label, start, end: offset, kind, level, relation });
  };
  push(markerWithValue(last, last.value + 1), last.kind, last.level, 'sibling');
  // First child: the form this document uses at the next level, else the standard one.
  if (last.kind === 'gongwen' && last.level < 5) {
    const used = hs.find((h) => h.kind === 'gongwen' && h.level === last.level + 1);
    push(used ? markerWithValue(used, 1) : canonicalMarker(last.level + 1, 1), 'gongwen', last.level + 1, 'child');
  } else if (last.kind === 'legal') {
    if (last.unit === 'tiao') {
      const used = hs.find((h) => h.kind === 'gongwen' && h.level === 2);
      push(used ? markerWithValue(used, 1) : canonicalMarker(2, 1), 'gongwen', 2, 'child');
    } else {
      const nextUnit = last.level + 1;
      const unit = (['bian', 'zhang', 'jie', 'tiao'] as const)[nextUnit - 1];
      if (unit === 'tiao') {
        const lastTiao = [...hs].reverse().find((h) => h.unit === 'tiao');
        push(`第${intToCn((lastTiao?.value ?? 0) + 1)}条`, 'legal', 4, 'child');
      } else if (unit) push(`第一${LEGAL_UNIT_CHAR[unit]}`, 'legal', nextUnit, 'child');
    }
  }
  if (last.unit === 'tiao') {
    // next 条 is already the sibling
  }
  for (let a = last.parent; a; a = a.parent) if (a.kind !== 'markdown') push(markerWithValue(a, a.value + 1), a.kind, a.level, 'parent');
  return out;
}
