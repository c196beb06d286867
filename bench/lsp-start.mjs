// Spawn → first complete diagnostics of the language server (issue 14 bar: ≤ 400 ms), script rules included.
// Starts server/dist/server.js --stdio, sends initialize / initialized / didOpen of a simplified document with one
// traditional word in it, and waits for the pushed diagnostics that include the script rule's finding. Repeats and
// prints each time and the median, with the load average.
// Usage: node bench/lsp-start.mjs [--runs N] [--pull] [--open-after MS] [--no-code-cache] [--server A.js --server B.js …]
//   --pull: the client pulls (default: the server pushes). --open-after MS: the document is opened MS ms after
//   `initialized` (an editor whose window started before the user opened a file: issue 13 item 8), and the open →
//   complete diagnostics time is printed too. --server (repeatable; default GONGWEN_SERVER or
//   server/dist/server.js): with several, the runs alternate between them in one sitting (old vs new build).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './measure.mjs';
import { procStatus, wire } from './lsp-wire.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const servers = args.flatMap((a, i) => (a === '--server' && args[i + 1] ? [resolve(args[i + 1])] : []));
if (!servers.length) servers.push(process.env.GONGWEN_SERVER ?? join(root, 'server', 'dist', 'server.js'));
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
const pull = args.includes('--pull');
const openAfter = args.includes('--open-after') ? Number(args[args.indexOf('--open-after') + 1]) : 0;
// As the VS Code extension does, each server gets a code cache directory (GONGWEN_CODE_CACHE, server/src/launch.ts),
// fresh for this bench: the first start of each server runs without a cache and writes it. --no-code-cache: none.
const codeCache = !args.includes('--no-code-cache');
const cacheRoot = codeCache ? mkdtempSync(join(tmpdir(), 'gongwen-lsp-start-')) : undefined;
process.on('exit', () => cacheRoot && rmSync(cacheRoot, { recursive: true, force: true }));
const TEXT = '关于做好防汛工作的通知\n各区县人民政府：\n为切实做好今年防汛工作，請各單位認真落实。\n';
// GONGWEN_SERVER_NODE_ARGS: Node flags for the server, e.g. "--cpu-prof --cpu-prof-dir=.cache/prof" (written at exit).
const nodeArgs = (process.env.GONGWEN_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
const SCRIPT_RULES = new Set(['no-mixed-script', 'consistent-variant-form']);

for (const server of servers)
  if (!existsSync(server)) {
    console.error(`bench/lsp-start: ${server} is missing; run \`node esbuild.mjs\`.`);
    process.exit(2);
  }

function once(server, k) {
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const env = cacheRoot ? { ...process.env, GONGWEN_CODE_CACHE: join(cacheRoot, String(k)) } : process.env;
    const child = spawn(process.execPath, [...nodeArgs, server, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'], env });
    let id = 0;
    const marks = {};
    const uri = 'file:///tmp/lsp-start.gongwen';
    const finish = (ms) => {
      marks.cpu = procStatus(child.pid)?.cpu;
      clearTimeout(timeout);
      // As an editor does: shutdown, then exit (the server may write its code cache or CPU profile then).
      send({ id: ++id, method: 'shutdown', params: null });
      setTimeout(() => send({ method: 'exit', params: null }), 20);
      const kill = setTimeout(() => child.kill(), 5_000);
      child.on('exit', () => (clearTimeout(kill), done({ ms, ...marks })));
    };
    const pullNow = () => send({ id: ++id, method: 'textDocument/diagnostic', params: { textDocument: { uri } } });
    const onMessage = (m) => {
      if (m.id === 1 && m.result) {
        marks.initialized = performance.now() - t0;
        send({ method: 'initialized', params: {} });
        const open = () => {
          marks.opened = performance.now() - t0;
          send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'gongwen', version: 1, text: TEXT } } });
          if (pull) pullNow();
        };
        if (openAfter > 0) setTimeout(open, openAfter);
        else open();
        return;
      }
      if (m.method === 'workspace/configuration') return send({ id: m.id, result: m.params.items.map(() => null) });
      if (m.method && m.id !== undefined) return send({ id: m.id, result: null });
      const items = m.method === 'textDocument/publishDiagnostics' ? m.params.diagnostics : m.result?.items;
      if (!items) return;
      marks.first ??= performance.now() - t0;
      if (items.some((d) => SCRIPT_RULES.has(d.code))) finish(performance.now() - t0);
      else if (pull) setTimeout(pullNow, 20);
    };
    const send = wire(child, (m) => onMessage(m));
    child.on('error', fail);
    const timeout = setTimeout(() => (child.kill(), fail(new Error('no complete diagnostics within 20 s'))), 20_000);
    const caps = pull
      ? { textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { configuration: true } }
      : { workspace: { configuration: true } };
    send({ id: ++id, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: caps } });
  });
}

const label = (server) => relative(process.cwd(), server) || server;
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
console.log(`lsp-start (${pull ? 'pull' : 'push'}): load average ${load()}`);
const all = servers.map(() => []);
const cpus = servers.map(() => []);
const opens = servers.map(() => []);
for (let i = 0; i < runs; i++) {
  for (let k = 0; k < servers.length; k++) {
    const r = await once(servers[k], k);
    all[k].push(r.ms);
    if (r.cpu !== undefined) cpus[k].push(r.cpu);
    const cpu = r.cpu === undefined ? '' : `; server CPU ${r.cpu.toFixed(0)} ms`;
    const who = servers.length > 1 ? `${label(servers[k])}: ` : '';
    const sinceOpen = openAfter > 0 ? `; open → complete ${(r.ms - r.opened).toFixed(0)} ms` : '';
    if (openAfter > 0) opens[k].push(r.ms - r.opened);
    console.log(
      `  ${who}initialize ${r.initialized.toFixed(0)} ms, first diagnostics ${r.first.toFixed(0)} ms, complete (script rules) ${r.ms.toFixed(0)} ms${cpu}${sinceOpen}`,
    );
  }
}
for (let k = 0; k < servers.length; k++) {
  if (servers.length > 1) console.log(`${label(servers[k])}:`);
  if (cpus[k].length)
    console.log(
      `server CPU (user + system) until then: median ${median(cpus[k]).toFixed(0)} ms (a lower bound of the wall time on an idle machine)`,
    );
  if (openAfter > 0)
    console.log(`open (${openAfter} ms after initialized) → complete diagnostics: median ${median(opens[k]).toFixed(1)} ms`);
  else console.log(`spawn → complete diagnostics: median ${median(all[k]).toFixed(0)} ms over ${runs} (bar ≤ 400 ms)`);
  const cached = cacheRoot && existsSync(join(cacheRoot, String(k))) ? readdirSync(join(cacheRoot, String(k))) : [];
  if (cacheRoot)
    console.log(
      `code cache: ${cached.length ? cached.map((f) => `${f} (${statSync(join(cacheRoot, String(k), f)).size} bytes)`).join(', ') : 'none written'}`,
    );
}
console.log(`load after ${load()}`);
