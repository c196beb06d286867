/**
 * The 公文 element model (GB/T 9704—2012 §7, §10), beside the outline: which lines are the 版头, the
 * 标题, the 主送机关, the 正文, the 附件说明, the 署名 and 成文日期, the 附件 pages and the 版记.
 *
 * - types.ts      the contract (ElementKind, DocElement, ElementModel, ELEMENT_NAMES)
 * - patterns.ts   what one line of each element looks like; the 文种 of a title
 * - scan.ts       the line view and element construction
 * - head.ts       版头, 标题, 主送机关 (top down)
 * - tail.ts       版记, 附件 pages, 附注, 成文日期, 署名, 附件说明, 纪要 lists (bottom up)
 * - recognise.ts  assembly and the decision whether the text is a 公文 at all (else form 'none')
 */
import { buildModel } from '../segments';
import type { DocumentLanguage, RuleContext } from '../types';
import { buildElements } from './recognise';
import type { ElementModel } from './types';

export * from './types';
export { buildElements, noneModel } from './recognise';
export { genreOf } from './patterns';

/** The element model of `text` (pure; for clients without a RuleContext: the preview, the export). */
export function parseElements(text: string, language: DocumentLanguage = 'plaintext'): ElementModel {
  return buildElements(buildModel(text, language));
}

/** The element model of the checked document, built once per check (ctx.memo('elements')). */
export function elementsOf(ctx: RuleContext<object>): ElementModel {
  return ctx.memo('elements', () => buildElements(ctx.doc));
}
