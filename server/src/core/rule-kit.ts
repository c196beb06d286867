/** Small helpers every rule may use (rules import no other rule): edits and the segment scan loop. */
import { isSpaceCode } from './chars';
import type { Line, RuleContext, Segment, TextEdit } from './types';

export const edit = {
  replace: (start: number, end: number, newText: string): TextEdit => ({ start, end, newText }),
  remove: (start: number, end: number): TextEdit => ({ start, end, newText: '' }),
  insert: (at: number, newText: string): TextEdit => ({ start: at, end: at, newText }),
};

/**
 * What a pattern cannot match without: character-class masks (chars.ts C_*), each of which must meet the
 * segment's `chars` (all of the masks, any bit of each). [C_DIGIT, C_NIAN | C_YUE]: a digit, and 年 or 月.
 */
export type Needs = readonly number[];

/** True when class bits `chars` (Segment.chars, Line.chars) meet every mask of `needs`. */
export function hasNeeds(chars: number, needs: Needs): boolean {
  for (const n of needs) if ((chars & n) === 0) return false;
  return true;
}

/**
 * Runs the global regex `re` over every prose segment and calls `visit` with each match and its absolute
 * start offset (segment start + match index). Zero-length matches advance by one code unit. `needs`: the
 * characters every match contains (see Needs); segments without them are skipped unread.
 */
export function scan(ctx: RuleContext<object>, re: RegExp, visit: Visit): void;
export function scan(ctx: RuleContext<object>, re: RegExp, needs: Needs, visit: Visit): void;
export function scan(ctx: RuleContext<object>, re: RegExp, a: Needs | Visit, b?: Visit): void {
  const needs = typeof a === 'function' ? undefined : a;
  const visit = typeof a === 'function' ? a : b!;
  for (const seg of ctx.segments) {
    if (needs && !hasNeeds(seg.chars, needs)) continue;
    scanSegment(seg, re, visit);
  }
}

type Visit = (m: RegExpExecArray, start: number, seg: Segment) => void;

/** `scan` over one segment (for rules that filter or group segments first); `visit` gets the segment too. */
export function scanSegment(seg: Segment, re: RegExp, visit: Visit): void {
  scanSegmentFrom(seg, re, 0, visit);
}

/**
 * scanSegment from offset `from` of the segment's text: the matches of a scan from 0 that start there or later, when no
 * match before `from` reaches beyond it (see leadingSpaces).
 */
export function scanSegmentFrom(seg: Segment, re: RegExp, from: number, visit: Visit): void {
  re.lastIndex = from;
  for (let m = re.exec(seg.text); m !== null; m = re.exec(seg.text)) {
    visit(m, seg.start + m.index, seg);
    if (m[0].length === 0) re.lastIndex++;
  }
}

/**
 * Length of the run of spaces (space, tab, U+3000, NBSP: /[ \t\u3000\u00a0]/) opening the segment's text: a scan for
 * runs of these spaces may start after it (scanSegmentFrom) when the rule ignores a run at the segment's start
 * (indentation); the first run a scan from 0 finds is this one whole.
 */
export function leadingSpaces(seg: Segment): number {
  let k = 0;
  while (k < seg.text.length && isSpaceCode(seg.text.charCodeAt(k))) k++;
  return k;
}

/**
 * Calls `visit` once for each line that has a prose segment in `ctx.segments`, in order: the lines a paragraph rule
 * (meta.scope 'paragraph') may look at, whole. A line without prose (masked, empty) has no segment and is not visited.
 */
export function forEachSegmentLine(ctx: RuleContext<object>, visit: (line: Line) => void): void {
  let last = -1;
  for (const seg of ctx.segments) {
    if (seg.line === last) continue;
    last = seg.line;
    visit(ctx.doc.lines[last]);
  }
}
