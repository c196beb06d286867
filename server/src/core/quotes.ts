/**
 * Paired marks and quotations: the one pair set and the one pairing policy of the core.
 *
 * Pairs (GB/T 15834 4.8/4.9/4.15): “” ‘’ （） ( ) 《》 〈〉 【】 〔〕 ［］ 「」 『』. The quotation kinds (quotes and
 * title marks, whose content is reproduced verbatim and skipped by repetition and script checks) are
 * “” ‘’ 「」 『』 《》 〈〉.
 *
 * Apostrophes are not marks: ’ between two ASCII letters (don’t) or before a two-digit year (’99).
 *
 * Policy for quotations (`quotations`): marks are paired line by line with one stack per kind; a closer
 * pairs with the nearest open mark of its kind (openers of other kinds left open inside are dropped); a
 * closer with no opener is ignored; an opener still open at the end of its line quotes the rest of that
 * line (a quotation whose closer is missing or lies on a later line is still a quotation: precision first).
 * Whether marks balance within a paragraph is paired-punctuation's question, which uses `markPositions`
 * and `balanced` over the same pair set.
 */
import { C_CORNER, C_QUOTE, C_TITLE, isAsciiLetter } from './chars';
import { NO_RANGES, passCarry, pushRanges, rangesByLine } from './pass-carry';
import type { RuleContext } from './types';

export const PAIRS: readonly (readonly [open: string, close: string])[] = [
  ['“', '”'],
  ['‘', '’'],
  ['（', '）'],
  ['(', ')'],
  ['《', '》'],
  ['〈', '〉'],
  ['【', '】'],
  ['〔', '〕'],
  ['［', '］'],
  ['「', '」'],
  ['『', '』'],
];
/** Opening mark → closing mark, and back. */
export const CLOSE_OF: ReadonlyMap<string, string> = new Map(PAIRS.map(([o, c]) => [o, c]));
export const OPEN_OF: ReadonlyMap<string, string> = new Map(PAIRS.map(([o, c]) => [c, o]));

/** True when the ’ at `i` is an apostrophe (don’t, ’99), not a closing quote. */
export function isApostrophe(text: string, i: number, lineStart: number): boolean {
  if (text[i] !== '’') return false;
  if (i > lineStart && isAsciiLetter(text.charCodeAt(i - 1)) && isAsciiLetter(text.charCodeAt(i + 1))) return true;
  return /^\d\d(?!\d)/.test(text.slice(i + 1, i + 4));
}

/** Positions of the marks `open`/`close` in the prose of line `li` (masked text and apostrophes excluded). */
export function markPositions(ctx: RuleContext<object>, li: number, open: string, close: string): number[] {
  const line = ctx.doc.lines[li];
  const out: number[] = [];
  if (line.masked) return out;
  const lt = line.text;
  const o = open.charCodeAt(0);
  const c = close.charCodeAt(0);
  for (let rel = 0; rel < lt.length; rel++) {
    const u = lt.charCodeAt(rel);
    if (u !== o && u !== c) continue;
    const i = line.start + rel;
    if (ctx.doc.mask[i] === 1 || isApostrophe(ctx.text, i, line.start)) continue;
    out.push(i);
  }
  return out;
}

/** True when the marks at `pos` form a valid bracket sequence (nesting allowed). */
export function balanced(text: string, pos: readonly number[], open: string): boolean {
  let d = 0;
  const o = open.charCodeAt(0);
  for (const i of pos) {
    d += text.charCodeAt(i) === o ? 1 : -1;
    if (d < 0) return false;
  }
  return d === 0;
}

/** The open marks of lineQuotations (scratch, kept between calls): the offset of each, innermost last. */
const openAt: number[] = [];
/**
 * Per kind of open mark, the depths in openAt of its marks (scratch): a closing mark finds the nearest open mark of its
 * kind at once (searching the whole stack made a line of open quotes of one kind and closing marks of another quadratic).
 */
const kindDepths: number[][] = [[], [], [], [], [], []];

