import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Problem } from '../../server/src/core/index';
import { docText, injectDefect, syntheticDoc, type GenDoc } from './generators';
import { changedOutside, eolMismatch, rangeViolations, splits, violations } from './properties';

// The checkers of the property suite must catch what they claim to catch: each is tried on a planted fault.

const problem = (over: Partial<Problem>): Problem =>
  ({ ruleId: 'demo', category: 'punctuation', messageId: 'm', message: 'm', severity: 'warning', start: 0, end: 0, ...over }) as Problem;

// Fix titles are built through a cast so this file does not depend on the title's type ({zh,en} today).
type AnyFix = NonNullable<Problem['fix']>;
const fix = (edits: { start: number; end: number; newText: string }[]): AnyFix =>
  ({ title: 't', kind: 'safe', edits }) as unknown as AnyFix;

describe('property checkers catch planted faults', () => {
  it('splits() finds the middle of a surrogate pair and of a CRLF, and nothing else', () => {
    assert.equal(splits('a𠮷b', 2), 'surrogate pair');
    assert.equal(splits('a\r\nb', 2), 'CRLF');
    assert.equal(splits('a\r\nb', 1), null);
    assert.equal(splits('a\r\nb', 3), null);
    assert.equal(splits('\ud800x', 1), null); // a lone surrogate is no pair
    assert.equal(splits('𠮷', 0), null);
    assert.equal(splits('𠮷', 2), null);
  });

  it('rangeViolations() flags out-of-text ranges, split pairs, split CRLFs and overlapping edits of one fix', () => {
    const text = '甲𠮷乙\r\n丙';
    const ok = problem({
      start: 0,
      end: 3,
      fix: fix([
        { start: 0, end: 1, newText: 'x' },
        { start: 1, end: 3, newText: '' },
      ]),
    });
    assert.deepEqual(rangeViolations(text, [ok]), []);
    const sigs = (p: Problem) => rangeViolations(text, [p]).map((v) => v.sig);
    assert.deepEqual(sigs(problem({ start: 2, end: 3 })), ['range:demo']);
    assert.deepEqual(sigs(problem({ start: 5, end: 5 })), ['range:demo']);
    assert.deepEqual(sigs(problem({ start: 3, end: 99 })), ['range:demo']);
    assert.deepEqual(sigs(problem({ start: 4, end: 3 })), ['range:demo']);
    assert.deepEqual(
      sigs(
        problem({
          fix: fix([
            { start: 0, end: 2, newText: '' },
            { start: 1, end: 3, newText: '' },
          ]),
        }),
      ),
      ['fix-range:demo'],
    );
    assert.deepEqual(sigs(problem({ suggestions: [fix([{ start: 5, end: 6, newText: '' }])] })), ['suggestion-range:demo']);
    assert.deepEqual(sigs(problem({ related: [{ start: 2, end: 2, message: 'r' }] })), ['related-range:demo']);
  });

  it('changedOutside() allows changes inside named ranges and at their edges only', () => {
    const t = '甲，乙 丙。';
    assert.equal(changedOutside(t, t, []), null);
    assert.notEqual(changedOutside(t, '甲，乙丙。', []), null);
    assert.equal(changedOutside(t, '甲，乙丙。', [{ start: 3, end: 4 }]), null);
    assert.equal(changedOutside(t, '甲，乙——丙。', [{ start: 3, end: 4 }]), null);
    assert.notEqual(changedOutside(t, '甲,乙丙。', [{ start: 3, end: 4 }]), null);
    assert.notEqual(changedOutside(t, '甲，乙丙', [{ start: 3, end: 4 }]), null);
    assert.notEqual(changedOutside(t, 'x甲，乙丙。', [{ start: 3, end: 4 }]), null);
    assert.equal(changedOutside(t, 'x甲，乙 丙。', [{ start: 0, end: 0 }]), null, 'insertion at an empty range');
    assert.equal(changedOutside(t, '甲，乙 丙。x', [{ start: 6, end: 6 }]), null);
    assert.equal(changedOutside(t, '甲，x乙 丙。', [{ start: 2, end: 2 }]), null);
    assert.notEqual(changedOutside(t, '甲，乙x 丙。', [{ start: 2, end: 2 }]), null);
    assert.equal(changedOutside(t, '', [{ start: 0, end: 6 }]), null);
  });

  it('eolMismatch() compares fixAll of the CRLF/CR variant with the converted fixAll of the LF text', () => {
    const d: GenDoc = { lines: ['甲，乙', '丙'], eol: 'crlf', breaks: ['\n'], language: 'plaintext', origin: 'synthetic' };
    assert.equal(eolMismatch(d, 'crlf', {}), null);
    assert.notEqual(eolMismatch(d, 'crlf', {}, '甲，乙\n丙'), null, 'a planted LF in the CRLF output is caught');
  });

  it('the generators build documents with every line-ending style and the defects they name', () => {
    const d: GenDoc = { lines: ['a', 'b', 'c'], eol: 'mixed', breaks: ['\r', '\r\n'], language: 'markdown', origin: 'synthetic' };
    assert.equal(docText(d), 'a\rb\r\nc');
    assert.equal(docText(d, 'cr'), 'a\rb\rc');
    assert.equal(injectDefect('甲，乙。', { kind: 'half', at: 0 }), '甲,乙。');
    assert.equal(injectDefect('发展', { kind: 'trad', at: 0 }), '發展');
    assert.equal(injectDefect('甲乙', { kind: 'space', at: 1, s: ' ' }), '甲 乙');
    assert.equal(injectDefect('甲乙。丙丁。', { kind: 'dupSentence', at: 4 }), '甲乙。丙丁。丙丁。');
    assert.equal(injectDefect('甲乙丙', { kind: 'break', at: 2 }), '甲乙\n丙');
    assert.equal(injectDefect('甲乙丙丁', { kind: 'pages', at: 0, first: 7, count: 2 }), '7甲8乙丙丁');
    for (const g of fc.sample(syntheticDoc(), { seed: 1, numRuns: 200 })) {
      for (const l of g.lines) assert.ok(!/[\r\n]/.test(l), 'a generated line holds no line break');
    }
  });

  it('violations() finds nothing on a clean document in CRLF', () => {
    const clean: GenDoc = {
      lines: ['一、总体要求', '加强领导，落实责任。'],
      eol: 'crlf',
      breaks: ['\n'],
      language: 'plaintext',
      origin: 'synthetic',
    };
    assert.deepEqual(violations(clean), []);
  });
});
