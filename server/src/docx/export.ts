/** Text → .docx bytes in GB/T 9704 layout: element model + outline → planned paragraphs → the `docx` writer. */
import type { Config, DocumentLanguage } from '../core/index';
import { parseElements, type ElementModel } from '../core/elements/index';
import { resolveLayout } from '../core/layout/spec';
import { planParagraphs } from './plan';
import { renderDocx } from './render';

/** The element model of a text (default: the core recogniser, core/elements). */
export type ElementsOf = (text: string) => ElementModel | undefined;

export interface ExportOptions {
  readonly config?: Partial<Config>;
  readonly language?: DocumentLanguage;
  readonly elementsOf?: ElementsOf;
}

/** The .docx bytes for `text` (layout from config.layout, the standard by default). */
export async function exportDocx(text: string, o: ExportOptions = {}): Promise<Uint8Array> {
  const { spec } = resolveLayout(o.config?.layout);
  // The file's final line break ends the last line; it is not one more (empty) paragraph.
  const body = text.replace(/^\uFEFF/, '').replace(/\r?\n$/, '');
  const language = o.language ?? 'gongwen';
  const model = (o.elementsOf ?? ((t: string) => parseElements(t, language)))(body);
  const paras = planParagraphs(body, model, language);
  const title = model?.elements.find((e) => e.kind === 'title');
  return renderDocx(paras, spec, title ? { title: body.slice(title.valueStart, title.valueEnd).replace(/\s+/g, '') } : {});
}