/** ‘ “ 〈 《 「 『 → 0–5. */
function kindOf(open: number): number {
  return open < 0x3008 ? (open === 0x2018 ? 0 : 1) : 2 + ((open - 0x3008) >> 1);
}

/**
 * Quotation ranges of one line ([start, end), absolute, marks included), before merging. Its marks are code units in
 * two small ranges: ‘ ’ “ ” U+2018–U+201D and 〈〉《》「」『』 U+3008–U+300F, where an opening mark is even and its closing
 * mark the next unit (‚ ‛ U+201A/B are neither).
 */
function lineQuotations(ctx: RuleContext<object>, li: number, out: [number, number][]): void {
  const line = ctx.doc.lines[li];
  // Only ‘ ’ “ ” and 〈 〉 《 》 「 」 『 』 are looked at below: a line whose prose has none has no quotation.
  if (line.masked || (line.chars & (C_QUOTE | C_TITLE | C_CORNER)) === 0) return;
  const text = ctx.text;
  const mask = ctx.doc.mask;
  let depth = 0;
  for (const list of kindDepths) list.length = 0;
  for (let i = line.start; i < line.end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x2018 || (c > 0x201d && c < 0x3008) || c > 0x300f || mask[i] === 1) continue;
    if (c === 0x2018 || c === 0x201c || (c >= 0x3008 && (c & 1) === 0)) {
      kindDepths[kindOf(c)].push(depth);
      openAt[depth++] = i;
      continue;
    }
    if (c === 0x201a || c === 0x201b || isApostrophe(text, i, line.start)) continue;
    // The nearest open mark of its kind; the open marks of other kinds inside the quotation are dropped.
    const mine = kindDepths[kindOf(c - 1)];
    if (mine.length === 0) continue;
    const k = mine[mine.length - 1];
    out.push([openAt[k], i + 1]);
    depth = k;
    for (const list of kindDepths) while (list.length > 0 && list[list.length - 1] >= k) list.pop();
  }
  if (depth > 0) out.push([openAt[0], line.end]);
}

/** Outermost quotation ranges of the document, sorted and merged (see the policy above); once per check. */
export function quotations(ctx: RuleContext<object>): readonly (readonly [number, number])[] {
  return ctx.memo('quotations', () => {
    const raw: [number, number][] = [];
    const doc = ctx.doc;
    // A line's quotations follow from its text alone (and its masks, which do in fixAll's line-local model): fixAll's
    // later passes take those of the lines they left alone (kept relative to the line, see byLine).
    const carry = passCarry(ctx);
    const carried = carry?.carried<readonly number[]>(doc, 'quotations');
    for (let li = 0; li < doc.lines.length; li++) {
      if (!carried) {
        lineQuotations(ctx, li, raw);
        continue;
      }
      const at = doc.lines[li].start;
      const kept = carried[li];
      if (kept === undefined) {
        const from = raw.length;
        lineQuotations(ctx, li, raw);
        carried[li] = raw.length === from ? NO_RANGES : raw.slice(from).flatMap(([s, e]) => [s - at, e - at]);
      } else pushRanges(kept, at, raw);
    }
    raw.sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const r of raw) {
      const last = merged[merged.length - 1];
      if (last && r[0] < last[1]) last[1] = Math.max(last[1], r[1]);
      else merged.push(r);
    }
    // No quotation crosses a line break: those merged starting on a line are the line's own merged, and merging them
    // again with the other lines' gives the merged quotations of all (a merged range is crossed at each inner point by
    // one it merged, so it overlaps what any of its own overlaps).
    carry?.keep(doc, 'quotations', () => carried ?? rangesByLine(doc, merged));
    return merged;
  });
}

/** True when offset `i` lies inside a quotation (binary search over `quotations`). */
export function inQuotation(ctx: RuleContext<object>, i: number): boolean {
  const qs = quotations(ctx);
  let lo = 0;
  let hi = qs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (qs[mid][1] <= i) lo = mid + 1;
    else if (qs[mid][0] > i) hi = mid - 1;
    else return true;
  }
  return false;
}
