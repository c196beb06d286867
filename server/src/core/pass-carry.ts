/**
 * What one fixAll pass hands the next (issue 14): the text model and the per-line values of document analyses, for
 * the lines the pass's edits left alone. A pass after the first changes a few dozen lines of a long document; without
 * the carry it would build the model and those analyses of every line again.
 *
 * An analysis keeps a value per line here (`lineValues`) only when the value follows from the line's text alone
 * (and the check's configuration, the same in every pass): a carried line (lineMap) has the same text, so the same
 * value. With a line-local model (model-carry.ts) a line's model — its masks, segments, `masked`, `chars` — follows
 * from its text as well; without one nothing is carried.
 */
import { carriedModel, isLineLocal } from './model-carry';
import { buildModel } from './segments';
import type { DocumentLanguage, DocumentModel, RuleContext, TextEdit } from './types';

/** Memo key under which fixAll hands each pass its PassCarry (absent outside fixAll). */
export const PASS_CARRY = 'fix:carry';

interface Pass {
  readonly doc: DocumentModel;
  /** Whether the lines' model and values follow from their text alone. */
  readonly lineLocal: boolean;
  /** For each line, the line of the last pass it carries (-1: none); undefined: nothing is carried. */
  readonly from: Int32Array | undefined;
  /** The last pass's values by analysis, line by line. */
  readonly before: ReadonlyMap<string, readonly unknown[]> | undefined;
  readonly values: Map<string, unknown[]>;
}

export class PassCarry {
  private last: Pass | undefined;
  private edits: readonly TextEdit[] | undefined;
  private now: Pass | undefined;

  /** The model of the pass's `text`: the last pass's carried over its edits when both are line-local, else built. */
  model(text: string, language: DocumentLanguage): DocumentModel {
    const { last, edits } = this;
    this.last = undefined;
    this.edits = undefined;
    const lineLocal = isLineLocal(text, language);
    const carried =
      lineLocal && last?.lineLocal && edits && last.doc.language === language && lengthAfter(last.doc.text, edits) === text.length
        ? carriedModel(last.doc, edits, text)
        : undefined;
    const doc = carried ? carried.doc : buildModel(text, language);
    this.now = { doc, lineLocal, from: carried?.from, before: carried && last!.values, values: new Map() };
    return doc;
  }

  /** The pass just run (on the model `model` made last) was followed by `edits` (sorted, non-overlapping). */
  advance(edits: readonly TextEdit[]): void {
    this.last = this.now;
    this.now = undefined;
    this.edits = edits;
  }

  /**
   * The values of analysis `key` for the lines of `doc`: those the last pass kept for the lines carried, undefined for
   * the others, which the analysis fills in (the array is kept for the next pass). Undefined when `doc` is not the
   * pass's model or its lines are not line-local: the analysis computes every line.
   */
  lineValues<T>(doc: DocumentModel, key: string): (T | undefined)[] | undefined {
    const now = this.now;
    if (!now || now.doc !== doc || !now.lineLocal) return undefined;
    let values = now.values.get(key) as (T | undefined)[] | undefined;
    if (values) return values;
    values = new Array<T | undefined>(doc.lines.length);
    const before = now.before?.get(key) as readonly (T | undefined)[] | undefined;
    const from = now.from;
    if (before && from) for (let i = 0; i < from.length; i++) if (from[i] >= 0) values[i] = before[from[i]];
    now.values.set(key, values);
    return values;
  }
}

/** Length of `text` after `edits`. */
function lengthAfter(text: string, edits: readonly TextEdit[]): number {
  let n = text.length;
  for (const e of edits) n += e.newText.length - (e.end - e.start);
  return n;
}

/** The per-line values of analysis `key` in a fixAll pass (see PassCarry.lineValues); undefined outside fixAll. */
export function lineValues<T>(ctx: RuleContext<object>, key: string): (T | undefined)[] | undefined {
  return ctx.memo<PassCarry | undefined>(PASS_CARRY, () => undefined)?.lineValues<T>(ctx.doc, key);
}
