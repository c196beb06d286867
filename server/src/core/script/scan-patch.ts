/**
 * The document scan (scan.ts) carried from one fixAll pass to the next (issue 14): a pass changes a few dozen
 * characters of a long document, and the next pass would otherwise scan all of it again, twice when the document has
 * more positions of the kind the script rules ask for than scanText records (a simplified document quoting
 * traditional text). Counts are per code unit, so the scan of the edited text is the old one minus the scans of the
 * replaced stretches plus those of the new ones; positions outside the edits shift by the length the edits before
 * them added. A surrogate in or next to an edit (where the scan reads two units as one character) gives undefined:
 * the caller scans the whole text again.
 */
import { isLeadSurrogate, isTrailSurrogate } from '../chars';
import type { TextEdit } from '../types';
import { positions, S_IN_SIMPLIFIED, S_IN_TRADITIONAL, S_VARIANT, scanText, type TextScan } from './scan';
import type { Region } from './tables';

const KINDS = [S_IN_SIMPLIFIED, S_IN_TRADITIONAL, S_VARIANT] as const;
const SURROGATE = /[\ud800-\udfff]/;
/** A scan recording no position: `positions` finds them in the text. */
const NOTHING_RECORDED: TextScan = { trad: 0, simp: 0, miss: { traditional: 0, tw: 0, hk: 0 }, at: {} };

/**
 * A document scan equal to scanText(text) in its counts and in what `positions` returns for it: every kind's positions
 * are given by `positionsOf`, found once when first asked (or carried from the scan of the text before an edit).
 */
export class CarriedScan implements TextScan {
  readonly at: { readonly [bit: number]: readonly number[] | null } = {
    [S_IN_SIMPLIFIED]: null,
    [S_IN_TRADITIONAL]: null,
    [S_VARIANT]: null,
  };

  constructor(
    readonly trad: number,
    readonly simp: number,
    readonly miss: Readonly<Record<Region, number>>,
    private readonly text: string,
    /** Complete positions per kind, of the kinds known so far. */
    readonly known: { [bit: number]: readonly number[] },
  ) {}

  positionsOf(bit: number): readonly number[] {
    return (this.known[bit] ??= positions(this.text, NOTHING_RECORDED, bit));
  }
}

/** The scan of `text` (scanText), with the positions it recorded. */
export function carriedScan(text: string): CarriedScan {
  const s = scanText(text);
  const known: { [bit: number]: readonly number[] } = {};
  for (const bit of KINDS) if (s.at[bit]) known[bit] = s.at[bit]!;
  return new CarriedScan(s.trad, s.simp, s.miss, text, known);
}

/** A surrogate inside the edit or next to it: the scan there is not a sum over single units. */
function nearSurrogate(before: string, e: TextEdit): boolean {
  if (e.start > 0 && isLeadSurrogate(before.charCodeAt(e.start - 1))) return true;
  if (e.end < before.length && isTrailSurrogate(before.charCodeAt(e.end))) return true;
  return SURROGATE.test(e.newText) || SURROGATE.test(before.slice(e.start, e.end));
}

/**
 * The scan of `after`, which is `before` with `edits` applied (sorted by position, non-overlapping: fixes.ts
 * applyEdits), from `scan`, the scan of `before`; undefined when it cannot be derived that way.
 */
export function patchScan(before: string, scan: CarriedScan, edits: readonly TextEdit[], after: string): CarriedScan | undefined {
  if (edits.some((e) => nearSurrogate(before, e))) return undefined;
  let trad = scan.trad;
  let simp = scan.simp;
  const miss: Record<Region, number> = { ...scan.miss };
  const news: TextScan[] = [];
  for (const e of edits) {
    const o = scanText(before.slice(e.start, e.end));
    const n = scanText(e.newText);
    trad += n.trad - o.trad;
    simp += n.simp - o.simp;
    for (const r of Object.keys(miss) as Region[]) miss[r] += n.miss[r] - o.miss[r];
    news.push(n);
  }
  const known: { [bit: number]: readonly number[] } = {};
  for (const bit of KINDS) {
    const list = scan.known[bit];
    if (list) known[bit] = shifted(list, edits, news, bit);
  }
  return new CarriedScan(trad, simp, miss, after, known);
}

/** The positions `list` (of the text before) moved past `edits`, with those of the edits' new texts (`news`) put in. */
function shifted(list: readonly number[], edits: readonly TextEdit[], news: readonly TextScan[], bit: number): number[] {
  const out: number[] = [];
  let k = 0;
  let delta = 0;
  edits.forEach((e, i) => {
    while (k < list.length && list[k] < e.start) out.push(list[k++] + delta);
    while (k < list.length && list[k] < e.end) k++;
    for (const p of positions(e.newText, news[i], bit)) out.push(e.start + delta + p);
    delta += e.newText.length - (e.end - e.start);
  });
  while (k < list.length) out.push(list[k++] + delta);
  return out;
}
