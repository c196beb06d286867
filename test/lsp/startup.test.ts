import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Diagnostic, DocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { ROOT } from '../helpers/paths';
import { startServer } from '../helpers/lspClient';

// Issue 14 (spawn → first diagnostics ≤ 400 ms): what the first diagnostics do not need — the Word export and import
// (docx, xmldom, fflate), the preview's pagination and the templates — lives in server/dist/server-heavy.js, which the
// server loads on first use (lsp/heavy.ts, esbuild.mjs). A static import of any of it would silently put it back on the
// start path; these tests read the development build (`node esbuild.mjs`: esbuild's `// path` markers are in it).
const MAIN = join(ROOT, 'server', 'dist', 'server-main.js');
const HEAVY = join(ROOT, 'server', 'dist', 'server-heavy.js');
const ON_DEMAND = [
  'node_modules/docx/',
  'node_modules/@xmldom/xmldom/',
  'node_modules/fflate/',
  'server/src/docx/export.ts',
  'server/src/core/layout/paginate.ts',
  'server/src/core/templates/data.ts',
];

describe('server start: on-demand code is a file of its own', () => {
  const server = readFileSync(MAIN, 'utf8');
  const heavy = readFileSync(HEAVY, 'utf8');

  it('server-main.js holds none of the on-demand modules, server-heavy.js holds all of them', () => {
    for (const m of ON_DEMAND) {
      assert.ok(!server.includes(`// ${m}`), `server-main.js should not contain ${m} (load it through import('./heavy.js'))`);
      assert.ok(heavy.includes(`// ${m}`), `server-heavy.js should contain ${m}`);
    }
    // The Word XML namespace is a string, so this holds in the minified production build too.
    assert.ok(!server.includes('wordprocessingml'));
    assert.ok(heavy.includes('wordprocessingml'));
  });

  it('server-main.js requires server-heavy.js only inside functions (on first use), never at load time', () => {
    const requires = server.split('\n').filter((l) => l.includes('server-heavy.js'));
    assert.ok(requires.length > 0, 'server-main.js should load server-heavy.js somewhere');
    for (const line of requires) assert.match(line, /await Promise\.resolve\(\)\.then\(\(\) => .*require\("\.\/server-heavy\.js"\)/);
  });
});

// server/dist/server.js is the launcher (server/src/launch.ts): with GONGWEN_CODE_CACHE it runs server-main.js through
// V8's code cache, written once after the first complete diagnostics (or at exit).
describe('server start: the code cache (GONGWEN_CODE_CACHE)', () => {
  const root = mkdtempSync(join(tmpdir(), 'gongwen-code-cache-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  const TEXT = '关于做好防汛工作的通知\n各区县人民政府：\n为切实做好今年防汛工作,請各單位認真落实。\n';

  /** Starts a server with `dir` as its cache, returns its diagnostics of TEXT and its stderr after a clean exit. */
  async function session(dir: string): Promise<{ items: Diagnostic[]; stderr: string; cache: string | undefined }> {
    const c = await startServer({ env: { GONGWEN_CODE_CACHE: dir } });
    const uri = 'untitled:code-cache.gongwen';
    await c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'gongwen', version: 1, text: TEXT } });
    const r = (await c.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as DocumentDiagnosticReport;
    assert.equal(await c.close(), 0);
    // The server's start-up timing line says what the launcher did with the cache (lsp/startServer.ts, issue 13 item 8).
    const timing = c.logs.find((l) => l.startsWith('启动计时：服务器进程启动'));
    assert.match(timing ?? '', /程序已加载 \d+ ms，→ 收到 initialize \d+ ms/, `a start-up timing line in ${JSON.stringify(c.logs)}`);
    const cache = timing?.match(/V8 代码缓存：([^）]+)）/)?.[1];
    return { items: (r as { items: Diagnostic[] }).items, stderr: c.stderr(), cache };
  }
  const files = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.bin'));

  it('is written after the first session, used by the next, and the diagnostics are the same', async () => {
    const dir = join(root, 'a');
    const first = await session(dir);
    assert.ok(first.items.some((d) => d.code === 'no-mixed-script') && first.items.some((d) => d.code === 'no-half-width-punctuation'));
    assert.equal(files(dir).length, 1, 'one cache file');
    const [file] = files(dir);
    assert.match(file, /^server-main-.*\.bin$/);
    const written = statSync(join(dir, file)).mtimeMs;
    const second = await session(dir);
    assert.deepEqual(second.items, first.items);
    assert.deepEqual([first.cache, second.cache], ['尚无', '已用']);
    assert.equal(statSync(join(dir, file)).mtimeMs, written, 'an accepted cache is not rewritten');
    assert.doesNotMatch(first.stderr + second.stderr, /uncaught|unhandled|code cache not written/i);
  });

  it('a corrupt cache is ignored and replaced; an older cache file is removed', async () => {
    const dir = join(root, 'b');
    const clean = await session(dir);
    const [file] = files(dir);
    writeFileSync(join(dir, file), 'not a code cache');
    writeFileSync(join(dir, 'server-main-0.0.1-old.bin'), 'an older version');
    const again = await session(dir);
    assert.deepEqual(again.items, clean.items);
    assert.equal(again.cache, '被拒，将重写');
    assert.deepEqual(files(dir), [file]);
    assert.ok(statSync(join(dir, file)).size > 1000, 'rewritten with real data');
  });

  it('a cache directory that cannot be created costs only a message on stderr', async () => {
    const blocker = join(root, 'file');
    writeFileSync(blocker, 'a file where the directory should be');
    const r = await session(join(blocker, 'cache'));
    assert.ok(r.items.some((d) => d.code === 'no-mixed-script'));
    assert.match(r.stderr, /code cache not written/);
  });
});

// Issue 13 item 8: the window starts the server some time before the person opens a document. A process's first check
// compiles every rule on the way (bench/lsp-start.mjs --pull --open-after 1500: open → complete diagnostics 53–95 ms
// before, 9–30 ms after), so an idle server checks a built-in sample once (lsp/diagnostics.ts warmFirstCheck).
describe('server start: the first check is warmed while no document is open', () => {
  const TEXT = '关于做好防汛工作的通知\n各区县人民政府：\n为切实做好今年防汛工作,請各單位認真落实。\n';

  it('warms once, publishes nothing for it, and the first document then gets its findings and a timing line', async () => {
    const c = await startServer({ pull: false });
    try {
      await c.waitFor(() => c.logs.find((l) => /^first-check warm-up \d+ ms$/.test(l)), 10_000, 'the warm-up log line');
      const uri = 'untitled:first.gongwen';
      await c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'gongwen', version: 1, text: TEXT } });
      const pushed = await c.waitFor(() => c.published.find((p) => p.uri === uri), 10_000, 'diagnostics of the first document');
      const codes = pushed.diagnostics.map((d) => d.code);
      assert.ok(codes.includes('no-half-width-punctuation') && codes.includes('no-mixed-script'), codes.join());
      assert.deepEqual(
        c.published.map((p) => p.uri),
        [uri],
        'the warm-up document is never published',
      );
      const timing = await c.waitFor(() => c.logs.find((l) => l.includes('首个文档打开')), 5000, 'the first-document timing line');
      const [, opened, done] = timing.match(/首个文档打开 (\d+) ms，→ 首次完整诊断 (\d+) ms/) ?? [];
      assert.ok(Number(opened) > 0 && Number(done) >= Number(opened), timing);
      assert.equal(c.logs.filter((l) => l.startsWith('first-check warm-up')).length, 1, 'once per process');
    } finally {
      await c.close();
    }
  });
});
