import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, DocumentDiagnosticReport, TextEdit } from 'vscode-languageserver-protocol';
import { startServer, type TestClient, closeCleanly } from '../helpers/lspClient';

let n = 0;
const text = (m: string | { value: string }) => (typeof m === 'string' ? m : m.value);
function open(c: TestClient, text: string, languageId = 'plaintext', uri = `untitled:test-${++n}.txt`): TextDocument {
  void c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  return TextDocument.create(uri, languageId, 1, text);
}

async function pullDiagnostics(c: TestClient, uri: string): Promise<Diagnostic[]> {
  const r = (await c.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as DocumentDiagnosticReport;
  assert.equal(r.kind, 'full');
  return (r as { items: Diagnostic[] }).items;
}

function applyAction(doc: TextDocument, action: CodeAction): string {
  const changes = action.edit?.documentChanges as { textDocument: { uri: string; version: number }; edits: TextEdit[] }[];
  assert.ok(changes?.length === 1, 'one versioned document change');
  assert.equal(changes[0].textDocument.version, doc.version, 'edit is versioned with the current document version');
  return TextDocument.applyEdits(doc, changes[0].edits);
}

describe('language server over stdio (pull diagnostics)', () => {
  let c: TestClient;
  before(async () => {
    c = await startServer();
  });
  after(async () => {
    await closeCleanly(c);
  });

  it('reports diagnostics with source, code, doc link and a Chinese message', async () => {
    const doc = open(c, '各单位要高度重视,认真落实。');
    const items = await pullDiagnostics(c, doc.uri);
    assert.equal(items.length, 1);
    const d = items[0];
    assert.equal(d.source, 'gongwen');
    assert.equal(d.code, 'no-half-width-punctuation');
    assert.deepEqual(d.range, { start: { line: 0, character: 8 }, end: { line: 0, character: 9 } });
    assert.match(text(d.message), /全角/);
    assert.match(String(d.codeDescription?.href), /^file:.*docs\/rules\/no-half-width-punctuation\.md$/);
  });

  it('hovers a diagnostic with the rule short name, id, description and a link to the rule page', async () => {
    const doc = open(c, '加强领导,落实责任。');
    await pullDiagnostics(c, doc.uri);
    const hover = (await c.conn.sendRequest('textDocument/hover', {
      textDocument: { uri: doc.uri },
      position: { line: 0, character: 4 },
    })) as {
      contents: { kind: string; value: string };
    } | null;
    assert.ok(hover);
    assert.equal(hover.contents.kind, 'markdown');
    assert.match(
      hover.contents.value,
      /^\*\*半角标点\*\*（`no-half-width-punctuation`）：.*\[规则说明\]\(file:.*no-half-width-punctuation\.md\)$/,
    );
    const none = await c.conn.sendRequest('textDocument/hover', { textDocument: { uri: doc.uri }, position: { line: 0, character: 1 } });
    assert.equal(none, null, 'no hover away from a problem');
  });

  it('offers a preferred quick fix, fix-all-of-rule, fix-all and (plain text) ignore; the fix applies', async () => {
    const doc = open(c, '加强领导,落实责任,压实工作。');
    const items = await pullDiagnostics(c, doc.uri);
    assert.equal(items.length, 2);
    const actions = (await c.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri: doc.uri },
      range: items[0].range,
      context: { diagnostics: [items[0]] },
    })) as CodeAction[];
    const titles = actions.map((a) => a.title);
    const preferred = actions.find((a) => a.isPreferred);
    assert.ok(preferred, `a preferred fix among ${titles.join(' / ')}`);
    assert.equal(applyAction(doc, preferred), '加强领导，落实责任,压实工作。');
    // Titles name the rule by its short name; the id stays the diagnostic code.
    const rule = actions.find((a) => a.title === '修复本文档中所有“半角标点”问题');
    assert.ok(rule, titles.join(' / '));
    assert.equal(applyAction(doc, rule), '加强领导，落实责任，压实工作。');
    const all = actions.find((a) => a.title === '修复所有可自动修复的问题');
    assert.ok(all);
    // Plain text: no comment is written into the document; «忽略此问题» runs the client's ignore command instead.
    assert.ok(!titles.some((t) => t.startsWith('在此行禁用')), titles.join(' / '));
    const ignore = actions.find((a) => a.title === '忽略此问题（半角标点）');
    assert.ok(ignore, titles.join(' / '));
    assert.deepEqual(ignore.edit, { documentChanges: [] }, 'the ignore action edits nothing in the document');
    assert.equal(ignore.command?.command, 'gongwen.ignoreProblem');
    assert.deepEqual(ignore.command?.arguments?.[0], {
      uri: doc.uri,
      entry: { rule: 'no-half-width-punctuation', text: ',', context: '加强领导,落实责任,压实工' },
      ruleName: '半角标点',
    });
    assert.ok(
      titles.indexOf(ignore.title) < titles.indexOf('修复本文档中所有“半角标点”问题'),
      `ignore comes first after the fixes: ${titles.join(' / ')}`,
    );
  });

  it('Markdown keeps the inline disable-line directive and offers no ignore', async () => {
    const doc = open(c, '加强领导,落实责任。', 'markdown', `untitled:test-${++n}.md`);
    const items = await pullDiagnostics(c, doc.uri);
    const actions = (await c.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri: doc.uri },
      range: items[0].range,
      context: { diagnostics: [items[0]] },
    })) as CodeAction[];
    const titles = actions.map((a) => a.title);
    assert.ok(!titles.some((t) => t.startsWith('忽略此问题')), titles.join(' / '));
    const disable = actions.find((a) => a.title === '在此行禁用规则“半角标点”');
    assert.ok(disable, titles.join(' / '));
    assert.equal(applyAction(doc, disable), '加强领导,落实责任。 <!-- gongwen-disable-line no-half-width-punctuation -->');
  });

  it('source.fixAll equals document formatting for a .gongwen document', async () => {
    const doc = open(c, '加强 领导,落实　工作.\n第二行ＡＢ', 'gongwen');
    const fixAll = (await c.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri: doc.uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    assert.equal(fixAll.length, 1);
    assert.equal(fixAll[0].kind, 'source.fixAll.gongwen');
    const formatted = (await c.conn.sendRequest('textDocument/formatting', {
      textDocument: { uri: doc.uri },
      options: { tabSize: 4, insertSpaces: true },
    })) as TextEdit[];
    const expected = '加强领导，落实工作。\n第二行AB';
    assert.equal(applyAction(doc, fixAll[0]), expected);
    assert.equal(TextDocument.applyEdits(doc, formatted), expected);
    assert.equal(formatted.length, 1, 'formatting sends one minimal edit');
  });

  it('format on save changes only what is certain: info findings and residue spans stay as written (issue 11)', async () => {
    const notice = '关于开展安全检查的通知\n各科室：\n请对照“警务室”、“护学岗”标准自查,按期报送。\n分享到：微信 微博 QQ空间';
    const doc = open(c, notice, 'gongwen');
    const formatted = (await c.conn.sendRequest('textDocument/formatting', {
      textDocument: { uri: doc.uri },
      options: { tabSize: 4, insertSpaces: true },
    })) as TextEdit[];
    // The half-width comma (error, safe) is fixed; “…”、“…” (info) and the share bar (web clutter owns it) are not.
    assert.equal(TextDocument.applyEdits(doc, formatted), notice.replace('自查,按期', '自查，按期'));
    const diags = await pullDiagnostics(c, doc.uri);
    const dun = diags.find((d) => d.code === 'no-dun-between-quoted');
    assert.ok(dun, 'the info finding is still shown');
    assert.ok(!diags.some((d) => d.code === 'no-space-between-han'), 'the share bar is web clutter only');
    const actions = (await c.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri: doc.uri },
      range: dun.range,
      context: { diagnostics: [dun] },
    })) as CodeAction[];
    assert.ok(
      actions.some((a) => a.kind === 'quickfix' && a.diagnostics?.[0]?.code === 'no-dun-between-quoted' && a.edit),
      'its quick fix is still offered',
    );
  });

  it('does not format plain text unless gongwen.format.enable is set', async () => {
    const doc = open(c, '加强 领导');
    const formatted = await c.conn.sendRequest('textDocument/formatting', {
      textDocument: { uri: doc.uri },
      options: { tabSize: 4, insertSpaces: true },
    });
    assert.equal(formatted, null);
  });

  it('follows incremental changes and refuses a stale fix', async () => {
    const doc = open(c, '落实,工作');
    const [d] = await pullDiagnostics(c, doc.uri);
    // Insert two characters before the comma: the old diagnostic's range no longer names a problem.
    await c.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri: doc.uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '认真' }],
    });
    const actions = (await c.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri: doc.uri },
      range: d.range,
      context: { diagnostics: [d] },
    })) as CodeAction[];
    assert.ok(!actions.some((a) => a.isPreferred), 'no fix for a stale diagnostic');
    const fresh = await pullDiagnostics(c, doc.uri);
    assert.deepEqual(
      fresh.map((x) => x.range.start.character),
      [4],
    );
  });

  it('reacts to a settings change without a restart', async () => {
    const doc = open(c, '落实,工作');
    assert.equal((await pullDiagnostics(c, doc.uri)).length, 1);
    c.settings = { rules: { 'no-half-width-punctuation': 'off' } };
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.equal((await pullDiagnostics(c, doc.uri)).length, 0);
    c.settings = {};
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.equal((await pullDiagnostics(c, doc.uri)).length, 1);
  });

  it('stats count the fixable problems for the status bar tooltip', async () => {
    const doc = open(c, '加强领导,落实责任,压实工作。');
    const stats = (await c.conn.sendRequest('gongwen/stats', { uri: doc.uri })) as {
      errors: number;
      fixable?: number;
      safeFixable?: number;
    };
    assert.equal(stats.errors, 2);
    assert.equal(stats.fixable, 2);
    assert.equal(stats.safeFixable, 2);
  });

  it('answers malformed or unknown-document requests without crashing', async () => {
    assert.deepEqual(
      await c.conn.sendRequest('textDocument/codeAction', {
        textDocument: { uri: 'untitled:nope' },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [] },
      }),
      [],
    );
    assert.deepEqual(await pullDiagnostics(c, 'untitled:nope'), []);
    assert.equal(await c.conn.sendRequest('textDocument/formatting', { textDocument: {}, options: {} }), null);
    assert.equal(await c.conn.sendRequest('gongwen/stats', {}), null);
    // Still alive:
    const doc = open(c, '落实,工作');
    assert.equal((await pullDiagnostics(c, doc.uri)).length, 1);
  });

  it('gives a clear diagnostic instead of checking a binary file', async () => {
    const doc = open(c, '落实,工作\u0000\u0001');
    const items = await pullDiagnostics(c, doc.uri);
    assert.equal(items.length, 1);
    assert.match(text(items[0].message), /二进制/);
  });

  it('serves status-bar stats: 字数 and problem counts', async () => {
    const doc = open(c, '加强 领导,落实𠮷');
    const stats = (await c.conn.sendRequest('gongwen/stats', { uri: doc.uri })) as { hanCount: number; errors: number; warnings: number };
    assert.equal(stats.hanCount, 7);
    assert.equal(stats.errors, 1);
    assert.equal(stats.warnings, 1);
  });
});

