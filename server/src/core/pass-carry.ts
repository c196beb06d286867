/**
 * What one fixAll pass hands the next (issue 14): the text model and the per-line values of document analyses, for
 * the lines the pass's edits left alone. A pass after the first changes a few dozen lines of a long document; without
 * the carry it would build the model and those analyses of every line again.
 *
 * An analysis hands on a value per line (`keep`) only when the value follows from the line's text alone (and the
 * check's configuration, the same in every pass): a carried line (lineMap) has the same text, so the same value. With
 * a line-local model (model-carry.ts) a line's model — its masks, segments, `masked`, `chars` — follows from its text
 * as well; without one nothing is carried. Most documents need one pass: an analysis hands on a function, called
 * only when a next pass asks (`carried`), so that a pass pays nothing for a next one that does not come.
 */
import { carriedModel, isLineLocal } from './model-carry';
import { buildModel } from './segments';
import type { DocumentLanguage, DocumentModel, RuleContext, TextEdit } from './types';

/** Memo key under which fixAll hands each pass its PassCarry (absent outside fixAll). */
export const PASS_CARRY = 'fix:carry';

/** An analysis's values for each line of the pass that kept it (undefined: not known). */
type Values = () => readonly unknown[];

interface Pass {
  readonly doc: DocumentModel;
  /** Whether the lines' model and values follow from their text alone. */
  readonly lineLocal: boolean;
  /** For each line, the line of the last pass it carries (-1: none); undefined: nothing is carried. */
  readonly from: Int32Array | undefined;
  /** What the last pass's analyses kept, when its lines are carried. */
  readonly before: ReadonlyMap<string, Values> | undefined;
  /** What this pass's analyses keep for the next. */
  readonly kept: Map<string, Values>;
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
    this.now = { doc, lineLocal, from: carried?.from, before: carried && last!.kept, kept: new Map() };
    return doc;
  }

  /** The pass just run (on the model `model` made last) was followed by `edits` (sorted, non-overlapping). */
  advance(edits: readonly TextEdit[]): void {
    this.last = this.now;
    this.now = undefined;
    this.edits = edits;
  }

  /**
   * The values analysis `key` kept in the last pass, for the lines of `doc` (the pass's model) carried from it;
   * undefined for the others, which the analysis fills in. Undefined when nothing is carried (the first pass, a model
   * that is not line-local, an analysis the last pass did not run).
   */
  carried<T>(doc: DocumentModel, key: string): (T | undefined)[] | undefined {
    const now = this.now;
    const before = now && now.doc === doc && now.from ? now.before?.get(key) : undefined;
    if (!before) return undefined;
    const old = before() as readonly (T | undefined)[];
    const from = now!.from!;
    const values = new Array<T | undefined>(from.length);
    for (let i = 0; i < from.length; i++) if (from[i] >= 0) values[i] = old[from[i]];
    return values;
  }

  /** Hands on the values of analysis `key` for the lines of `doc` (the pass's model), if a next pass asks for them. */
  keep<T>(doc: DocumentModel, key: string, values: () => readonly (T | undefined)[]): void {
    const now = this.now;
    if (now && now.doc === doc && now.lineLocal) now.kept.set(key, values);
  }
}

/** Length of `text` after `edits`. */
function lengthAfter(text: string, edits: readonly TextEdit[]): number {
  let n = text.length;
  for (const e of edits) n += e.newText.length - (e.end - e.start);
  return n;
}

/** The flat ranges of a line that has none (rangesByLine). */
export const NO_RANGES: readonly number[] = [];

/**
 * Ranges of the text of `doc` (none crossing a line break) by the line each lies on, relative to the line, flat (start,
 * end, start, end…): the per-line values of an analysis that finds ranges (`pushRanges` makes them absolute again).
 */
export function rangesByLine(doc: DocumentModel, ranges: readonly (readonly [number, number])[]): (readonly number[])[] {
  const out = new Array<readonly number[]>(doc.lines.length).fill(NO_RANGES);
  for (const [s, e] of ranges) {
    const li = doc.lineAt(s);
    const at = doc.lines[li].start;
    if (out[li] === NO_RANGES) out[li] = [];
    (out[li] as number[]).push(s - at, e - at);
  }
  return out;
}

/** The flat ranges of one line (rangesByLine; none when undefined), shifted to the line's offset `at`, pushed to `out`. */
export function pushRanges(line: readonly number[], at: number, out: [number, number][]): void {
  for (let k = 0; k < line.length; k += 2) out.push([line[k] + at, line[k + 1] + at]);
}

/** The check's PassCarry, in a fixAll pass. */
export function passCarry(ctx: RuleContext<object>): PassCarry | undefined {
  return ctx.memo<PassCarry | undefined>(PASS_CARRY, () => undefined);
}
