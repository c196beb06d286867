/** Small helpers every rule may use (rules import no other rule): edits and the segment scan loop. */
import type { RuleContext, TextEdit } from './types';

export const edit = {
  replace: (start: number, end: number, newText: string): TextEdit => ({ start, end, newText }),
  remove: (start: number, end: number): TextEdit => ({ start, end, newText: '' }),
  insert: (at: number, newText: string): TextEdit => ({ start: at, end: at, newText }),
};

/**
 * Runs the global regex `re` over every prose segment and calls `visit` with each match and its absolute
 * start offset (segment start + match index). Zero-length matches advance by one code unit.
 */
export function scan(
  ctx: RuleContext<object>,
  re: RegExp,
  visit: (m: RegExpExecArray, start: number, seg: RuleContext<object>['segments'][number]) => void,
): void {
  for (const seg of ctx.segments) {
    re.lastIndex = 0;
    for (let m = re.exec(seg.text); m !== null; m = re.exec(seg.text)) {
      visit(m, seg.start + m.index, seg);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
}
