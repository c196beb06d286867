import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CancellationTokenSource } from 'vscode-languageserver-protocol/node';
import { MAX_CHECK_CHARS } from '../../server/src/core/limits';
import { startServer, type TestClient, closeCleanly } from '../helpers/lspClient';

/** About `chars` characters of prose with a half-width comma on every line. */
function bigText(chars: number): string {
  const para = '各单位要高度重视,认真落实会议精神，切实加强组织领导。\n';
  return para.repeat(Math.ceil(chars / para.length)).slice(0, chars);
}

let n = 0;
function open(c: TestClient, text: string, languageId = 'gongwen'): string {
  const uri = `untitled:load-${++n}.gw`;
  void c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  return uri;
}

async function outcome(p: Promise<unknown>): Promise<{ code?: number; data?: unknown; value?: unknown; ms: number }> {
  const t0 = Date.now();
  try {
    return { value: await p, ms: Date.now() - t0 };
  } catch (e) {
    const err = e as { code?: number; data?: unknown };
    return { code: err.code, data: err.data, ms: Date.now() - t0 };
  }
}

const zero = { line: 0, character: 0 };

describe('language server under load', () => {
  let c: TestClient;
  before(async () => {
    c = await startServer();
  });
  after(async () => {
    await closeCleanly(c);
  });

  it('a cancelled fix-all answers RequestCancelled (-32800) soon after $/cancelRequest', async () => {
    const uri = open(c, bigText(800_000));
    const source = new CancellationTokenSource();
    const pending = outcome(
      c.conn.sendRequest(
        'textDocument/codeAction',
        { textDocument: { uri }, range: { start: zero, end: zero }, context: { diagnostics: [], only: ['source.fixAll'] } },
        source.token,
      ),
    );
    await new Promise((r) => setTimeout(r, 300));
    const t0 = Date.now();
    source.cancel();
    const r = await pending;
    const latency = Date.now() - t0;
    assert.equal(r.code, -32800, `cancel error, got ${JSON.stringify(r.value ?? r.code)?.slice(0, 80)}`);
    assert.ok(latency < 3000, `answered ${latency} ms after the cancellation`);
  });

  it('a newer edit supersedes an in-flight diagnostic computation (ServerCancelled, retrigger)', async () => {
    const uri = open(c, bigText(200_000));
    const pull = () => outcome(c.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } }));
    const edit = (version: number) =>
      c.conn.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: zero, end: zero }, text: '一' }],
      });
    // Version 2 arrives while the request for version 1 waits for its settings; version 3 while version 2 is being checked.
    for (const version of [2, 3]) {
      const pending = pull();
      await edit(version);
      const r = await pending;
      assert.equal(r.code, -32802, `superseded by version ${version}, got ${JSON.stringify(r.value ?? r.code)?.slice(0, 80)}`);
      assert.deepEqual(r.data, { retriggerRequest: true });
    }
    const again = await pull();
    assert.ok((again.value as { items: unknown[] }).items.length > 0, 'the newest version is checked');
  });

  it('code actions answer only for the requested range, in a bounded reply', async () => {
    const uri = open(c, bigText(300_000));
    const report = (await c.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as {
      items: { range: { start: typeof zero } }[];
    };
    assert.ok(report.items.length <= 5_001, `at most 5 000 diagnostics and a note (${report.items.length})`);
    const line = { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } };
    const actions = (await c.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: line,
      context: { diagnostics: report.items },
    })) as { diagnostics?: { range: { start: typeof zero } }[] }[];
    assert.ok(actions.length > 0 && actions.length <= 50, `${actions.length} actions`);
    for (const a of actions)
      for (const d of a.diagnostics ?? []) assert.equal(d.range.start.line, 1, 'only diagnostics of the requested range');
    assert.ok(JSON.stringify(actions).length < 100_000, 'reply stays small');
  });

  it(`a document over ${MAX_CHECK_CHARS} characters gets one clear message and bounded replies for every request`, async () => {
    const uri = open(c, bigText(MAX_CHECK_CHARS + 100_000));
    const requests: [string, unknown][] = [
      ['textDocument/diagnostic', { textDocument: { uri } }],
      ['textDocument/codeAction', { textDocument: { uri }, range: { start: zero, end: zero }, context: { diagnostics: [] } }],
      [
        'textDocument/codeAction',
        { textDocument: { uri }, range: { start: zero, end: zero }, context: { diagnostics: [], only: ['source.fixAll'] } },
      ],
      ['textDocument/documentSymbol', { textDocument: { uri } }],
      ['textDocument/foldingRange', { textDocument: { uri } }],
      ['textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } }],
      ['textDocument/completion', { textDocument: { uri }, position: zero }],
      ['gongwen/convertScript', { uri, to: 'traditional' }],
      ['gongwen/renumber', { uri, scope: 'document' }],
      ['gongwen/outline', { uri }],
      ['gongwen/stats', { uri }],
    ];
    for (const [method, params] of requests) {
      const r = await outcome(c.conn.sendRequest(method, params));
      assert.equal(r.code, undefined, `${method} answers`);
      const size = JSON.stringify(r.value ?? null).length;
      assert.ok(size < 2_000, `${method}: a bounded reply (${size} bytes)`);
      assert.ok(r.ms < 5_000, `${method}: ${r.ms} ms`);
      const s = JSON.stringify(r.value ?? null);
      if (method === 'textDocument/diagnostic' || method.startsWith('gongwen/convert') || method.startsWith('gongwen/renumber'))
        assert.match(s, /文件过大/, method);
    }
  });
});
