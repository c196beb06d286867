import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../server/src/core/index';
import { rangeViolations } from './properties';

// Shrunk counterexamples of the property suite whose cause was fixed: each must keep holding.
describe('property suite regressions', () => {
  it('no-broken-line: a lone low surrogate after an astral character does not pull the range into the pair', () => {
    // PROPERTY_SEED=20241201 batch 20241205, path 1875:…: range 4-7 split 𠮷 (lastLen took \udc00 for a pair).
    const text = '𠮷\n𠮷\udc00\n，\n';
    const ps = check(text, { language: 'plaintext' });
    const p = ps.find((q) => q.ruleId === 'no-broken-line');
    assert.deepEqual(p && [p.start, p.end], [5, 7], 'reported from the lone \\udc00 to the next line');
    assert.deepEqual(rangeViolations(text, ps), []);
  });
});