describe('language server over stdio (push diagnostics, English)', () => {
  let c: TestClient;
  before(async () => {
    c = await startServer({ pull: false, locale: 'en' });
  });
  after(async () => {
    assert.equal(await c.close(), 0);
  });

  it('publishes debounced, versioned diagnostics in English and updates them on change', async () => {
    const doc = open(c, '落实,工作');
    const first = await c.waitFor(() => c.published.find((p) => p.uri === doc.uri), 5000, 'first publish');
    assert.equal(first.version, 1);
    assert.equal(first.diagnostics.length, 1);
    assert.match(text(first.diagnostics[0].message), /full-width/);
    await c.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri: doc.uri, version: 2 },
      contentChanges: [{ text: '落实，工作' }],
    });
    const second = await c.waitFor(() => c.published.find((p) => p.uri === doc.uri && p.version === 2), 5000, 'second publish');
    assert.equal(second.diagnostics.length, 0);
    await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri: doc.uri } });
    await c.waitFor(() => c.published.filter((p) => p.uri === doc.uri).length >= 3, 5000, 'clearing publish on close');
  });

  it('names the rule by its English short name in quick fix titles (locale en)', async () => {
    const doc = open(c, '加强领导,落实责任,压实工作。');
    const pub = await c.waitFor(() => c.published.find((p) => p.uri === doc.uri && p.diagnostics.length === 2), 5000, 'publish');
    const actions = (await c.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri: doc.uri },
      range: pub.diagnostics[0].range,
      context: { diagnostics: [pub.diagnostics[0]] },
    })) as CodeAction[];
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Fix all "Half-width punctuation" problems in this document'), titles.join(' / '));
    assert.ok(titles.includes('Ignore this problem (Half-width punctuation)'), titles.join(' / '));
  });
});

