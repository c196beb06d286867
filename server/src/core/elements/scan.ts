/** The line view the recogniser works on, and the construction of elements from line spans. */
import { LINE_PREFIX_RE, parseMarkerAt } from '../outline/parse';
import type { DocumentModel } from '../types';
import { ITEM_MARKER_RE, LEAD_RE } from './patterns';
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

export interface Scan {
  readonly doc: DocumentModel;
  readonly ls: readonly SLine[];
}

const TRAILING_SPACE_RE = /[ \t\u3000\u200b\ufeff]+$/;

export function scanLines(doc: DocumentModel): Scan {
  const ls = doc.lines.map((l): SLine => {
    const lead = LEAD_RE.exec(l.text)![0].length;
    // Most lines have no trailing space: trim (and copy) only those that do.
    const text = lead ? l.text.slice(lead) : l.text;
    const t = TRAILING_SPACE_RE.test(text) ? text.replace(TRAILING_SPACE_RE, '') : text;
    return { index: l.index, start: l.start, end: l.end, cs: l.start + lead, t, blank: t === '' && !l.masked, masked: l.masked };
  });
  return { doc, ls };
}

/** A line starting with a heading marker (一、 （一） 1.). */
export const isMarkerLine = (t: string): boolean => parseMarkerAt(t, LINE_PREFIX_RE.exec(t)![0].length, false) !== null;

/** Next non-blank line at or after `i` (before `to`), or -1. */
export function nextFilled(s: Scan, i: number, to = s.ls.length): number {
  for (let k = i; k < to; k++) if (!s.ls[k].blank) return k;
  return -1;
}

/** Previous non-blank line at or before `i` (not before `from`), or -1. */
export function prevFilled(s: Scan, i: number, from = 0): number {
  for (let k = i; k >= from; k--) if (!s.ls[k].blank) return k;
  return -1;
}

/** A plain (unmasked) line's content, or null. */
export function textOf(s: Scan, i: number): string | null {
  const l = s.ls[i];
  return l && !l.masked && !l.blank ? l.t : null;
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
  const a = s.ls[from];
  const b = s.ls[to];
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
    const l = s.ls[k];
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
