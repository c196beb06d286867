// Pulled diagnostics with result ids (lsp/reports.ts): the same diagnostics as the client's previous result are
// answered «unchanged»; the code actions of diagnostics the client kept from an earlier version still find their
// problems (the range is right, the offsets in `data` moved); anything else is sent in full.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { actionsFor, applyAction as apply, startServer, type TestClient, closeCleanly } from '../helpers/lspClient';

type Report = { kind: 'full'; resultId?: string; items: Diagnostic[] } | { kind: 'unchanged'; resultId: string };

let n = 0;
function open(c: TestClient, text: string): TextDocument {
  const uri = `untitled:reports-${++n}.txt`;
  void c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
  return TextDocument.create(uri, 'plaintext', 1, text);
}
const pull = async (c: TestClient, uri: string, previousResultId?: string): Promise<Report> =>
  (await c.conn.sendRequest('textDocument/diagnostic', {
    textDocument: { uri },
    ...(previousResultId ? { previousResultId } : {}),
  })) as Report;
const full = (r: Report): { resultId?: string; items: Diagnostic[] } => {
  assert.equal(r.kind, 'full');
  return r as { resultId?: string; items: Diagnostic[] };
};
/** Inserts `text` at the start of line `line` (version `version`), in the server and in `doc`. */
async function insert(c: TestClient, doc: TextDocument, version: number, line: number, text: string): Promise<TextDocument> {
  const range = { start: { line, character: 0 }, end: { line, character: 0 } };
  await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri: doc.uri, version }, contentChanges: [{ range, text }] });
  return TextDocument.create(doc.uri, 'plaintext', version, TextDocument.applyEdits(doc, [{ range, newText: text }]));
}

// Line 0 is clean; line 1 has a single finding, line 2 a group of five (one rule on one line).
const TEXT = '第一行没有问题。\n请于3月5日前报送,逾期不候。\n甲,乙,丙,丁,戊,己。';

describe('pulled diagnostics: result ids and «unchanged» (lsp/reports.ts)', () => {
  let c: TestClient;
  before(async () => {
    c = await startServer();
  });
  after(async () => {
    await closeCleanly(c);
  });

  it('a full report carries a result id; the same result for the same id is «unchanged»; without the id it is full', async () => {
    const doc = open(c, TEXT);
    const first = full(await pull(c, doc.uri));
    assert.equal(first.items.length, 2);
    assert.ok(first.resultId);
    assert.deepEqual(await pull(c, doc.uri, first.resultId), { kind: 'unchanged', resultId: first.resultId });
    assert.equal(full(await pull(c, doc.uri)).items.length, 2);
  });

  it('an unknown previous id gets the full report', async () => {
    const doc = open(c, TEXT);
    assert.equal(full(await pull(c, doc.uri, 'no-such-id')).items.length, 2);
  });

  it('typing in a clean line after the findings keeps the report «unchanged»; typing before them shifts their lines: full', async () => {
    let doc = open(c, TEXT + '\n最后一行');
    const first = full(await pull(c, doc.uri));
    doc = await insert(c, doc, 2, 3, '加上');
    assert.equal((await pull(c, doc.uri, first.resultId)).kind, 'unchanged');
    doc = await insert(c, doc, 3, 0, '新的一行\n');
    const moved = full(await pull(c, doc.uri, first.resultId));
    assert.notEqual(moved.resultId, first.resultId);
    assert.deepEqual(
      moved.items.map((d) => d.range.start.line),
      [2, 3],
    );
  });

  it('the quick fixes of diagnostics kept from an unchanged report fix the right text although their offsets moved', async () => {
    let doc = open(c, TEXT);
    const first = full(await pull(c, doc.uri));
    const [single, group] = first.items;
    // Characters typed in the clean first line move every later offset, not the later lines and columns.
    doc = await insert(c, doc, 2, 0, '前言');
    assert.equal((await pull(c, doc.uri, first.resultId)).kind, 'unchanged');
    const own = (await actionsFor(c, doc.uri, single)).find((a) => a.kind === 'quickfix' && a.isPreferred);
    assert.ok(own);
    assert.equal(apply(doc, own), '前言第一行没有问题。\n请于3月5日前报送，逾期不候。\n甲,乙,丙,丁,戊,己。');
    const all = (await actionsFor(c, doc.uri, group)).find((a) => a.title.startsWith('修复本行全部 5 处'));
    assert.ok(all);
    assert.equal(apply(doc, all), '前言第一行没有问题。\n请于3月5日前报送,逾期不候。\n甲，乙，丙，丁，戊，己。');
    // Typing in line 1 without a new pull: the kept diagnostics are stale (their columns moved): no fix from them.
    doc = await insert(c, doc, 3, 1, '新');
    assert.ok(!(await actionsFor(c, doc.uri, group)).some((a) => a.title.startsWith('修复本行全部')));
    const titles = (await actionsFor(c, doc.uri, single)).map((a) => a.title);
    assert.ok(!titles.includes(own.title), titles.join(' / '));
  });
});