describe('file watching for editors other than VS Code', () => {
  it('asks a client that supports it to watch .gongwenrc.json', async () => {
    const c = await startServer({ watchFiles: true });
    const reg = await c.waitFor(
      () => c.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'),
      3000,
      'watcher registration',
    );
    assert.deepEqual(reg.registerOptions, { watchers: [{ globPattern: '**/.gongwenrc.json' }] });
    assert.equal(await c.close(), 0);
  });
});

describe('.gongwenrc.json', () => {
  let c: TestClient;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gongwen-lsp-'));
    c = await startServer();
  });
  after(async () => {
    await closeCleanly(c);
  });

  it('applies the nearest config file, and reloads it when it changes', async () => {
    const rc = join(dir, '.gongwenrc.json');
    writeFileSync(rc, '{\n  // 关闭空格检查\n  "rules": { "no-space-between-han": "off" },\n}\n');
    const uri = pathToFileURL(join(dir, 'a.txt')).href;
    open(c, '加强 领导,落实', 'plaintext', uri);
    assert.deepEqual(
      (await pullDiagnostics(c, uri)).map((d) => d.code),
      ['no-half-width-punctuation'],
    );
    writeFileSync(rc, '{ "rules": { "no-half-width-punctuation": "off" } }');
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(rc).href, type: 2 }] });
    assert.deepEqual(
      (await pullDiagnostics(c, uri)).map((d) => d.code),
      ['no-space-between-han'],
    );
  });

  it('an invalid config file gets a diagnostic on itself and a one-time warning; checking uses defaults', async () => {
    const sub = mkdtempSync(join(dir, 'bad-'));
    const rc = join(sub, '.gongwenrc.json');
    writeFileSync(rc, '{ "rules": { "no-space-between-han": "off", } ');
    const uri = pathToFileURL(join(sub, 'b.txt')).href;
    open(c, '加强 领导,落实', 'plaintext', uri);
    assert.deepEqual((await pullDiagnostics(c, uri)).map((d) => d.code).sort(), ['no-half-width-punctuation', 'no-space-between-han']);
    const onConfig = await c.waitFor(() => c.published.find((p) => p.uri === pathToFileURL(rc).href), 3000, 'config diagnostics');
    assert.ok(onConfig.diagnostics.length >= 1);
    assert.match(text(onConfig.diagnostics[0].message), /JSON/);
    await c.waitFor(() => c.messages.find((m) => m.message.includes(rc)), 3000, 'warning message');
    // Checking again does not warn again.
    await pullDiagnostics(c, uri);
    assert.equal(c.messages.filter((m) => m.message.includes(rc)).length, 1);
  });

  it('unknown rule ids in the config file are named with a suggestion', async () => {
    const sub = mkdtempSync(join(dir, 'unknown-'));
    const rc = join(sub, '.gongwenrc.json');
    writeFileSync(rc, '{ "rules": { "no-space-betwen-han": "off" } }');
    const uri = pathToFileURL(join(sub, 'c.txt')).href;
    open(c, '加强 领导', 'plaintext', uri);
    assert.equal((await pullDiagnostics(c, uri)).length, 1);
    const onConfig = await c.waitFor(() => c.published.find((p) => p.uri === pathToFileURL(rc).href), 3000, 'config diagnostics');
    assert.match(text(onConfig.diagnostics[0].message), /未知规则“no-space-betwen-han”.*no-space-between-han/);
    assert.equal(onConfig.diagnostics[0].range.start.line, 0);
    assert.equal(onConfig.diagnostics[0].range.start.character, 13);
  });
});
