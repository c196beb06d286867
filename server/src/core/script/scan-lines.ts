/**
 * The document scan (scan.ts) made line by line from the per-line facts (core/line-facts.ts): each line's text is
 * scanned once while it stays in the document, and the document's scan is their combination — counts summed,
 * positions concatenated and shifted by each line's offset (read lazily, per kind). Equal to scanText of the whole
 * text: no character the scan looks at (U+3400 and above, surrogates) is a line break, so no fact crosses a line.
 */
import { countHan } from '../chars';
import type { LineFact } from '../line-facts';
import { positions, S_IN_SIMPLIFIED, S_IN_TRADITIONAL, S_VARIANT, scanText, type TextScan } from './scan';
import type { Region } from './tables';

/** What the combination needs of a line: where it starts and its text. */
interface LineAt {
  readonly start: number;
  readonly text: string;
}

/** The scan of a line without a character the scan counts or records (most lines' of a simplified document have some). */
const NONE: readonly number[] = [];
const NO_MISS = { traditional: 0, tw: 0, hk: 0 };

function lineScan(line: LineAt, f: LineFact): TextScan {
  return (f.scan ??= compact(scanText(line.text)));
}

/**
 * A line's scan to keep: empty position lists and zero variant counts shared, so that a document's thousand lines do
 * not each hold three empty arrays and a counts object for as long as they stay in the document.
 */
function compact(s: TextScan): TextScan {
  const list = (bit: number): readonly number[] | null => {
    const l = s.at[bit];
    return l && l.length === 0 ? NONE : l;
  };
  const miss = s.miss.traditional === 0 && s.miss.tw === 0 && s.miss.hk === 0 ? NO_MISS : s.miss;
  const at = { [S_IN_SIMPLIFIED]: list(S_IN_SIMPLIFIED), [S_IN_TRADITIONAL]: list(S_IN_TRADITIONAL), [S_VARIANT]: list(S_VARIANT) };
  return { trad: s.trad, simp: s.simp, miss, at };
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

/**
 * A document scan made of its lines' scans. Positions are gathered per kind on first request (`positionsOf`, a method:
 * a getter closure per check, reached through an inline cache, kept each version's text alive into the old generation).
 */
class LinesScan implements TextScan {
  readonly at: { [bit: number]: readonly number[] | null } = { [S_IN_SIMPLIFIED]: null, [S_IN_TRADITIONAL]: null, [S_VARIANT]: null };

  constructor(
    readonly trad: number,
    readonly simp: number,
    readonly miss: Record<Region, number>,
    private readonly lines: readonly LineAt[],
    private readonly facts: readonly LineFact[],
  ) {}

  positionsOf(bit: number): readonly number[] {
    return (this.at[bit] ??= documentPositions(this.lines, this.facts, bit));
  }
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
  return new LinesScan(trad, simp, miss, lines, facts);
}

/** Han characters of the document whose lines are `lines` (countHan of the whole text), from their facts. */
export function hanOfLines(lines: readonly LineAt[], facts: readonly LineFact[]): number {
  let n = 0;
  for (let i = 0; i < lines.length; i++) n += facts[i].han ??= countHan(lines[i].text);
  return n;
}
