/**
 * The prose stretches the script rules check: segments minus quotations (core/quotes.ts), protected words and the
 * rule's skip words, a paragraph broken over lines kept as one stretch. Built from sorted ranges, not per character.
 */
import { NO_RANGES, passCarry, pushRanges, rangesByLine } from '../pass-carry';
import { quotations } from '../quotes';
import type { RuleContext } from '../types';
import type { Piece } from './runs';

/** Words to find: their distinct first code units (as strings, for indexOf) and the words by first unit. */
interface WordFinder {
  readonly firsts: readonly string[];
  readonly byFirst: ReadonlyMap<string, readonly string[]>;
}

const finders = new Map<string, WordFinder>();

function finder(words: readonly string[]): WordFinder {
  const key = words.join('\u0000');
  let f = finders.get(key);
  if (f) return f;
  const byFirst = new Map<string, string[]>();
  for (const w of words) {
    if (w.length === 0) continue;
    const u = w[0];
    const list = byFirst.get(u);
    if (list) list.push(w);
    else byFirst.set(u, [w]);
  }
  if (finders.size > 16) finders.clear();
  finders.set(key, (f = { firsts: [...byFirst.keys()], byFirst }));
  return f;
}

/**
 * [start, end) of every occurrence of every word (overlapping ones included), in order of start, the words of one
 * start in list order. Each distinct first unit is searched with indexOf (a handful of them: faster than testing every
 * unit of the text against a table).
 */
function wordRanges(text: string, words: readonly string[], out: [number, number][]): void {
  if (words.length === 0) return;
  const { firsts, byFirst } = finder(words);
  const from = out.length;
  for (const u of firsts) {
    const list = byFirst.get(u)!;
    for (let i = text.indexOf(u); i >= 0; i = text.indexOf(u, i + 1))
      for (const w of list) if (text.startsWith(w, i)) out.push([i, i + w.length]);
  }
  // Stable: the ranges of one start keep their list order (one first unit per start).
  if (firsts.length > 1) {
    const found = out.splice(from).sort((a, b) => a[0] - b[0]);
    for (const r of found) out.push(r);
  }
}

/** The union of sorted ranges, as sorted disjoint ranges (touching ones joined). */
function union(a: readonly (readonly [number, number])[], b: readonly (readonly [number, number])[]): [number, number][] {
  const all = b.length === 0 ? a : [...a, ...b].sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const [s, e] of all) {
    if (e <= s) continue;
    const last = out.length ? out[out.length - 1] : null;
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** True when text[from, to) is one line break with only spaces, tabs and U+3000 around it. */
function lineBreakGap(text: string, from: number, to: number): boolean {
  let i = from;
  const blank = () => {
    while (i < to) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x09 && c !== 0x3000) break;
      i++;
    }
  };
  blank();
  if (i < to && text.charCodeAt(i) === 13) i += i + 1 < to && text.charCodeAt(i + 1) === 10 ? 2 : 1;
  else if (i < to && text.charCodeAt(i) === 10) i++;
  else return false;
  blank();
  return i === to;
}

/** Index of the first range ending after `at` (ranges sorted and disjoint). */
function firstEndingAfter(ranges: readonly (readonly [number, number])[], at: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid][1] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const BREAK_RE = /[\r\n]/;

/**
 * The ranges of the protected words and of `skipWords` in the text, in any order (`union` sorts them). fixAll's later
 * passes take those of the lines they left alone: a word without a line break lies on one line, found on its text alone.
 */
function wordsFound(ctx: RuleContext<object>, skipWords: readonly string[]): [number, number][] {
  const found: [number, number][] = [];
  const guarded = ctx.shared.protectedWords;
  const local = !guarded.some((w) => BREAK_RE.test(w)) && !skipWords.some((w) => BREAK_RE.test(w));
  const carry = local ? passCarry(ctx) : undefined;
  const key = carry && 'script:words:' + JSON.stringify([guarded, skipWords]);
  const carried = key ? carry!.carried<readonly number[]>(ctx.doc, key) : undefined;
  const lines = ctx.doc.lines;
  let missing = 0;
  if (carried) for (let li = 0; li < lines.length; li++) if (carried[li] === undefined) missing++;
  if (!carried || missing > lines.length / 4) {
    // The whole text at once (the first pass), filed by line only if a next pass asks.
    wordRanges(ctx.text, guarded, found);
    wordRanges(ctx.text, skipWords, found);
    const doc = ctx.doc;
    if (key) carry!.keep(doc, key, () => rangesByLine(doc, found));
    return found;
  }
  const here: [number, number][] = [];
  for (let li = 0; li < lines.length; li++) {
    let kept = carried[li];
    if (kept === undefined) {
      here.length = 0;
      wordRanges(lines[li].text, guarded, here);
      wordRanges(lines[li].text, skipWords, here);
      carried[li] = kept = here.length === 0 ? NO_RANGES : here.flat();
    }
    pushRanges(kept, lines[li].start, found);
  }
  carry!.keep(ctx.doc, key!, () => carried);
  return found;
}

/** Prose stretches open to script checks: segments minus quotations, 书名号, protected words and `skipWords`. */
export function scriptPieces(ctx: RuleContext<object>, skipWords: readonly string[]): readonly Piece[] {
  return ctx.memo('script:pieces:' + JSON.stringify(skipWords), () => {
    const text = ctx.text;
    const found = wordsFound(ctx, skipWords);
    const closed = union(quotations(ctx), found);
    const pieces: Piece[] = [];
    const add = (s: number, e: number) => {
      const prev = pieces.length ? pieces[pieces.length - 1] : null;
      // A paragraph broken over lines (scraped text) stays one stretch, so that a run can cross the break.
      if (prev && lineBreakGap(text, prev.end, s)) pieces[pieces.length - 1] = { start: prev.start, end: e };
      else pieces.push({ start: s, end: e });
    };
    for (const seg of ctx.segments) {
      let pos = seg.start;
      for (let r = firstEndingAfter(closed, pos); pos < seg.end;) {
        if (r < closed.length && closed[r][0] <= pos) {
          pos = Math.max(pos, closed[r++][1]);
          continue;
        }
        const next = r < closed.length ? Math.min(closed[r][0], seg.end) : seg.end;
        add(pos, next);
        pos = next;
      }
    }
    return pieces;
  });
}

/** The pieces holding at least one of the sorted offsets `at`. */
export function piecesHolding(pieces: readonly Piece[], at: readonly number[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid] < p.start) lo = mid + 1;
      else hi = mid;
    }
    if (lo < at.length && at[lo] < p.end) out.push(p);
  }
  return out;
}
