// The language server under an editor's load (issue 14 bars), push mode (a client without pull diagnostics):
// - push latency: for each document, a burst of typing (one character every 30 ms), then the time from the last
//   keystroke to the published diagnostics of that version (bar ≤ 150 ms);
// - memory: 20 open documents of 50 000 characters, 100 edits each, then the server's RSS (bar ≤ 150 MB) and its peak.
// Usage: node bench/lsp-load.mjs [--docs 20] [--chars 50000] [--edits 100] [--gap 30]
// Text: ../shared/corpus cut at line ends (or test/golden/fixtures, said so, when ../shared is absent).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { procStatus, wire } from './lsp-wire.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const server = process.env.GONGWEN_SERVER ?? join(root, 'server', 'dist', 'server.js');
const args = process.argv.slice(2);
const num = (name, dflt) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
const DOCS = num('--docs', 20);
const CHARS = num('--chars', 50_000);
const EDITS = num('--edits', 100);
const GAP = num('--gap', 30);

if (!existsSync(server)) {
  console.error('bench/lsp-load: server/dist/server.js is missing; run `node esbuild.mjs`.');
  process.exit(2);
}

function sourceText() {
  const corpus = join(root, '..', 'shared', 'corpus');
  const dir = existsSync(corpus) ? corpus : join(root, 'test', 'golden', 'fixtures');
  if (dir !== corpus) console.log('corpus NOT FOUND (../shared/corpus): documents built from test/golden/fixtures');
  const files = [];
  const walk = (d) => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(txt|gongwen)$/.test(n) && !/\.(problems|fixed)\./.test(n)) files.push(p);
    }
  };
  walk(dir);
  return files.map((f) => readFileSync(f, 'utf8')).join('\n');
}

/** DOCS different documents of CHARS characters, cut at line ends. */
function documents() {
  const all = sourceText();
  const docs = [];
  let at = 0;
  for (let i = 0; i < DOCS; i++) {
    let text = '';
    while (text.length < CHARS) {
      if (at >= all.length) at = 0;
      const end = all.indexOf('\n', at + CHARS - text.length);
      const cut = end < 0 ? all.length : end + 1;
      text += all.slice(at, cut);
      at = cut;
    }
    docs.push(text.slice(0, text.lastIndexOf('\n', CHARS) + 1 || CHARS));
  }
  return docs;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
const pending = new Map();
/** uri → { version, resolve } waiting for the diagnostics of that version. */
const waiting = new Map();
let nextId = 0;
const request = (method, params) =>
  new Promise((done) => {
    const id = ++nextId;
    pending.set(id, done);
    send({ id, method, params });
  });
const onMessage = (m) => {
  if (m.id !== undefined && pending.has(m.id)) {
    pending.get(m.id)(m.result);
    pending.delete(m.id);
    return;
  }
  if (m.method === 'workspace/configuration') return send({ id: m.id, result: m.params.items.map(() => null) });
  if (m.method && m.id !== undefined) return send({ id: m.id, result: null });
  if (m.method === 'textDocument/publishDiagnostics') {
    const w = waiting.get(m.params.uri);
    if (w && m.params.version === w.version) {
      waiting.delete(m.params.uri);
      w.resolve(performance.now());
    }
  }
};
const send = wire(child, onMessage);
const published = (uri, version) =>
  new Promise((resolve, reject) => {
    waiting.set(uri, { version, resolve });
    setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version} within 60 s`)), 60_000).unref();
  });

const docs = documents();
console.log(
  `lsp-load (push): ${DOCS} documents × ${CHARS} characters, ${EDITS} edits each (one every ${GAP} ms); load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
await request('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
send({ method: 'initialized', params: {} });
const afterStart = procStatus(child.pid);

const latencies = [];
for (let d = 0; d < DOCS; d++) {
  const uri = `file:///tmp/lsp-load-${d}.txt`;
  const open = published(uri, 1);
  send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'plaintext', version: 1, text: docs[d] } } });
  await open;
  // Typing: insert one character at a line start near the middle, EDITS times.
  const line = docs[d].slice(0, CHARS / 2).split('\n').length - 1;
  let last = 0;
  for (let v = 2; v <= EDITS + 1; v++) {
    const ch = v % 10 === 0 ? '\n' : '字';
    send({
      method: 'textDocument/didChange',
      params: {
        textDocument: { uri, version: v },
        contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: ch }],
      },
    });
    last = performance.now();
    if (v === EDITS + 1) break;
    await sleep(GAP);
  }
  const at = await published(uri, EDITS + 1);
  latencies.push(at - last);
}
await sleep(1000);
const end = procStatus(child.pid);
await request('shutdown', null);
send({ method: 'exit' });

const sorted = [...latencies].sort((a, b) => a - b);
const pct = (p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
console.log(
  `last keystroke → published diagnostics: p50 ${pct(50).toFixed(0)} ms, p95 ${pct(95).toFixed(0)} ms, max ${sorted.at(-1).toFixed(0)} ms (bar ≤ 150 ms)`,
);
if (end && afterStart)
  console.log(
    `server RSS: ${afterStart.rss.toFixed(0)} MB after start, ${end.rss.toFixed(0)} MB with ${DOCS} documents after ${EDITS} edits each (bar ≤ 150 MB), peak ${end.peak.toFixed(0)} MB; server CPU ${end.cpu} ms`,
  );
else console.log('server RSS: not measured (no /proc)');
console.log(
  `load average after: ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
