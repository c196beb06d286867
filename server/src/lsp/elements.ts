/**
 * The 公文 element model for LSP clients: element names in the session's locale, the heading roots that belong
 * under 正文 and under each 附件 page, and the `gongwen/elements` result (ranges instead of offsets).
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ELEMENT_NAMES, type DocElement, type ElementModel, type Heading, type Locale } from '../core/index';
import { toRange } from './convert';
import type { ElementDto, ElementsResult } from './protocol';

/** 标题, 主送机关…; an attachment page by its number (附件2). */
export function elementName(e: DocElement, locale: Locale): string {
  if (e.kind === 'attachment' && e.number) return locale === 'en' ? `Attachment ${e.number}` : `附件${e.number}`;
  return ELEMENT_NAMES[e.kind][locale] ?? ELEMENT_NAMES[e.kind].zh;
}

/** A short one-line text of the element's value (an attachment page: its title). */
export function elementValue(text: string, e: DocElement): string {
  const [s, t] =
    e.kind === 'attachment' && e.titleStart !== undefined ? [e.titleStart, e.titleEnd ?? e.titleStart] : [e.valueStart, e.valueEnd];
  if (e.kind === 'body' || e.kind === 'recordRule') return '';
  const v = text
    .slice(s, Math.min(t, s + 200))
    .replace(/\s+/g, ' ')
    .trim();
  return v.length > 40 ? `${v.slice(0, 40)}…` : v;
}

/** The heading roots of every part: index 0 the 正文, k the k-th 附件 page (Heading.part). */
export function rootsByPart(roots: readonly Heading[]): Map<number, Heading[]> {
  const out = new Map<number, Heading[]>();
  for (const h of roots) {
    const p = h.part ?? 0;
    const list = out.get(p);
    if (list) list.push(h);
    else out.set(p, [h]);
  }
  return out;
}

/** Pairs each element with its part: 0 for the 正文, k for the k-th 附件 page, undefined for the others. */
export function elementParts(model: ElementModel): { element: DocElement; part: number | undefined }[] {
  let k = 0;
  return model.elements.map((element) => ({
    element,
    part: element.kind === 'body' ? 0 : element.kind === 'attachment' ? ++k : undefined,
  }));
}

/** The end of the element's first line (for selection ranges). */
export function firstLineEnd(text: string, e: DocElement): number {
  const nl = text.indexOf('\n', e.start);
  const cr = text.indexOf('\r', e.start);
  const ends = [nl, cr, e.end].filter((x) => x >= 0);
  return Math.max(e.start, Math.min(...ends));
}

export function elementsResult(doc: TextDocument, model: ElementModel, locale: Locale): ElementsResult {
  const elements = model.elements.map((e): ElementDto => {
    const dto: ElementDto = {
      kind: e.kind,
      part: e.part,
      name: elementName(e, locale),
      range: toRange(doc, e.start, e.end),
      valueRange: toRange(doc, e.valueStart, e.valueEnd),
    };
    if (e.items) dto.items = e.items.map((x) => ({ marker: x.marker, range: toRange(doc, x.start, x.end) }));
    if (e.number !== undefined) dto.number = e.number;
    if (e.titleStart !== undefined) dto.titleRange = toRange(doc, e.titleStart, e.titleEnd ?? e.titleStart);
    return dto;
  });
  return { version: doc.version, form: model.form, genre: model.genre, genreWord: model.genreWord, elements };
}
