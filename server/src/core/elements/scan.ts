/** The line view the recogniser works on, and the construction of elements from line spans. */
import { parseMarkerAt, prefixLength } from '../outline/parse';
import type { DocumentModel } from '../types';
import { ITEM_MARKER_RE } from './patterns';
import type { DocElement, ElementItem, ElementKind, ElementPart } from './types';

/** One line: its content (without indentation and trailing spaces) and where that content starts. */
export interface SLine {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** Offset of the content's first character. */
  readonly cs: number;
  /** The content: no indentation, no Markdown prefix, no trailing spaces. '' for a blank line. */
  readonly t: string;
  readonly blank: boolean;
  /** Code, front matter, comments: never an element line. */
  readonly masked: boolean;
}

const isLeadSpace = (c: number): boolean => c === 32 || c === 9 || c === 0x3000 || c === 0x200b || c === 0xfeff;

/** LEAD_RE's length on `t` (indentation, a Markdown `#`/`>` prefix, indentation), by code units: no regex, no string. */
export function leadLength(t: string): number {
  const n = t.length;
  let i = 0;
  while (i < n && isLeadSpace(t.charCodeAt(i))) i++;
  let j = i;
  if (t.charCodeAt(j) === 35 /* # */) {
    while (j < n && t.charCodeAt(j) === 35) j++;
    if (j - i > 6) j = i; // #{1,6} must be followed by a space: seven #'s are no prefix
  } else if (t.charCodeAt(j) === 62 /* > */) j++;
  if (j > i) {
    const c = t.charCodeAt(j);
    if (c === 32 || c === 9) {
      while (j < n && (t.charCodeAt(j) === 32 || t.charCodeAt(j) === 9)) j++;
      i = j;
      while (i < n && isLeadSpace(t.charCodeAt(i))) i++;
    }
  }
  return i;
}

/**
 * The line view: each line's content bounds are computed up front (two integers, no string); the SLine objects
 * (with the content string) are made only for the lines the recogniser reads, which are few besides a scan for
 * 附件 labels and dates that looks at first characters only.
 */
export class Scan {
  readonly doc: DocumentModel;
  readonly length: number;
  /** Offset of each line's content start and end (absolute). */
  private readonly cs: Int32Array;
  private readonly ce: Int32Array;
  private readonly made: (SLine | undefined)[];

  constructor(doc: DocumentModel) {
    this.doc = doc;
    const lines = doc.lines;
    const n = (this.length = lines.length);
    this.cs = new Int32Array(n);
    this.ce = new Int32Array(n);
    this.made = new Array<SLine | undefined>(n);
    for (let k = 0; k < n; k++) {
      const l = lines[k];
      const t = l.text;
      const lead = leadLength(t);
      let e = t.length;
      while (e > lead && isLeadSpace(t.charCodeAt(e - 1))) e--;
      this.cs[k] = l.start + lead;
      this.ce[k] = l.start + e;
    }
  }

  /** Line `k` (0 <= k < length). */
  at(k: number): SLine {
    const got = this.made[k];
    if (got) return got;
    const l = this.doc.lines[k];
    const cs = this.cs[k];
    const ce = this.ce[k];
    const t = ce - cs === l.text.length ? l.text : l.text.slice(cs - l.start, ce - l.start);
    const made: SLine = { index: l.index, start: l.start, end: l.end, cs, t, blank: t === '' && !l.masked, masked: l.masked };
    this.made[k] = made;
    return made;
  }

  /** True when line `k` is blank (no content, not masked), without making its SLine. */
  blank(k: number): boolean {
    return this.ce[k] === this.cs[k] && !this.doc.lines[k].masked;
  }

  /** The first code unit of line `k`'s content; -1 when it is blank or masked. */
  firstCode(k: number): number {
    return this.ce[k] === this.cs[k] || this.doc.lines[k].masked ? -1 : this.doc.text.charCodeAt(this.cs[k]);
  }
}

export function scanLines(doc: DocumentModel): Scan {
  return new Scan(doc);
}

