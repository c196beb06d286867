/** Text → .docx bytes in GB/T 9704 layout: element model + outline → planned paragraphs → the `docx` writer. */
import type { Config, DocumentLanguage } from '../core/index';
import type { ElementModel } from '../core/elements/types';
import { resolveLayout } from '../core/layout/spec';
import { planParagraphs } from './plan';
import { renderDocx } from './render';

/** The element model of a text, when the recogniser is available (core/elements). */
export type ElementsOf = (text: string) => ElementModel | undefined;

export interface ExportOptions {
  readonly config?: Partial<Config>;
  readonly language?: DocumentLanguage;
  readonly elementsOf?: ElementsOf;
}

/** The .docx bytes for `text` (layout from config.layout, the standard by default). */
export async function exportDocx(text: string, o: ExportOptions = {}): Promise<Uint8Array> {
  const { spec } = resolveLayout(o.config?.layout);
  const model = o.elementsOf?.(text);
  // The file's final line break ends the last line; it is not one more (empty) paragraph.
  const body = text.replace(/^\uFEFF/, '').replace(/\r?\n$/, '');
  const paras = planParagraphs(body, model, o.language ?? 'gongwen');
  const title = model?.elements.find((e) => e.kind === 'title');
  return renderDocx(paras, spec, title ? { title: text.slice(title.valueStart, title.valueEnd).replace(/\s+/g, '') } : {});
}
