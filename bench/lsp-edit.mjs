// Edit → pull diagnostics of the language server on a 50 000-character document (issue 14 bar: p95 ≤ 30 ms, also
// with the editor's burst). Spawns server/dist/server.js --stdio (or GONGWEN_SERVER), opens the document, waits for
// its complete diagnostics, then types: every `--every` ms one character is inserted in a line in the middle
// (didChange, incremental) and, as VS Code does after a change, the burst is sent at once: textDocument/diagnostic,
// documentSymbol, foldingRange and gongwen/stats. Measured per edit: didChange → diagnostic reply, and → the last
// reply of the burst. Prints p50 / p95 / max with the load average, and the server's CPU time per edit (from
// /proc/<pid>/stat, Linux): on a loaded machine the latencies mostly measure the wait for a core, the CPU time does not.
// Usage: node bench/lsp-edit.mjs [--edits N] [--warmup N] [--every MS] [--size CHARS] [--no-burst] [--cold-open] [--clean-line] [--server A.js --server B.js …]
// --warmup N: N edits first, the same way, that are not counted (V8 optimises the edit path over the first few dozen
// keystrokes: without it, a 60-edit run's p95 measures mostly that; default 0, which includes it).
// --open-after MS: idle time between `initialized` and opening the document (the window started the server before the
// person opened a file; lsp/diagnostics.ts warmFirstCheck uses it). Default 0.
// --series: also print each counted edit's time (didChange → last reply), in order.
// --cold-open: at open, only pull diagnostics. By default the editor's burst is also sent once when the document's
// diagnostics are complete, as VS Code asks for them when it shows a document (outline and breadcrumbs: documentSymbol;
// folding; the status bar: gongwen/stats), so the first keystroke is not the first of those requests (measured in session
// 8: no difference for the first keystrokes either way). --no-burst skips it too.
// --pause MS: idle time between opening the document and the first keystroke (default 0: typing at once), as a user
// reads before typing; the server may use it (lsp/editWarmup.ts).
// --server (repeatable; default GONGWEN_SERVER or server/dist/server.js): with several, each runs in its own process
// on the same document and the edits alternate between them (old vs new build in one sitting, under the same load).
// The document is cut from ../shared/corpus at line ends (or repeats test/golden documents when it is absent).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { procStatus, wire } from './lsp-wire.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const servers = args.flatMap((a, i) => (a === '--server' && args[i + 1] ? [resolve(args[i + 1])] : []));
if (!servers.length) servers.push(process.env.GONGWEN_SERVER ?? join(root, 'server', 'dist', 'server.js'));
const num = (name, dflt) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
const edits = num('--edits', 60);
const warmup = num('--warmup', 0);
const pause = num('--pause', 0);
const series = args.includes('--series');
const openAfter = num('--open-after', 0);
const coldOpen = args.includes('--cold-open');
const every = num('--every', 120);
const size = num('--size', 50_000);
const burst = !args.includes('--no-burst');
// --clean-line: type in the first line from the middle on without findings near it (the server may answer «unchanged»).
const cleanLine = args.includes('--clean-line');

for (const server of servers)
  if (!existsSync(server)) {
    console.error(`bench/lsp-edit: ${server} is missing; run \`node esbuild.mjs\`.`);
    process.exit(2);
  }

function source() {
  const corpus = join(root, '..', 'shared', 'corpus');
  const files = [];
  const walk = (d) => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (n.endsWith('.txt')) files.push(p);
    }
  };
  if (existsSync(corpus)) walk(corpus);
  else {
    console.log('corpus NOT FOUND (../shared is absent): the document repeats test/golden documents');
    const dir = join(root, 'test', 'golden', 'fixtures');
    for (const n of ['clean-notice.txt', 'legal-rules.txt', 'report-defects.txt']) if (existsSync(join(dir, n))) files.push(join(dir, n));
  }
  let s = files.map((f) => readFileSync(f, 'utf8')).join('\n');
  while (s.length < size) s += '\n' + s;
  return s.slice(0, s.indexOf('\n', size) === -1 ? size : s.indexOf('\n', size));
}