/** A line starting with a heading marker (一、 （一） 1.). */
export const isMarkerLine = (t: string): boolean => parseMarkerAt(t, prefixLength(t), false) !== null;

/** Next non-blank line at or after `i` (before `to`), or -1. */
export function nextFilled(s: Scan, i: number, to = s.length): number {
  for (let k = i; k < to; k++) if (!s.blank(k)) return k;
  return -1;
}

/** Previous non-blank line at or before `i` (not before `from`), or -1. */
export function prevFilled(s: Scan, i: number, from = 0): number {
  for (let k = i; k >= from; k--) if (!s.blank(k)) return k;
  return -1;
}

/** A plain (unmasked) line's content, or null. */
export function textOf(s: Scan, i: number): string | null {
  if (!(i >= 0 && i < s.length) || s.blank(i) || s.doc.lines[i].masked) return null;
  return s.at(i).t;
}

export interface ElementExtra {
  valueStart?: number;
  valueEnd?: number;
  items?: readonly ElementItem[];
  number?: number;
  titleStart?: number;
  titleEnd?: number;
  /** Partial-line range (an element sharing its line with another one). */
  start?: number;
  end?: number;
}

/** An element over lines [from, to]; by default its value is the content of those lines. */
export function element(s: Scan, kind: ElementKind, part: ElementPart, from: number, to: number, x: ElementExtra = {}): DocElement {
  const a = s.at(from);
  const b = s.at(to);
  const start = x.start ?? a.start;
  const end = x.end ?? b.end;
  return {
    kind,
    part,
    start,
    end,
    line: from,
    endLine: to,
    valueStart: x.valueStart ?? Math.max(start, a.cs),
    valueEnd: x.valueEnd ?? Math.min(end, b.cs + b.t.length),
    ...(x.items ? { items: x.items } : {}),
    ...(x.number !== undefined ? { number: x.number } : {}),
    ...(x.titleStart !== undefined ? { titleStart: x.titleStart, titleEnd: x.titleEnd } : {}),
  };
}

const TRAIL_RE = /[ \t\u3000。．.；;，,、：:]+$/;

/** Items separated by `sep` in [from, to) of line `li` (names, organs); marker ''. */
export function splitItems(s: Scan, li: number, from: number, to: number, sep: RegExp): ElementItem[] {
  const text = s.doc.text.slice(from, to);
  const out: ElementItem[] = [];
  const re = new RegExp(`[^${sep.source}]+`, 'g');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const v = m[0].replace(TRAIL_RE, '');
    const lead = /^[ \t\u3000]*/.exec(v)![0].length;
    if (v.length > lead) out.push({ marker: '', start: from + m.index + lead, end: from + m.index + v.length, line: li });
  }
  return out;
}

/**
 * Numbered items over lines [from, to] (附件说明): `1.名称` starts an item, an unnumbered line continues the
 * previous one (a wrapped name); the first line's content starts at `firstAt`.
 */
export function numberedItems(s: Scan, from: number, to: number, firstAt: number): ElementItem[] {
  const out: { marker: string; start: number; end: number; line: number }[] = [];
  for (let k = from; k <= to; k++) {
    const l = s.at(k);
    if (l.blank || l.masked) continue;
    const cs = k === from ? firstAt : l.cs;
    const text = s.doc.text.slice(cs, l.cs + l.t.length);
    if (text.trim() === '') continue;
    const m = ITEM_MARKER_RE.exec(text) ?? /^附[ \t\u3000]*件[ \t\u3000]*([0-9０-９]{1,2})[ \t\u3000]*[：:][ \t\u3000]*/.exec(text);
    const end = cs + text.replace(TRAIL_RE, '').length;
    if (m || out.length === 0) {
      const marker = m ? (m[1] ?? m[2] ?? m[3] ?? '') : '';
      out.push({ marker, start: cs + (m ? m[0].length : 0), end, line: k });
    } else out[out.length - 1].end = end;
  }
  return out;
}
