import type { TextEdit } from '../../server/src/core/types';

/**
 * Sorted, non-overlapping edits of `text` from generated records (positions taken modulo what is left of the text);
 * with `next`, the following edit may start where this one ends (as fixAll's may), else one unit later.
 */
export function editsOf(text: string, raw: readonly { at: number; del: number; ins: string; next?: boolean }[]): TextEdit[] {
  const out: TextEdit[] = [];
  let from = 0;
  for (const r of [...raw].sort((a, b) => a.at - b.at)) {
    if (from > text.length) break;
    const start = from + (r.at % (text.length + 1 - from));
    const end = Math.min(text.length, start + r.del);
    out.push({ start, end, newText: r.ins });
    from = r.next ? end : end + 1;
  }
  return out;
}