const text = source();
const uri = 'file:///tmp/lsp-edit.gongwen';
const td = { textDocument: { uri } };
// GONGWEN_SERVER_NODE_ARGS: Node flags for the server, e.g. "--cpu-prof --cpu-prof-dir=.cache/prof" (written at exit).
const nodeArgs = (process.env.GONGWEN_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
setTimeout(() => (console.error('bench/lsp-edit: no result within 10 minutes'), process.exit(1)), 600_000).unref();

/** Starts one server, opens the document and waits until its diagnostics are complete. */
async function start(server) {
  const child = spawn(process.execPath, [...nodeArgs, server, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  let nextId = 0;
  const waiting = new Map();
  const send = wire(child, (m) => {
    if (m.method === 'workspace/configuration') send({ id: m.id, result: m.params.items.map(() => null) });
    else if (m.method && m.id !== undefined) send({ id: m.id, result: null });
    else if (m.id !== undefined && waiting.has(m.id)) {
      waiting.get(m.id)(m);
      waiting.delete(m.id);
    }
  });
  const request = (method, params) =>
    new Promise((done) => {
      const id = ++nextId;
      waiting.set(id, done);
      send({ id, method, params });
    });
  const caps = { textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { configuration: true } };
  // As the VS Code extension does: it links rule codes itself, so the server may leave the rule page URL out.
  const initializationOptions = { watchesConfigFiles: true, linksRules: true };
  await request('initialize', { processId: process.pid, rootUri: null, capabilities: caps, initializationOptions });
  send({ method: 'initialized', params: {} });
  if (openAfter) await new Promise((r) => setTimeout(r, openAfter));
  send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'gongwen', version: 1, text } } });
  // As VS Code does: the previous report's resultId goes with the next pull (the server may answer «unchanged»).
  let resultId;
  let unchanged = 0;
  const pull = async () => {
    const r = await request('textDocument/diagnostic', { ...td, ...(resultId ? { previousResultId: resultId } : {}) });
    resultId = r.result?.resultId;
    if (r.result?.kind === 'unchanged') unchanged++;
    return r;
  };
  // Until the script rules are warm, the server reports without them and asks for a refresh: pull until stable.
  for (let i = 0; i < 50; i++) {
    const r = await pull();
    if (r.result?.items?.some((d) => d.code === 'no-mixed-script' || d.code === 'consistent-variant-form') || i > 20) {
      if (cleanLine) for (const d of r.result.items) for (let l = d.range.start.line - 1; l <= d.range.end.line + 1; l++) flagged.add(l);
      break;
    }
    await new Promise((r2) => setTimeout(r2, 100));
  }
  if (burst && !coldOpen)
    await Promise.all([
      request('textDocument/documentSymbol', td),
      request('textDocument/foldingRange', td),
      request('gongwen/stats', { uri }),
    ]);
  /** CPU time (user + system, ms) of the server process so far, or NaN where /proc is absent. */
  const cpuMs = () => procStatus(child.pid)?.cpu ?? NaN;
  return { server, child, send, request, pull, unchanged: () => unchanged, cpuMs, toDiag: [], toAll: [], cpu0: cpuMs() };
}

// Typing at the end of a line in the middle of the document (with --clean-line, of a line without findings near it).
const lines = text.split('\n');
const flagged = new Set();
let line = lines.length >> 1;

/** One keystroke and the editor's burst on one server; records the latencies. */
async function edit(s, v) {
  const t0 = performance.now();
  s.send({
    method: 'textDocument/didChange',
    params: {
      textDocument: { uri, version: v },
      contentChanges: [
        {
          range: { start: { line, character: lines[line].length + v - 2 }, end: { line, character: lines[line].length + v - 2 } },
          text: '的',
        },
      ],
    },
  });
  const diag = s.pull().then(() => s.toDiag.push(performance.now() - t0));
  const others = burst
    ? [s.request('textDocument/documentSymbol', td), s.request('textDocument/foldingRange', td), s.request('gongwen/stats', { uri })]
    : [];
  await Promise.all([diag, ...others]);
  s.toAll.push(performance.now() - t0);
}

// All servers start and open the document at once: started one after the other, the first would sit idle while the
// others start, long enough for its idle warm-up (lsp/editWarmup.ts) to run, and «typing at once» would favour it.
const all = await Promise.all(servers.map(start));
if (cleanLine) while (line < lines.length - 1 && (flagged.has(line) || !lines[line].trim())) line++;
if (pause) await new Promise((r) => setTimeout(r, pause));
for (let v = 2; v < warmup + edits + 2; v++) {
  if (v === warmup + 2)
    for (const s of all) {
      s.cpu0 = s.cpuMs();
      s.toDiag.length = s.toAll.length = 0;
      s.unchanged0 = s.unchanged();
    }
  for (const s of all) {
    const t0 = performance.now();
    await edit(s, v);
    const left = every - (performance.now() - t0);
    if (left > 0) await new Promise((r) => setTimeout(r, left));
  }
}
for (const s of all) {
  s.cpuPerEdit = (s.cpuMs() - s.cpu0) / edits;
  await s.request('shutdown', null);
  s.send({ method: 'exit', params: null });
  await new Promise((done) => {
    s.child.on('exit', done);
    setTimeout(() => (s.child.kill(), done()), 5_000).unref();
  });
}

const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
const fmt = (xs) => `p50 ${pct(xs, 50).toFixed(1)} ms, p95 ${pct(xs, 95).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms`;
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
for (const s of all) {
  const name = relative(process.cwd(), s.server) || s.server;
  console.log(
    `lsp-edit: ${name}, ${text.length} chars, ${edits} edits every ${every} ms${warmup ? ` after ${warmup} uncounted` : ''}${openAfter ? `, opened ${openAfter} ms after initialized` : ''}${pause ? `, ${pause} ms after opening` : ''}${cleanLine ? `, typing in clean line ${line}` : ''}${burst ? `, with the burst (diagnostic + documentSymbol + foldingRange + gongwen/stats)${coldOpen ? ' after each edit only' : ', also at open'}` : ''}${all.length > 1 ? `, alternating with ${all.length - 1} other server(s)` : ''}`,
  );
  console.log(`  didChange → diagnostic reply: ${fmt(s.toDiag)} (${s.unchanged() - s.unchanged0} of ${edits} «unchanged»)`);
  if (burst) console.log(`  didChange → last reply of the burst: ${fmt(s.toAll)}`);
  if (series) console.log(`  each edit (ms): ${s.toAll.map((x) => x.toFixed(0)).join(' ')}`);
  console.log(`  server CPU per edit (all its requests): ${s.cpuPerEdit.toFixed(1)} ms`);
}
console.log(`  load average after: ${load()} (bar: p95 ≤ 30 ms)`);
