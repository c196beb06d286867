/**
 * Helpers shared by the element rules (GW-ELEM family): the element model of a 公文 (null for a document that
 * is not one, so element rules stay silent there), an element's lines, the 版头 lines, trimmed line bounds and
 * the normalisation used to compare names. Rules import no other rule; what two element rules share lives here.
 */
import { isSpaceCode } from './chars';
import { elementsOf } from './elements/index';
import type { DocElement, ElementKind, ElementModel } from './elements/types';
import { cnToInt } from './outline/numerals';
import type { Line, RuleContext } from './types';

/** The element model when the document is a 公文; null when its form is 'none' (work reports, speeches). */
export function formalModel(ctx: RuleContext<object>): ElementModel | null {
  const model = elementsOf(ctx);
  return model.form === 'none' ? null : model;
}

export function elementsOfKind(model: ElementModel, kind: ElementKind): DocElement[] {
  return model.elements.filter((e) => e.kind === kind);
}

/** The prose lines of an element, first to last (masked lines left out). */
export function elementLines(ctx: RuleContext<object>, el: DocElement): Line[] {
  const out: Line[] = [];
  for (let i = el.line; i <= el.endLine && i < ctx.doc.lines.length; i++) if (!ctx.doc.lines[i].masked) out.push(ctx.doc.lines[i]);
  return out;
}

/** Bounds of a line's content without leading and trailing spaces (ASCII, U+3000, tab, NBSP); null when blank. */
export function trimmedBounds(line: Line): { start: number; end: number } | null {
  const t = line.text;
  let a = 0;
  let b = t.length;
  while (a < b && isSpaceCode(t.charCodeAt(a))) a++;
  while (b > a && isSpaceCode(t.charCodeAt(b - 1))) b--;
  return a === b ? null : { start: line.start + a, end: line.start + b };
}

const MAIN_KINDS: ReadonlySet<ElementKind> = new Set(['title', 'recipients', 'attendance']);

/**
 * The lines of the 版头 where 份号, 密级, 紧急程度 and 签发人 stand: the non-blank prose lines before the title
 * (or the 主送机关), or the first `max` non-blank lines when no title was found. Element rules look here as well
 * as at the recognised elements, because a defective line (机密*二年, 急件, 签发人 without its colon) may not have
 * been recognised as the element it means to be — and may have kept the title from being found.
 */
export function headLines(ctx: RuleContext<object>, model: ElementModel, max = 6): Line[] {
  const first = model.elements.find((e) => MAIN_KINDS.has(e.kind));
  const stop = first ? first.line : ctx.doc.lines.length;
  const out: Line[] = [];
  for (let i = 0; i < stop && out.length < max; i++) {
    const line = ctx.doc.lines[i];
    if (!line.masked && trimmedBounds(line)) out.push(line);
  }
  return out;
}

/** The lines an element covers plus the 版头 lines, each once, in document order. */
export function candidateLines(ctx: RuleContext<object>, model: ElementModel, kind: ElementKind): Line[] {
  const seen = new Map<number, Line>();
  for (const el of elementsOfKind(model, kind)) for (const l of elementLines(ctx, el)) seen.set(l.index, l);
  for (const l of headLines(ctx, model)) seen.set(l.index, l);
  return [...seen.values()].sort((a, b) => a.index - b.index);
}

/** The non-blank prose line before line `index`, or null. */
export function prevNonBlank(ctx: RuleContext<object>, index: number): Line | null {
  for (let i = index - 1; i >= 0; i--) {
    const l = ctx.doc.lines[i];
    if (!l.masked && trimmedBounds(l)) return l;
  }
  return null;
}

/** Names compared loosely: spaces removed, full-width ASCII made half-width, trailing punctuation dropped. */
export function normalizeName(s: string): string {
  return s
    .replace(/[\s\u3000\u00a0]/g, '')
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[。；，、.;,:：]+$/u, '');
}

/** A small Chinese numeral as an Arabic string (二 → 2, 十二 → 12), or null when `s` is not one. */
export function hanNumeralToArabic(s: string): string | null {
  const n = cnToInt(s.replace(/两/g, '二'));
  return Number.isNaN(n) ? null : String(n);
}
