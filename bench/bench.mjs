// Throughput benchmark of the checker over ../shared/corpus, measuring the code that ships:
// the core and the file reading are taken from the CLI bundle server/dist/cli.js (built by
// `npm run bench` = `node esbuild.mjs && node bench/bench.mjs`).
//
// Usage: node bench/bench.mjs [--dir <folder>] [--runs N] [--per-rule] [--json [file]] [--strict]
//   --dir       corpus folder (default ../shared/corpus); .txt/.md/.gongwen files, walked like the CLI does
//   --runs      measured passes after the warm-up pass (default 3); per-document times are the median
//   --per-rule  also time each rule alone over the corpus (model building subtracted)
//   --json      write the results as JSON (default file: bench/results/bench-<timestamp>.json)
//   --strict    exit 1 when below the bar
// MB = 10^6 UTF-8 bytes of the files as read. The bar: ≥ 5 MB/s for check().
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const BAR_MB_S = 5;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const value = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined && !args[i + 1].startsWith('--') ? args[i + 1] : dflt;
};
const corpus = resolve(value('--dir', join(root, '..', 'shared', 'corpus')));
const runs = Math.max(1, Number(value('--runs', '3')) || 3);
const jsonOut = flag('--json') ? resolve(value('--json', join(root, 'bench', 'results', `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`))) : undefined;

if (!existsSync(corpus)) {
  console.log(`bench: corpus not found at ${corpus} (../shared is absent?); nothing to measure.`);
  process.exit(0);
}
const bundle = join(root, 'server', 'dist', 'cli.js');
if (!existsSync(bundle)) {
  console.error(`bench: ${relative(process.cwd(), bundle)} is missing; run \`node esbuild.mjs\` (or \`npm run bench\`).`);
  process.exit(2);
}
const core = createRequire(import.meta.url)(bundle);
for (const name of ['check', 'fixAll', 'allRules', 'walkDir', 'readTextFile', 'languageForPath']) {
  if (core[name] === undefined) {
    console.error(`bench: the CLI bundle does not export ${name}; rebuild it (node esbuild.mjs).`);
    process.exit(2);
  }
}

// ---------------------------------------------------------------------------------------------
// Load the corpus exactly as the CLI would read it.
const docs = [];
let skipped = 0;
for (const file of core.walkDir(corpus)) {
  const r = core.readTextFile(file);
  if (r.kind !== 'text') {
    skipped++;
    continue;
  }
  docs.push({ path: relative(corpus, file), text: r.text, bytes: r.bytes, language: core.languageForPath(file) });
}
if (docs.length === 0) {
  console.log(`bench: no .txt/.md/.gongwen documents under ${corpus}; nothing to measure.`);
  process.exit(0);
}
const totalBytes = docs.reduce((s, d) => s + d.bytes, 0);
const totalChars = docs.reduce((s, d) => s + d.text.length, 0);
const MB = totalBytes / 1e6;

const ruleErrors = new Map();
const onRuleError = (id) => {
  ruleErrors.set(id, (ruleErrors.get(id) ?? 0) + 1);
};
const opts = (d, extra = {}) => ({ language: d.language, onRuleError, ...extra });
const now = () => performance.now();
const fmt = (n, digits = 1) => n.toFixed(digits);
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

console.log(`gongwen-lint bench — ${docs.length} documents, ${fmt(MB, 2)} MB (${fmt(totalChars / 1e6, 2)} M UTF-16 units) from ${relative(process.cwd(), corpus) || '.'}${skipped ? `, ${skipped} skipped` : ''}`);
console.log(`bundle ${relative(process.cwd(), bundle)} (${new Date(statSync(bundle).mtimeMs).toISOString()}), ${core.allRules.length} rules, node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}`);

// ---------------------------------------------------------------------------------------------
// Cold: the very first check in this process (lazy dictionaries, JIT), then the whole warm-up pass.
let t = now();
core.check(docs[0].text, opts(docs[0]));
const coldFirstMs = now() - t;
const findings = { error: 0, warning: 0, info: 0, hint: 0 };
const byRule = new Map();
t = now();
for (const d of docs) {
  for (const p of core.check(d.text, opts(d))) {
    findings[p.severity]++;
    byRule.set(p.ruleId, (byRule.get(p.ruleId) ?? 0) + 1);
  }
}
const warmupMs = now() - t;

// ---------------------------------------------------------------------------------------------
// Measured passes.
const perDoc = docs.map(() => []);
const passMs = [];
const passCpuMs = [];
for (let r = 0; r < runs; r++) {
  const c0 = process.cpuUsage();
  const p0 = now();
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i];
    const s = now();
    core.check(d.text, opts(d));
    perDoc[i].push(now() - s);
  }
  passMs.push(now() - p0);
  const c = process.cpuUsage(c0);
  passCpuMs.push((c.user + c.system) / 1000);
}
const docMs = perDoc.map(median);
const sortedMs = [...docMs].sort((a, b) => a - b);
const checkMs = median(passMs);
const cpuMs = median(passCpuMs);
const wallMbPerS = MB / (checkMs / 1000);
const cpuMbPerS = MB / (cpuMs / 1000);
// On a loaded machine the wall clock also counts time spent waiting for a CPU: when the process got
// well under one CPU during the passes, judge by CPU time (user + system) instead, and say so.
const busy = cpuMs < 0.8 * checkMs;
const mbPerS = busy ? cpuMbPerS : wallMbPerS;
const slowest = docs
  .map((d, i) => ({ path: d.path, bytes: d.bytes, ms: docMs[i] }))
  .sort((a, b) => b.ms - a.ms)
  .slice(0, 5);

