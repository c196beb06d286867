import { buildModel, DEFAULT_SHARED, type DocumentLanguage, type RuleContext, type SharedSettings } from '../../server/src/core/index';

/** A RuleContext over `text` for testing core helpers directly (reports are collected, not rendered). */
export function contextOf(
  text: string,
  language: DocumentLanguage = 'plaintext',
  shared: Partial<SharedSettings> = {},
): RuleContext<object> {
  const doc = buildModel(text, language);
  const memo = new Map<string, unknown>();
  return {
    doc,
    text,
    segments: doc.segments,
    options: {},
    shared: { ...DEFAULT_SHARED, ...shared },
    memo<T>(key: string, compute: () => T): T {
      if (!memo.has(key)) memo.set(key, compute());
      return memo.get(key) as T;
    },
    report() {},
  };
}
