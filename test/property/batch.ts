/**
 * One batch of the property suite: generate `runs` documents from `seed`, record every broken property
 * (grouped by signature), then replay the first failing document of each new signature with fast-check's
 * seed + path and let it shrink to a minimal counterexample. Recording first means one failing property
 * does not hide the others, and the batch always runs its full count of documents.
 */
import fc from 'fast-check';
import { docText, documents, type GenDoc } from './generators';
import { violations, type Violation } from './properties';

export interface SigStat {
  sig: string;
  count: number;
  detail: string;
}
export interface Counterexample {
  sig: string;
  seed: number;
  path: string;
  /** The shrunk document as a JSON string literal, ready to paste into a test. */
  text: string;
  language: string;
  eol: string;
  /** Non-default shared settings of the document, as JSON. */
  shared?: string;
  detail: string;
}
export interface BatchResult {
  seed: number;
  runs: number;
  failedDocs: number;
  chars: number;
  sigs: SigStat[];
  counterexamples: Counterexample[];
  ms: number;
}

export interface BatchOptions {
  seed: number;
  runs: number;
  paragraphs: readonly string[];
  /** Signatures already shrunk elsewhere: counted, not shrunk again. */
  skipShrink?: ReadonlySet<string>;
  /** Time limit for shrinking one signature. */
  shrinkMs?: number;
  maxShrinks?: number;
}

function shrink(arb: fc.Arbitrary<GenDoc>, sig: string, seed: number, index: number, ms: number): Counterexample | null {
  const prop = fc.property(arb, (d) => !violations(d).some((v) => v.sig === sig));
  const r = fc.check(prop, { seed, path: String(index), numRuns: 1, interruptAfterTimeLimit: ms, markInterruptAsFailure: false });
  if (!r.failed || !r.counterexample) return null;
  const d = r.counterexample[0];
  const v = violations(d).find((x) => x.sig === sig);
  const ce: Counterexample = {
    sig,
    seed,
    path: r.counterexamplePath ?? String(index),
    text: JSON.stringify(docText(d)),
    language: d.language,
    eol: d.eol,
    ...(d.shared ? { shared: JSON.stringify(d.shared) } : {}),
    detail: v?.detail ?? '(no longer fails after shrinking)',
  };
  return ce;
}

export function runBatch(o: BatchOptions): BatchResult {
  const t0 = Date.now();
  const arb = documents(o.paragraphs);
  const stats = new Map<string, SigStat & { index: number }>();
  let index = 0;
  let failedDocs = 0;
  let chars = 0;
  const record = fc.property(arb, (d) => {
    chars += docText(d).length;
    let vs: Violation[];
    try {
      vs = violations(d);
    } catch (e) {
      vs = [{ sig: 'throw:suite', detail: String(e) }];
    }
    if (vs.length) failedDocs++;
    for (const v of vs) {
      const s = stats.get(v.sig);
      if (s) s.count++;
      else stats.set(v.sig, { sig: v.sig, count: 1, detail: v.detail, index });
    }
    index++;
    return true;
  });
  fc.assert(record, { seed: o.seed, numRuns: o.runs });
  const counterexamples: Counterexample[] = [];
  const todo = [...stats.values()].filter((s) => !o.skipShrink?.has(s.sig)).slice(0, o.maxShrinks ?? 12);
  for (const s of todo) {
    const ce = shrink(arb, s.sig, o.seed, s.index, o.shrinkMs ?? 20_000);
    if (ce) counterexamples.push(ce);
  }
  const sigs = [...stats.values()].map(({ sig, count, detail }) => ({ sig, count, detail }));
  return { seed: o.seed, runs: index, failedDocs, chars, sigs, counterexamples, ms: Date.now() - t0 };
}

/** Replays one generated document (a batch seed and a fast-check path) and lists what it breaks. */
export function replay(
  seed: number,
  path: string,
  paragraphs: readonly string[],
): { text: string; language: string; eol: string; shared?: string; violations: Violation[] } {
  let found: GenDoc | undefined;
  fc.check(
    fc.property(documents(paragraphs), (d) => {
      found = d;
      return false;
    }),
    { seed, path, numRuns: 1, endOnFailure: true },
  );
  if (!found) throw new Error(`nothing replayed for seed ${seed} path ${path}`);
  const shared = found.shared ? { shared: JSON.stringify(found.shared) } : {};
  return { text: JSON.stringify(docText(found)), language: found.language, eol: found.eol, ...shared, violations: violations(found) };
}
