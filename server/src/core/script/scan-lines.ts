/**
 * The document scan (scan.ts) made line by line from the per-line facts (core/line-facts.ts): each line's text is
 * scanned once while it stays in the document, and the document's scan is their combination — counts summed,
 * positions concatenated and shifted by each line's offset (read lazily, per kind). Equal to scanText of the whole
 * text: no character the scan looks at (U+3400 and above, surrogates) is a line break, so no fact crosses a line.
 */
import { countHan } from '../chars';
import type { LineFact } from '../line-facts';
import { positions, S_IN_SIMPLIFIED, S_IN_TRADITIONAL, S_VARIANT, scanText, type TextScan } from './scan';

/** What the combination needs of a line: where it starts and its text. */
interface LineAt {
  readonly start: number;
  readonly text: string;
}

function lineScan(line: LineAt, f: LineFact): TextScan {
  return (f.scan ??= scanText(line.text));
}

/** Sorted offsets, in the document, of the characters with scan `bit` (see scan.ts `positions`). */
function documentPositions(lines: readonly LineAt[], facts: readonly LineFact[], bit: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const f = facts[i];
    const own = ((f.at ??= {})[bit] ??= positions(lines[i].text, lineScan(lines[i], f), bit));
    const d = lines[i].start;
    for (const p of own) out.push(p + d);
  }
  return out;
}

/** The scan of the document whose lines are `lines`, from their facts (computing those not known yet). */
export function scanOfLines(lines: readonly LineAt[], facts: readonly LineFact[]): TextScan {
  let trad = 0;
  let simp = 0;
  const miss = { traditional: 0, tw: 0, hk: 0 };
  for (let i = 0; i < lines.length; i++) {
    const s = lineScan(lines[i], facts[i]);
    trad += s.trad;
    simp += s.simp;
    miss.traditional += s.miss.traditional;
    miss.tw += s.miss.tw;
    miss.hk += s.miss.hk;
  }
  const at: { [bit: number]: readonly number[] } = {};
  for (const bit of [S_IN_SIMPLIFIED, S_IN_TRADITIONAL, S_VARIANT]) {
    let list: readonly number[] | undefined;
    Object.defineProperty(at, bit, { enumerable: true, get: () => (list ??= documentPositions(lines, facts, bit)) });
  }
  return { trad, simp, miss, at };
}

/** Han characters of the document whose lines are `lines` (countHan of the whole text), from their facts. */
export function hanOfLines(lines: readonly LineAt[], facts: readonly LineFact[]): number {
  let n = 0;
  for (let i = 0; i < lines.length; i++) n += facts[i].han ??= countHan(lines[i].text);
  return n;
}
