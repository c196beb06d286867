/**
 * Text flow for the layout: one source line → characters with their type (role) and finding, broken into
 * lines of a given width in characters (full-width 1, half-width ½), keeping closing punctuation off the
 * start of a line (避头: it is squeezed onto the line before).
 */
import type { Heading } from '../outline/types';
import type { TextRole } from './spec';
import type { LayoutMark, LayoutSeg } from './types';

export interface FlowChar {
  readonly ch: string;
  /** Source offset. */
  readonly at: number;
  readonly width: number;
  role: TextRole;
  mark?: number;
}

const NO_LINE_START = new Set([...'，。、；：？！）》」』】〕〉”’…—·%,.;:?!)]}']);

/** Width in characters: ½ for Latin, digits and half-width forms; 1 otherwise. */
export function charWidth(cp: number): number {
  if (cp < 0x1100) return 0.5;
  if (cp >= 0xff61 && cp <= 0xffdc) return 0.5;
  return 1;
}

/** The characters of [start, end) (whitespace at both ends left out), all in `role`. */
export function flowChars(text: string, start: number, end: number, role: TextRole): FlowChar[] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  const out: FlowChar[] = [];
  for (let i = s; i < e;) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    out.push({ ch, at: i, width: cp === 9 ? 1 : charWidth(cp), role });
    i += ch.length;
  }
  return out;
}

const HEADING_ROLES: readonly TextRole[] = ['heading1', 'heading2', 'heading3', 'heading4'];

/** 公文 heading levels: 一、 黑体, （一） 楷体, 1. and （1） 仿宋; Markdown # like 一级. */
export function headingRole(h: Heading): TextRole {
  return HEADING_ROLES[Math.min(Math.max(h.level, 1), 4) - 1];
}

/**
 * Sets the heading's type on its marker and title (a run-in heading: only those, the sentence after stays
 * 仿宋; a standalone heading: the whole line).
 */
export function applyHeading(chars: FlowChar[], h: Heading): void {
  const role = headingRole(h);
  const until = h.standalone ? Infinity : h.titleEnd + 1;
  for (const c of chars) if (c.at >= h.markerStart && c.at < until) c.role = role;
}

/** Marks characters covered by findings; `from` is the first mark that may overlap (marks sorted by start). */
export function applyMarks(chars: FlowChar[], marks: readonly LayoutMark[], from: number): number {
  if (chars.length === 0) return from;
  const first = chars[0].at;
  const last = chars[chars.length - 1].at;
  let i = from;
  while (i < marks.length && marks[i].end <= first) i++;
  for (let k = i; k < marks.length && marks[k].start <= last; k++) {
    const m = marks[k];
    for (const c of chars) if (c.mark === undefined && c.at >= m.start && c.at < Math.max(m.end, m.start + 1)) c.mark = k;
  }
  return i;
}

/**
 * Line breaks: [from, to) character ranges, the first line `first` characters wide, the others `rest`.
 * A closing mark that would start a line goes onto the line before (one character of overflow).
 */
export function breakLines(chars: readonly FlowChar[], first: number, rest: number): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  let width = 0;
  let limit = Math.max(first, 1);
  for (let i = 0; i < chars.length; i++) {
    const w = chars[i].width;
    if (width + w > limit + 1e-9 && i > from) {
      if (NO_LINE_START.has(chars[i].ch)) {
        out.push([from, i + 1]);
        from = i + 1;
        width = 0;
        limit = Math.max(rest, 1);
        continue;
      }
      out.push([from, i]);
      from = i;
      width = 0;
      limit = Math.max(rest, 1);
    }
    width += w;
  }
  if (from < chars.length || out.length === 0) out.push([from, chars.length]);
  return out;
}

/** Runs of equal type and finding. */
export function segsOf(chars: readonly FlowChar[], from: number, to: number): LayoutSeg[] {
  const segs: LayoutSeg[] = [];
  let text = '';
  for (let i = from; i < to; i++) {
    const c = chars[i];
    const prev = i > from ? chars[i - 1] : undefined;
    if (prev && (prev.role !== c.role || prev.mark !== c.mark)) {
      segs.push(seg(text, prev, chars, i));
      text = '';
    }
    text += c.ch;
  }
  if (to > from) segs.push(seg(text, chars[to - 1], chars, to));
  return segs;
}

function seg(text: string, last: FlowChar, chars: readonly FlowChar[], end: number): LayoutSeg {
  const start = chars[end - [...text].length].at;
  return last.mark === undefined ? { text, role: last.role, start } : { text, role: last.role, start, mark: last.mark };
}

/** Total width in characters. */
export function widthOf(chars: readonly FlowChar[], from = 0, to = chars.length): number {
  let w = 0;
  for (let i = from; i < to; i++) w += chars[i].width;
  return w;
}
