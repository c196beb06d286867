/**
 * The one script decision of a document (简体 or a traditional standard), shared by every rule through
 * ctx.memo('script:decision') and equal to what the status bar shows (detectScript). It needs only the
 * character tables (a few ms cold), never the OpenCC tries, so mainland-only rules (「」, GB/T 15835 dates…)
 * can ask it on the first diagnostics; the script rules' OpenCC analysis refines findings, not the decision.
 */
import type { RuleContext } from '../types';
import { detectionOf, type DocumentScript, type ScriptDetection } from './detect';
import { lineFacts } from '../line-facts';
import { scanText, type TextScan } from './scan';
import { scanOfLines } from './scan-lines';

export interface ScriptDecision extends ScriptDetection {
  /** True when the shared `script` setting forced the script. */
  readonly forced: boolean;
}

/** The memo key of the decision (ctx.memo, and so EngineOptions.analyses). */
const KEY = 'script:decision';

/** The decision a check made, from the analyses it was given (EngineOptions.analyses), if it made one. */
export function decisionIn(analyses: ReadonlyMap<string, unknown>): ScriptDecision | undefined {
  return analyses.get(KEY) as ScriptDecision | undefined;
}

/** The scan of the document: from its lines' facts when the check has a cache of them, else of the whole text. */
function scanOf(ctx: RuleContext<object>): TextScan {
  const facts = lineFacts(ctx);
  return facts ? scanOfLines(ctx.doc.lines, facts) : scanText(ctx.text);
}

/** The document's script: the shared setting when forced, else detectScript over the text. */
export function scriptDecision(ctx: RuleContext<object>): ScriptDecision {
  return ctx.memo(KEY, () => {
    const s = ctx.shared.script;
    const d = detectionOf(documentScan(ctx));
    return s === 'auto'
      ? { ...d, forced: false }
      : { script: s as DocumentScript, confidence: 1, traditionalRatio: d.traditionalRatio, forced: true };
  });
}

/** The memo key of the document's scan. */
export const DOCUMENT_SCAN = 'script:scan';

/**
 * The one scan of the document's characters (scan.ts) the decision is made from and the script rules read positions
 * from. Memoised with the check's analyses (not in a WeakMap keyed by the decision: a weak map lives in the old
 * generation, and its young values, the per-line scan reading the document's lines, were promoted with the whole
 * document version at every check).
 */
export function documentScan(ctx: RuleContext<object>): TextScan {
  return ctx.memo(DOCUMENT_SCAN, () => scanOf(ctx));
}

/** True when the document is traditional Chinese (forced or detected): mainland-only norms stay quiet. */
export function isTraditionalDocument(ctx: RuleContext<object>): boolean {
  return scriptDecision(ctx).script !== 'simplified';
}
