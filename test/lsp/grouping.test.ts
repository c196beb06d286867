// The editor's grouping of many findings of one rule on one line (lsp/grouping.ts) and the «unchanged» comparison of
// pulled reports (lsp/reports.ts), in process: both run over every finding of a long document on every keystroke.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Problem } from '../../server/src/core/index';
import { groupProblems, isGroup, type ProblemGroup } from '../../server/src/lsp/grouping';
import { DiagnosticReports } from '../../server/src/lsp/reports';

const problem = (ruleId: string, start: number): Problem => ({
  ruleId,
  category: 'punctuation',
  messageId: 'm',
  message: `${ruleId}@${start}`,
  severity: 'warning',
  start,
  end: start + 1,
});
const shape = (xs: (Problem | ProblemGroup)[]) =>
  xs.map((x) => (isGroup(x) ? `${x.ruleId}×${x.problems.length}@L${x.line}` : `${x.ruleId}@${x.start}`));

describe('groupProblems', () => {
  // Line 0: offsets 0–19; line 1: 21–40; line 2: 42–61.
  const doc = TextDocument.create('untitled:g', 'plaintext', 1, ['a'.repeat(20), 'b'.repeat(20), 'c'.repeat(20)].join('\n'));

  it('groups four or more of one rule on one line where its first finding was; other rules of the line and other lines stay single', () => {
    const problems = [
      problem('b', 0),
      problem('a', 1),
      problem('b', 2),
      problem('a', 3),
      problem('a', 5),
      problem('a', 7),
      problem('a', 21),
      problem('a', 22),
      problem('a', 23),
      problem('c', 42),
    ];
    assert.deepEqual(shape(groupProblems(doc, problems)), ['b@0', 'a×4@L0', 'b@2', 'a@21', 'a@22', 'a@23', 'c@42']);
  });

  it('two rules with four findings each on one line make two groups, in the order of their first findings', () => {
    const problems = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => problem(i % 2 ? 'x' : 'y', 42 + i));
    const out = groupProblems(doc, problems);
    assert.deepEqual(shape(out), ['y×4@L2', 'x×4@L2']);
    assert.deepEqual(
      (out[0] as ProblemGroup).problems.map((p) => p.start),
      [42, 44, 46, 48],
    );
  });

  it('no findings, no groups', () => {
    assert.deepEqual(groupProblems(doc, []), []);
  });
});

describe('DiagnosticReports.answer («unchanged» only for equal diagnostics)', () => {
  const d = (message: string, data: unknown, extra: Partial<Diagnostic> = {}): Diagnostic => ({
    range: { start: { line: 1, character: 2 }, end: { line: 1, character: 3 } },
    severity: 2,
    source: 'gongwen',
    code: 'r',
    message,
    data,
    ...extra,
  });

  it('ignores data, and nothing else', () => {
    const reports = new DiagnosticReports();
    const first = reports.answer('u', 1, [d('m', [1, 2, 1])], undefined);
    assert.equal(first.kind, 'full');
    const same = reports.answer('u', 2, [d('m', [5, 6, 2])], first.resultId);
    assert.deepEqual(same, { kind: 'unchanged', resultId: first.resultId });
    const variants: Diagnostic[] = [
      d('other', [1, 2, 1]),
      d('m', [1, 2, 1], { range: { start: { line: 1, character: 2 }, end: { line: 1, character: 4 } } }),
      d('m', [1, 2, 1], { codeDescription: { href: 'file:///r.md' } }),
      d('m', [1, 2, 1], { relatedInformation: [] }),
    ];
    for (const v of variants) {
      const r = new DiagnosticReports();
      const base = r.answer('u', 1, [d('m', [1, 2, 1])], undefined);
      assert.equal(r.answer('u', 2, [v], base.resultId).kind, 'full', JSON.stringify(v));
    }
    const r = new DiagnosticReports();
    const base = r.answer('u', 1, [d('m', [1, 2, 1]), d('m', [1, 2, 1])], undefined);
    assert.equal(r.answer('u', 2, [d('m', [1, 2, 1])], base.resultId).kind, 'full', 'one diagnostic fewer');
  });
});
