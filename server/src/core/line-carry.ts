/**
 * Lines carried over an edit (fixAll, issue 14): which lines of the text after `edits` are lines of the text before,
 * unchanged, found by their offsets instead of by hashing their text. fixAll knows the edits it made between two
 * passes; its paragraph cache takes the entries of the lines no edit touched without building and hashing their keys,
 * and its pass carry (pass-carry.ts) the lines' model and per-line analyses.
 */
import type { LineTable } from './lines';
import type { TextEdit } from './types';

/** Where a line was: its content range in the text before. */
interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * For each line of `now` (the lines of the text after `edits`, sorted and non-overlapping), the index of the line of
 * `lines` (the text before) with the same text at the same place, when no edit touched it (not even at its edges,
 * where an edit would join it to its neighbour); -1 for the others.
 */
export function lineMap(lines: readonly Span[], edits: readonly TextEdit[], now: LineTable): Int32Array {
  const { starts, ends } = now;
  const out = new Int32Array(starts.length).fill(-1);
  let k = 0;
  let delta = 0;
  // Carried lines keep their order: the line at each one's new start is found by walking forward.
  let n = 0;
  for (let o = 0; o < lines.length; o++) {
    const line = lines[o];
    while (k < edits.length && edits[k].end < line.start) {
      delta += edits[k].newText.length - (edits[k].end - edits[k].start);
      k++;
    }
    if (k < edits.length && edits[k].start <= line.end) continue;
    const start = line.start + delta;
    while (n + 1 < starts.length && starts[n + 1] <= start) n++;
    if (starts[n] === start && ends[n] - start === line.end - line.start) out[n] = o;
  }
  return out;
}
