/**
 * Heading markers as the rules see them: only what the outline takes as a heading is a marker, so a
 * punctuation rule and the structure rules never disagree (一,二季度 is a sentence, 一，总体要求 a heading).
 */
import type { RuleContext } from '../types';
import { prefixLength } from './parse';
import { outlineOf } from './tree';

type Span = readonly [number, number];

/**
 * Absolute [start, end) spans of heading markers on each line (a split marker has a part on each of its lines). Sparse:
 * a line without a marker has no entry (undefined), so that a document of many lines allocates nothing for them.
 */
export function markerSpans(ctx: RuleContext<object>): readonly (readonly Span[] | undefined)[] {
  return ctx.memo('markerSpans', () => {
    const lines = ctx.doc.lines;
    const spans: (Span[] | undefined)[] = new Array<Span[] | undefined>(lines.length);
    const add = (line: number, span: Span): void => {
      (spans[line] ??= []).push(span);
    };
    for (const h of outlineOf(ctx).headings) {
      if (h.kind === 'markdown' || h.markerEnd <= h.markerStart) continue;
      const first = lines[h.line];
      add(h.line, [h.markerStart, Math.min(h.markerEnd, first.end)]);
      if (h.split && h.titleLine !== h.line && h.markerEnd > h.split.end) add(h.titleLine, [h.split.end, h.markerEnd]);
    }
    for (const a of outlineOf(ctx).asides) add(a.line, [a.start, a.end]);
    return spans;
  });
}

/** True when absolute offset `i` on line `line` lies inside a heading marker the outline recognised. */
export function inMarker(ctx: RuleContext<object>, line: number, i: number): boolean {
  const spans = markerSpans(ctx)[line];
  if (spans === undefined) return false;
  for (const [s, e] of spans) if (i >= s && i < e) return true;
  return false;
}

/** The end of the heading marker on `line` (its first part), or -1 when the line has none. */
export function markerEndOn(ctx: RuleContext<object>, line: number): number {
  const s = markerSpans(ctx)[line];
  return s && s.length ? s[0][1] : -1;
}

const LEAD_NUMERAL_RE = /^[（(]?(?:[一二三四五六七八九十百零〇两]{1,4}|[0-9０-９]{1,3})[)）]?$/;

/**
 * True when absolute offset `i` directly follows a numeral that opens line `line` (一|,二季度, 3|.5): where a
 * marker's separator would stand. The outline did not take it as a heading, but a writer may have meant one,
 * so a punctuation fix there is only a suggestion.
 */
export function afterLineNumeral(ctx: RuleContext<object>, line: number, i: number): boolean {
  const l = ctx.doc.lines[line];
  const prefix = prefixLength(l.text);
  const rel = i - l.start;
  return rel > prefix && LEAD_NUMERAL_RE.test(l.text.slice(prefix, rel));
}
