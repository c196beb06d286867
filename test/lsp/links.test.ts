// What every diagnostic carries, on every keystroke (issue 14): the rule page's URL unless the client links rule codes
// itself (initializationOptions.linksRules, sent by the VS Code extension), and `data` short enough not to weigh on
// the reply, which the quick fixes still read back.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { actionsFor, applyAction, startServer, type TestClient, closeCleanly } from '../helpers/lspClient';

let n = 0;
function open(c: TestClient, text: string, uri = `untitled:links-${++n}.txt`): TextDocument {
  void c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
  return TextDocument.create(uri, 'plaintext', 1, text);
}
async function pull(c: TestClient, uri: string): Promise<Diagnostic[]> {
  const r = (await c.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { kind: string; items: Diagnostic[] };
  assert.equal(r.kind, 'full');
  return r.items;
}

// Line 0: one finding (a half-width comma); line 1: five of one rule, shown as one grouped diagnostic.
const TEXT = '请于3月5日前报送,逾期不候。\n甲,乙,丙,丁,戊,己。';

describe('diagnostics without the rule page URL (initializationOptions.linksRules)', () => {
  let linking: TestClient;
  let plain: TestClient;
  before(async () => {
    [linking, plain] = await Promise.all([startServer({ initializationOptions: { linksRules: true } }), startServer()]);
  });
  after(async () => {
    for (const c of [linking, plain]) {
      await closeCleanly(c);
    }
  });

  it('a client that links rule codes itself gets no codeDescription, single or grouped; other clients keep it', async () => {
    const { uri } = open(linking, TEXT);
    const items = await pull(linking, uri);
    assert.equal(items.length, 2);
    for (const d of items) {
      assert.equal(d.codeDescription, undefined);
      assert.equal(d.code, 'no-half-width-punctuation');
      assert.equal(d.source, 'gongwen');
    }
    const others = await pull(plain, open(plain, TEXT, uri).uri);
    assert.deepEqual(
      others.map((d) => ({ ...d, codeDescription: undefined })),
      items.map((d) => ({ ...d, codeDescription: undefined })),
      'the same diagnostics otherwise',
    );
    for (const d of others) assert.match(String(d.codeDescription?.href), /^file:.*docs\/rules\/no-half-width-punctuation\.md$/);
  });

  it('a finding’s data is its offsets and version (no repeated rule id), and its quick fix reads them back', async () => {
    const doc = open(linking, TEXT);
    const [single] = await pull(linking, doc.uri);
    assert.deepEqual(single.data, [9, 10, 1]);
    const fix = (await actionsFor(linking, doc.uri, single)).find((a) => a.kind === 'quickfix' && a.edit);
    assert.ok(fix, 'a quick fix for the finding');
    assert.equal(applyAction(doc, fix).split('\n')[0], '请于3月5日前报送，逾期不候。');
    const group = (await pull(linking, doc.uri))[1];
    const fixGroup = (await actionsFor(linking, doc.uri, group)).find((a) => a.kind === 'quickfix' && a.edit);
    assert.ok(fixGroup, 'a quick fix for the grouped diagnostic');
    assert.equal(applyAction(doc, fixGroup).split('\n')[1], '甲，乙，丙，丁，戊，己。');
  });
});
