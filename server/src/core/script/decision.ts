/**
 * The one script decision of a document (简体 or a traditional standard), shared by every rule through
 * ctx.memo('script:decision') and equal to what the status bar shows (detectScript). It needs only the
 * character tables (a few ms cold), never the OpenCC tries, so mainland-only rules (「」, GB/T 15835 dates…)
 * can ask it on the first diagnostics; the script rules' OpenCC analysis refines findings, not the decision.
 */
import type { RuleContext } from '../types';
import { detectScript, type DocumentScript, type ScriptDetection } from './detect';

export interface ScriptDecision extends ScriptDetection {
  /** True when the shared `script` setting forced the script. */
  readonly forced: boolean;
}

/** The document's script: the shared setting when forced, else detectScript over the text. */
export function scriptDecision(ctx: RuleContext<object>): ScriptDecision {
  return ctx.memo('script:decision', () => {
    const s = ctx.shared.script;
    const d = detectScript(ctx.text);
    if (s === 'auto') return { ...d, forced: false };
    return { script: s as DocumentScript, confidence: 1, traditionalRatio: d.traditionalRatio, forced: true };
  });
}

/** True when the document is traditional Chinese (forced or detected): mainland-only norms stay quiet. */
export function isTraditionalDocument(ctx: RuleContext<object>): boolean {
  return scriptDecision(ctx).script !== 'simplified';
}
