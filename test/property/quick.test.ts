import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runBatch } from './batch';
import { loadParagraphs } from './corpus';

// Quick tier of the property suite (the big batch is `npm run test:property`): 2 000 generated
// documents, same generators and properties, fixed seed. Set PROPERTY_SEED to try another seed.
const SEED = Number(process.env.PROPERTY_SEED ?? 20241201);
const RUNS = Number(process.env.PROPERTY_QUICK_RUNS ?? 2000);

describe('property suite, quick tier', () => {
  it(`${RUNS} generated documents (seed ${SEED}): no throw, valid ranges, idempotent fixAll, line-ending independent, fixes stay inside their diagnostics`, () => {
    const r = runBatch({ seed: SEED, runs: RUNS, paragraphs: loadParagraphs(), shrinkMs: 10_000, maxShrinks: 6 });
    assert.equal(r.runs, RUNS);
    const report = r.sigs.map((s) => {
      const ce = r.counterexamples.find((c) => c.sig === s.sig);
      return `${s.sig} ×${s.count}: ${ce ? `${ce.text} (${ce.language}, ${ce.eol}${ce.shared ? `, ${ce.shared}` : ''}; replay PROPERTY_REPLAY=${ce.seed}:${ce.path}) ${ce.detail}` : s.detail}`;
    });
    assert.deepEqual(report, [], `broken properties on ${r.failedDocs} of ${r.runs} documents`);
  });
});