// ---------------------------------------------------------------------------------------------
// fixAll (safe fixes, multi-pass) over the corpus, once.
let fixes = 0;
let changedDocs = 0;
t = now();
for (const d of docs) {
  const r = core.fixAll(d.text, opts(d));
  fixes += r.fixed;
  if (r.output !== d.text) changedDocs++;
}
const fixMs = now() - t;

// ---------------------------------------------------------------------------------------------
// Optional: each rule alone, minus the text model (onlyRules: []).
let perRule;
if (flag('--per-rule')) {
  const pass = (only) => {
    const s = now();
    for (const d of docs) core.check(d.text, opts(d, { onlyRules: only }));
    return now() - s;
  };
  pass([]);
  const base = Math.min(pass([]), pass([]));
  perRule = core.allRules
    .map((r) => ({ rule: r.meta.id, ms: Math.max(0, pass([r.meta.id]) - base) }))
    .sort((a, b) => b.ms - a.ms);
  perRule.unshift({ rule: '(text model, directives)', ms: base });
}

// ---------------------------------------------------------------------------------------------
// Report.
console.log('');
console.log(`check        ${fmt(wallMbPerS, 2)} MB/s   ${fmt(checkMs, 0)} ms per pass (median of ${runs}; passes: ${passMs.map((x) => fmt(x, 0)).join(', ')} ms)`);
console.log(`  CPU time   ${fmt(cpuMbPerS, 2)} MB/s   ${fmt(cpuMs, 0)} ms per pass (user + system)${busy ? '  ← the machine is busy: wall time includes waiting for a CPU' : ''}`);
console.log(`per document p50 ${fmt(percentile(sortedMs, 50), 2)} ms   p99 ${fmt(percentile(sortedMs, 99), 2)} ms   max ${fmt(sortedMs[sortedMs.length - 1], 2)} ms`);
console.log(`cold         first check ${fmt(coldFirstMs, 1)} ms (${docs[0].path}); warm-up pass ${fmt(warmupMs, 0)} ms = ${fmt(MB / (warmupMs / 1000), 2)} MB/s`);
console.log(`fixAll       ${fmt(fixMs, 0)} ms = ${fmt(MB / (fixMs / 1000), 2)} MB/s; ${fixes} fixes in ${changedDocs} documents`);
console.log(`findings     ${findings.error} errors, ${findings.warning} warnings, ${findings.info} infos, ${findings.hint} hints`);
if (ruleErrors.size) console.log(`rule errors  ${[...ruleErrors].map(([id, n]) => `${id} ×${n}`).join(', ')}`);
console.log('slowest documents:');
for (const s of slowest) console.log(`  ${fmt(s.ms, 2).padStart(8)} ms  ${fmt(s.bytes / 1000, 0).padStart(5)} kB  ${fmt(s.bytes / 1e6 / (s.ms / 1000), 2).padStart(7)} MB/s  ${s.path}`);
if (perRule) {
  console.log('per rule (alone, text model subtracted):');
  for (const r of perRule) console.log(`  ${fmt(r.ms, 0).padStart(6)} ms  ${r.rule}`);
}
const pass = mbPerS >= BAR_MB_S;
console.log('');
const basis = busy ? 'CPU time; machine busy' : 'wall clock';
console.log(pass ? `verdict: PASS — ${fmt(mbPerS, 2)} MB/s ≥ ${BAR_MB_S} MB/s (${basis})` : `verdict: BELOW BAR — ${fmt(mbPerS, 2)} MB/s < ${BAR_MB_S} MB/s (${basis})`);

if (jsonOut) {
  const result = {
    version: 1,
    date: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model ?? null,
    corpus: { dir: corpus, documents: docs.length, skipped, bytes: totalBytes, utf16Units: totalChars },
    rules: core.allRules.length,
    bar: { mbPerS: BAR_MB_S, pass, basis: busy ? 'cpu' : 'wall' },
    check: { mbPerS, wallMbPerS, cpuMbPerS, passMs, passCpuMs, medianPassMs: checkMs, medianPassCpuMs: cpuMs, runs, p50Ms: percentile(sortedMs, 50), p99Ms: percentile(sortedMs, 99), maxMs: sortedMs[sortedMs.length - 1] },
    cold: { firstCheckMs: coldFirstMs, firstDocument: docs[0].path, warmupPassMs: warmupMs },
    fixAll: { ms: fixMs, mbPerS: MB / (fixMs / 1000), fixes, changedDocuments: changedDocs },
    findings: { ...findings, byRule: Object.fromEntries([...byRule].sort((a, b) => b[1] - a[1])) },
    ruleErrors: Object.fromEntries(ruleErrors),
    slowest,
    ...(perRule ? { perRule } : {}),
  };
  mkdirSync(dirname(jsonOut), { recursive: true });
  writeFileSync(jsonOut, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`results written to ${relative(process.cwd(), jsonOut)}`);
}
process.exitCode = !pass && flag('--strict') ? 1 : 0;
