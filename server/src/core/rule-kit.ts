/** Small helpers every rule may use (rules import no other rule): edits and the segment scan loop. */
import type { RuleContext, Segment, TextEdit } from './types';

export const edit = {
  replace: (start: number, end: number, newText: string): TextEdit => ({ start, end, newText }),
  remove: (start: number, end: number): TextEdit => ({ start, end, newText: '' }),
  insert: (at: number, newText: string): TextEdit => ({ start: at, end: at, newText }),
};

/**
 * Runs the global regex `re` over every prose segment and calls `visit` with each match and its absolute
 * start offset (segment start + match index). Zero-length matches advance by one code unit.
 */
export function scan(ctx: RuleContext<object>, re: RegExp, visit: (m: RegExpExecArray, start: number, seg: Segment) => void): void {
  for (const seg of ctx.segments) scanSegment(seg, re, (m, start) => visit(m, start, seg));
}

/** `scan` over one segment (for rules that filter or group segments first). */
export function scanSegment(seg: Segment, re: RegExp, visit: (m: RegExpExecArray, start: number) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(seg.text); m !== null; m = re.exec(seg.text)) {
    visit(m, seg.start + m.index);
    if (m[0].length === 0) re.lastIndex++;
  }
}
