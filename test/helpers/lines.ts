import { LineIndex, splitLines } from '../../server/src/core/lines';

/** Positions in tests use the core's one line model (core/lines.ts: CR, LF and CRLF are line breaks). */
let last: { text: string; index: LineIndex } | undefined;
function indexOf(text: string): LineIndex {
  if (last?.text !== text) last = { text, index: new LineIndex(text) };
  return last.index;
}

/** 1-based line number of `offset`. */
export function lineNumber(text: string, offset: number): number {
  return indexOf(text).position(offset).line + 1;
}

/** "line:column", both 1-based (column in UTF-16 code units). */
export function lineColumn(text: string, offset: number): string {
  const p = indexOf(text).position(offset);
  return `${p.line + 1}:${p.character + 1}`;
}

/** The text of each line, without its line break. */
export function lineTexts(text: string): string[] {
  const { starts, ends } = splitLines(text);
  return starts.map((s, i) => text.slice(s, ends[i]));
}
