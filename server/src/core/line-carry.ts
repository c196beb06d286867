/**
 * Lines carried over an edit (fixAll, issue 14): which lines of the text after `edits` are lines of the text before,
 * unchanged, found by their offsets instead of by hashing their text. fixAll knows the edits it made between two
 * passes; its paragraph cache takes the entries of the lines no edit touched without building and hashing their keys.
 */
import type { DocumentModel, TextEdit } from './types';

/** Where a line was: its content range in the text before. */
interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * For each line of `doc` (the text after `edits`, sorted and non-overlapping), the value `at` gave the line of `lines`
 * (the text before) with the same text at the same place, when no edit touched it (not even at its edges, where an
 * edit would join it to its neighbour); undefined for the others.
 */
export function carriedLines<T>(
  lines: readonly Span[],
  at: readonly (T | undefined)[],
  edits: readonly TextEdit[],
  doc: DocumentModel,
): (T | undefined)[] {
  const out = new Array<T | undefined>(doc.lines.length);
  let k = 0;
  let delta = 0;
  for (let o = 0; o < lines.length; o++) {
    const line = lines[o];
    while (k < edits.length && edits[k].end < line.start) {
      delta += edits[k].newText.length - (edits[k].end - edits[k].start);
      k++;
    }
    const v = at[o];
    if (v === undefined || (k < edits.length && edits[k].start <= line.end)) continue;
    const start = line.start + delta;
    const n = doc.lineAt(start);
    const now = doc.lines[n];
    if (now.start === start && now.end - now.start === line.end - line.start) out[n] = v;
  }
  return out;
}
