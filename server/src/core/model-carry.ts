/**
 * The text model (segments.ts) carried over fixAll's edits (issue 14). Between two passes fixAll changes a few dozen
 * lines of a long document; the next pass's model takes every other line from the last pass's model (its segments
 * shifted, its mask copied, its character classes kept) and builds only the lines the edits changed.
 *
 * Why this is the model buildModel makes: without HTML comments and Markdown (which mask across lines) every mask of
 * a line is a URL, e-mail address or path found on that line's text alone (maskInline), and a line's segments,
 * `masked` and `chars` follow from its text and its masks. A line the edits left alone (lineMap: same text, between
 * the same line breaks) therefore has the same model as before, at its new offset.
 */
import { detectEol, lineOf, splitLines } from './lines';
import { lineMap } from './line-carry';
import { maskInline, pushLine } from './segments';
import type { DocumentLanguage, DocumentModel, Line, Segment, TextEdit } from './types';

/** The masks of one changed line (kept between calls, grown as needed). */
let scratch = new Uint8Array(256);

/** Whether every line's model depends on the line's text alone (see the file comment). */
export const isLineLocal = (text: string, language: DocumentLanguage): boolean => language !== 'markdown' && !text.includes('<!--');

/**
 * The model of `text`, the text of `before` (a line-local model, isLineLocal) with `edits` applied (sorted,
 * non-overlapping); `text` must be line-local too. `from`: for each line, the line of `before` it carries, or -1.
 */
export function carriedModel(before: DocumentModel, edits: readonly TextEdit[], text: string): { doc: DocumentModel; from: Int32Array } {
  const table = splitLines(text);
  const { starts, ends } = table;
  const from = lineMap(before.lines, edits, table);
  const mask = new Uint8Array(text.length);
  const lines: Line[] = [];
  const segments: Segment[] = [];
  const old = before.segments;
  let g = 0;
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i];
    const e = ends[i];
    const o = from[i];
    if (o < 0) {
      // A line an edit changed: its masks, made on its own text, then its segments.
      if (scratch.length < e - s) scratch = new Uint8Array(Math.max(e - s, scratch.length * 2));
      else scratch.fill(0, 0, e - s);
      maskInline(text.slice(s, e), scratch);
      const masked = scratch.subarray(0, e - s).includes(1);
      if (masked) mask.set(scratch.subarray(0, e - s), s);
      pushLine(text, mask, i, s, e, false, masked, lines, segments);
      continue;
    }
    const line = before.lines[o];
    const d = s - line.start;
    while (g < old.length && old[g].line < o) g++;
    const first = g;
    for (; g < old.length && old[g].line === o; g++) {
      const seg = old[g];
      segments.push({ start: seg.start + d, end: seg.end + d, text: seg.text, line: i, chars: seg.chars });
    }
    // A line that is not one segment whole has masked units: copy them.
    const whole = g - first === 1 && old[first].start === line.start && old[first].end === line.end;
    if (!whole && e > s) mask.set(before.mask.subarray(line.start, line.end), s);
    lines.push({ index: i, start: s, end: e, text: line.text, masked: line.masked, chars: line.chars });
  }
  const doc: DocumentModel = {
    text,
    language: before.language,
    lines,
    segments,
    eol: detectEol(text),
    mask,
    lineAt: (offset: number): number => lineOf(starts, offset),
  };
  return { doc, from };
}
