import { leadingMarker } from '../markers';
import type { RuleContext, TextEdit } from '../types';

/** Absolute [start, end) of each line's leading heading marker (or null), computed once per check. */
export function markerSpans(ctx: RuleContext<object>): readonly ([number, number] | null)[] {
  return ctx.memo('markerSpans', () =>
    ctx.doc.lines.map((l) => {
      if (l.masked) return null;
      const m = leadingMarker(l.text);
      return m ? ([l.start + m[0], l.start + m[1]] as [number, number]) : null;
    }),
  );
}

/** True when absolute offset `i` on line `line` lies inside that line's heading marker. */
export function inMarker(ctx: RuleContext<object>, line: number, i: number): boolean {
  const s = markerSpans(ctx)[line];
  return s !== null && i >= s[0] && i < s[1];
}

export const edit = {
  replace: (start: number, end: number, newText: string): TextEdit => ({ start, end, newText }),
  remove: (start: number, end: number): TextEdit => ({ start, end, newText: '' }),
  insert: (at: number, newText: string): TextEdit => ({ start: at, end: at, newText }),
};
