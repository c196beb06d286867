// Side-by-side benchmark: gongwen-lint's check() and fixAll() against AutoCorrect's native Node binding
// (autocorrect-node: lintFor, format) and zhlint (run), at 5 000, 50 000 and 500 000 characters and over
// the whole corpus (../shared/corpus). Our side is the code that ships: the core is taken from the CLI
// bundle server/dist/cli.js (built by `npm run bench` = `node esbuild.mjs && node bench/bench.mjs`).
//
// Every tool runs in its own child process (one after the other, never concurrently), so its peak RSS is
// its own and one tool's garbage does not slow another. Times are medians of warm repetitions (after
// warm-up runs), as CPU time (user + system of the process) and as wall time. The tools take turns in rounds
// (default 5, each round in another order): a shared machine's speed drifts over a minute, so a ratio is taken
// per round (ours and the peer measured minutes apart at most) and the table shows the median ratio and its range.
// Then issue 14's bars: each as the median ratio (what a bar is judged on) and as the ratio of each tool's fastest round.
//
// Usage: node bench/bench.mjs [--dir <folder>] [--quick] [--rounds N] [--per-rule] [--json [file]] [--no-peers] [--bundle <cli.js>]
//   --dir       corpus folder (default ../shared/corpus)
//   --bundle    our CLI bundle to measure (default server/dist/cli.js): a copy of an older build for before/after
//   --quick     fewer repetitions and one round (a smoke run)
//   --rounds    rounds of all tools (default 5: a process may run at half speed for its whole life, see docs/performance.md)
//   --per-rule  also time each of our rules over the corpus: inside full checks (in context) and alone (text model subtracted)
//   --json      write the results as JSON (default file: bench/results/bench-<timestamp>.json)
//   --no-peers  measure gongwen-lint only
// MB = 10^6 UTF-8 bytes. "chars" = UTF-16 code units (JavaScript string length).
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, ruleTimers, timed } from './measure.mjs';
import { fallbackSource, loadCorpus, pieces, sized } from './texts.mjs';

const here = fileURLToPath(import.meta.url);
const root = resolve(dirname(here), '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const value = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined && !args[i + 1].startsWith('--') ? args[i + 1] : dflt;
};
const corpusDir = resolve(value('--dir', join(root, '..', 'shared', 'corpus')));
const quick = flag('--quick');
const ROUNDS = quick ? 1 : Math.max(1, Number(value('--rounds', 5)) || 5);
const SIZES = [5_000, 50_000, 500_000];
/** AutoCorrect's parser aborts on large inputs (above roughly 300 000 characters): it gets pieces of at most this. */
const AC_PIECE = 100_000;
/** The `cold` row: this many first checks of a fresh process. */
const COLD_RUNS = 100;
const bundle = resolve(value('--bundle', join(root, 'server', 'dist', 'cli.js')));
const require = createRequire(import.meta.url);

// ---------------------------------------------------------------------------------------------
// The child: one tool, all rows.
/**
 * Warm-up, then the timed repetitions. A JIT needs hundreds of runs before a function's code is final: our check of
 * 5 000 characters costs ≈ 2 ms per run over runs 50–175 of a fresh process and ≈ 0.33 ms after 300 (V8's TurboFan
 * optimisations are spread over the first ≈ 175 checks), so a fixed, short warm-up measured V8's tiering instead of
 * the code. The warm-up is WARM_MIN_RUNS runs or WARM_MIN_MS, whichever ends first; then blocks of `reps` runs until
 * a block's median CPU time is no more than STEADY below the best block before it (steady state), or WARM_MAX_MS.
 * A native peer is steady after its first block. The first runs of a fresh process are reported apart (`cold`).
 */
const WARM_MIN_RUNS = 300;
const WARM_MIN_MS = 3000;
const WARM_MAX_MS = 10_000;
const STEADY = 0.02;

function measure(fn, reps, quick) {
  const w0 = performance.now();
  let warmRuns = 0;
  for (; warmRuns < (quick ? 1 : WARM_MIN_RUNS) && (quick || performance.now() - w0 < WARM_MIN_MS); warmRuns++) fn();
  for (let best = Infinity; !quick && performance.now() - w0 < WARM_MAX_MS; warmRuns += reps) {
    const m = median(timed(fn, reps).cpu);
    if (m > best * (1 - STEADY)) break;
    best = m;
  }
  const { cpu, wall } = timed(fn, reps);
  return { cpuMs: median(cpu), wallMs: median(wall), reps, warmRuns };
}

/** The first `n` runs of a fresh process, before any warm-up: their mean CPU and wall time (what an editor's first seconds cost). */
function cold(fn, n) {
  const { cpu, wall } = timed(fn, n);
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return { cpuMs: mean(cpu), wallMs: mean(wall), reps: n, warmRuns: 0 };
}

function tools(core) {
  const ours = {
    check: (t, lang = 'plaintext') => core.check(t, { language: lang }),
    fix: (t, lang = 'plaintext') => core.fixAll(t, { language: lang }),
  };
  let ac;
  let zh;
  const peer = (name) => {
    try {
      return require(name);
    } catch {
      return undefined;
    }
  };
  return {
    ours: () => ours,
    autocorrect: () => {
      ac ??= peer('autocorrect-node');
      if (!ac) return undefined;
      const chunked = (f) => (t) => {
        for (const p of pieces(t, AC_PIECE)) f(p);
      };
      return { check: chunked((p) => ac.lintFor(p, 'doc.txt')), fix: chunked((p) => ac.format(p)) };
    },
    zhlint: () => {
      zh ??= peer('zhlint');
      return zh ? { check: (t) => zh.run(t) } : undefined;
    },
  };
}

function child(tool, opts) {
  const core = require(bundle);
  const impl = tools(core)[tool]();
  if (!impl) return { tool, missing: true };
  const docs = loadCorpus(core, corpusDir);
  const source = docs ? docs.map((d) => d.text).join('\n') : fallbackSource(root);
  const rows = {};
  const reps = (size) => (opts.quick ? 3 : size <= 5_000 ? 31 : size <= 50_000 ? 11 : tool === 'zhlint' ? 3 : 5);
  // Before anything else of this process: the first checks of the 5 000-character text, cold.
  const first = sized(source, SIZES[0]);
  rows[`cold ${SIZES[0]}`] = { ...cold(() => impl.check(first), opts.quick ? 3 : COLD_RUNS), bytes: Buffer.byteLength(first) };
  for (const size of SIZES) {
    const text = sized(source, size);
    const bytes = Buffer.byteLength(text);
    rows[`check ${size}`] = { ...measure(() => impl.check(text), reps(size), opts.quick), bytes };
    if (impl.fix) rows[`fix ${size}`] = { ...measure(() => impl.fix(text), reps(size), opts.quick), bytes };
  }
  if (tool === 'ours' && core.ParagraphCache) {
    // The editor's case: the document was checked before (its paragraph cache is warm) and one character was typed
    // in a line in the middle; every repetition types one more (the line seen last is always new).
    for (const size of SIZES) {
      const text = sized(source, size);
      const paragraphCache = new core.ParagraphCache();
      core.check(text, { paragraphCache });
      const at = Math.max(0, text.indexOf('\n', text.length >> 1));
      let k = 0;
      const typed = () => text.slice(0, at) + '的'.repeat((k++ % 20) + 1) + text.slice(at);
      rows[`edit ${size}`] = {
        ...measure(() => core.check(typed(), { paragraphCache }), reps(size), opts.quick),
        bytes: Buffer.byteLength(text),
      };
    }
  }
  if (docs && tool !== 'zhlint') {
    const bytes = docs.reduce((s, d) => s + d.bytes, 0);
    const lang = (d) => (tool === 'ours' ? d.language : undefined);
    const passes = opts.quick ? 1 : 3;
    rows['check corpus'] = { ...measure(() => docs.forEach((d) => impl.check(d.text, lang(d))), passes, opts.quick), bytes };
    rows['fix corpus'] = { ...measure(() => docs.forEach((d) => impl.fix(d.text, lang(d))), passes, opts.quick), bytes };
  }
  let perRule;
  if (opts.perRule && docs && tool === 'ours') perRule = perRuleTimes(core, docs, opts.quick ? 1 : 3);
  return { tool, rows, perRule, maxRssMB: process.resourceUsage().maxRSS / 1024, docs: docs?.length ?? 0 };
}

/**
 * Where a corpus check spends its time, per rule, measured two ways in this child (after the table's rows):
 *   - in context: every rule's `check` wrapped in a timer during full checks of the corpus (the time inside the rule;
 *     an analysis rules share through ctx.memo is charged to the first rule that asks for it), the rest being the
 *     engine (text model, directives, rendering, owned spans, ignore list, sort);
 *   - alone: a check with only that rule, minus a check with none (its analyses counted in full).
 */
function perRuleTimes(core, docs, passes) {
  const corpusPass = (only) => docs.forEach((d) => core.check(d.text, { language: d.language, onlyRules: only }));
  // A timer around every rule (measure.mjs ruleTimers); the wall shares are turned into CPU ms by the passes' CPU time,
  // so time the process spent waiting is spread evenly.
  const timers = ruleTimers(core);
  corpusPass(undefined);
  timers.reset();
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < passes; i++) corpusPass(undefined);
  const wall = Number(process.hrtime.bigint() - t0);
  const c = process.cpuUsage(c0);
  const totalMs = (c.user + c.system) / 1000 / passes;
  timers.restore();
  const inContext = new Map([...timers.spent].map(([id, ns]) => [id, (Number(ns) / wall) * totalMs]));
  const rulesMs = [...inContext.values()].reduce((x, y) => x + y, 0);
  const alonePass = (only) => timed(() => corpusPass(only), 1).cpu[0];
  alonePass([]);
  const base = Math.min(alonePass([]), alonePass([]));
  const rules = core.allRules
    .map((r) => ({ rule: r.meta.id, ms: inContext.get(r.meta.id), aloneMs: Math.max(0, alonePass([r.meta.id]) - base) }))
    .sort((x, y) => y.ms - x.ms);
  return { totalMs, engineMs: totalMs - rulesMs, textModelMs: base, rules };
}

if (process.env.GONGWEN_BENCH_CHILD) {
  const { tool, opts } = JSON.parse(process.env.GONGWEN_BENCH_CHILD);
  process.send(child(tool, opts));
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------
// The parent: run the children one at a time, print one table.
if (!existsSync(bundle)) {
  console.error(`bench: ${relative(process.cwd(), bundle)} is missing; run \`node esbuild.mjs\` (or \`npm run bench\`).`);
  process.exit(2);
}
const core = require(bundle);
for (const name of ['check', 'fixAll', 'allRules', 'walkDir', 'readTextFile', 'languageForPath']) {
  if (core[name] === undefined) {
    console.error(`bench: the CLI bundle does not export ${name}; rebuild it (node esbuild.mjs).`);
    process.exit(2);
  }
}
const docs = loadCorpus(core, corpusDir);
const load0 = loadavg();
if (args.includes('--bundle')) console.log(`our bundle: ${relative(process.cwd(), bundle)}`);
console.log(
  `gongwen-lint bench — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, load average ${load0.map((x) => x.toFixed(2)).join(' ')}`,
);
if (docs) {
  const bytes = docs.reduce((s, d) => s + d.bytes, 0);
  console.log(
    `corpus ${relative(process.cwd(), corpusDir) || '.'}: ${docs.length} documents, ${(bytes / 1e6).toFixed(2)} MB; the size rows are cut from it`,
  );
} else {
  console.log(
    `corpus NOT FOUND at ${corpusDir} (../shared is absent in a fresh clone): the size rows repeat test/golden documents; no corpus rows.`,
  );
}

function runChild(tool, perRule) {
  return new Promise((resolvePromise, reject) => {
    const env = { ...process.env, GONGWEN_BENCH_CHILD: JSON.stringify({ tool, opts: { quick, perRule } }) };
    const c = fork(here, [...args], { env, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    let result;
    c.on('message', (m) => (result = m));
    c.on('error', reject);
    c.on('exit', (code) => (result ? resolvePromise(result) : reject(new Error(`bench child ${tool} exited with ${code}`))));
  });
}

const TOOLS = flag('--no-peers') ? ['ours'] : ['ours', 'autocorrect', 'zhlint'];
/** runs[r][tool]: round r's result of each tool (the per-rule times in round 1 only). */
const runs = [];
for (let r = 0; r < ROUNDS; r++) {
  const order = TOOLS.map((_, i) => TOOLS[(i + r) % TOOLS.length]);
  const round = {};
  for (const tool of order) {
    process.stderr.write(`bench: round ${r + 1}/${ROUNDS}, measuring ${tool}…\n`);
    round[tool] = await runChild(tool, r === 0 && flag('--per-rule'));
  }
  runs.push(round);
}
const load1 = loadavg();

/** Per tool: each row's median over the rounds (CPU and wall separately), the highest peak RSS, round 1's per-rule times. */
const results = {};
for (const tool of TOOLS) {
  const all = runs.map((round) => round[tool]);
  if (all.some((r) => r.missing)) {
    results[tool] = { tool, missing: true };
    continue;
  }
  const rows = {};
  for (const k of Object.keys(all[0].rows)) {
    const rs = all.map((r) => r.rows[k]).filter(Boolean);
    rows[k] = { ...rs[0], cpuMs: median(rs.map((r) => r.cpuMs)), wallMs: median(rs.map((r) => r.wallMs)) };
  }
  results[tool] = { ...all[0], rows, maxRssMB: Math.max(...all.map((r) => r.maxRssMB)) };
}

const f = (n, d = 1) => (n === undefined ? '–' : n.toFixed(d));
const ms = (r) =>
  r ? `${f(r.cpuMs, r.cpuMs < 10 ? 2 : r.cpuMs < 100 ? 1 : 0)} / ${f(r.wallMs, r.wallMs < 10 ? 2 : r.wallMs < 100 ? 1 : 0)}` : '–';
const mbs = (r) => (r ? f(r.bytes / 1e6 / (r.cpuMs / 1000), 2) : '–');
/** Our CPU time ÷ the peer's on row `k`, per round: the median, and its range when there are several rounds. */
const ratio = (k, peer) => {
  const xs = runs.map((round) => [round.ours?.rows?.[k], round[peer]?.rows?.[k]]).filter(([a, b]) => a && b);
  if (!xs.length) return '–';
  const rs = xs.map(([a, b]) => a.cpuMs / b.cpuMs).sort((a, b) => a - b);
  const mid = `${f(median(rs), 2)}×`;
  return rs.length > 1 ? `${mid} (${f(rs[0], 2)}–${f(rs[rs.length - 1], 2)})` : mid;
};
const rowsOf = (tool) => (results[tool]?.missing ? undefined : results[tool]?.rows);
const ours = rowsOf('ours');
const ac = rowsOf('autocorrect');
const zh = rowsOf('zhlint');
const labels = [
  ['cold 5000', 'check, 5 000 chars, the first 100 checks of a process (mean)'],
  ['check 5000', 'check, 5 000 chars'],
  ['check 50000', 'check, 50 000 chars'],
  ['check 500000', 'check, 500 000 chars'],
  ['check corpus', 'check, corpus per file'],
  ['edit 5000', 'check after typing 1 char, 5 000 (cache)'],
  ['edit 50000', 'check after typing 1 char, 50 000 (cache)'],
  ['edit 500000', 'check after typing 1 char, 500 000 (cache)'],
  ['fix 5000', 'fixAll / format, 5 000'],
  ['fix 50000', 'fixAll / format, 50 000'],
  ['fix 500000', 'fixAll / format, 500 000'],
  ['fix corpus', 'fixAll / format, corpus'],
];
const table = [
  ['work', 'ours CPU / wall ms', 'AutoCorrect', 'zhlint', 'ours ÷ AC', 'ours ÷ zhlint', 'MB/s ours', 'MB/s AC', 'MB/s zhlint'],
  ...labels
    .filter(([k]) => ours?.[k])
    .map(([k, label]) => [
      label,
      ms(ours[k]),
      ms(ac?.[k]),
      ms(zh?.[k]),
      ratio(k, 'autocorrect'),
      ratio(k, 'zhlint'),
      mbs(ours[k]),
      mbs(ac?.[k]),
      mbs(zh?.[k]),
    ]),
];
const widths = table[0].map((_, c) => Math.max(...table.map((r) => [...r[c]].length)));
const line = (r) => `| ${r.map((x, c) => x + ' '.repeat(widths[c] - [...x].length)).join(' | ')} |`;
console.log('');
console.log(line(table[0]));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of table.slice(1)) console.log(line(r));
console.log('');
console.log(
  `peak RSS (MB): ${Object.entries(results)
    .map(([t, r]) => `${t} ${r.missing ? 'not installed' : f(r.maxRssMB, 0)}`)
    .join(', ')}`,
);
const warmOf = (k) =>
  Object.entries(results)
    .filter(([, r]) => !r.missing && r.rows[k])
    .map(([t]) => `${t} ${runs.map((round) => round[t]?.rows?.[k]?.warmRuns ?? '–').join('/')}`)
    .join(', ');
console.log(
  `times: median of warm repetitions (5 000: 31, 50 000: 11, 500 000: 5, zhlint 3; corpus: 3 passes${quick ? '; --quick: 3 / 1, one warm-up run, first 3 checks' : ''}), CPU = user + system of the tool's own process; then the median over ${ROUNDS} round${ROUNDS > 1 ? 's' : ''} (the tools take turns, each round in another order).`,
);
if (!quick)
  console.log(
    `warm-up: ${WARM_MIN_RUNS} runs or ${WARM_MIN_MS / 1000} s, then blocks of repetitions until a block's median is within ${STEADY * 100} % of the best before it (steady state; at most ${WARM_MAX_MS / 1000} s). Runs before timing, per round — check 5 000: ${warmOf('check 5000')}; check 50 000: ${warmOf('check 50000')}. The "first 100 checks" row is the start of a fresh process, before any warm-up (a JIT's tiering; a native peer has none).`,
  );
console.log(
  `ratios: our CPU time ÷ the peer's CPU time on the same text (< 1 = faster), per round; the median${ROUNDS > 1 ? ' (and the range over the rounds)' : ''}. MB/s from CPU time.`,
);
console.log(
  `check and fixAll rows: no cache is passed, every check builds everything (only process-wide tables stay warm). "after typing 1 char": check(text, { paragraphCache }) of a document checked before with one character more in one line (the language server's case); the peers have no such mode.`,
);
console.log(
  `AutoCorrect gets texts over ${AC_PIECE.toLocaleString('en')} characters in pieces of ≤ ${AC_PIECE.toLocaleString('en')} cut at line ends (its parser aborts on ~300 000+); zhlint is not run over the corpus (too slow: ≈ 1 MB/s).`,
);
for (const [t, r] of Object.entries(results)) if (r.missing) console.log(`${t}: not installed (npm install); its columns show –.`);
printBars();
console.log(`load average after: ${load1.map((x) => x.toFixed(2)).join(' ')} (the machine is shared; compare ratios from one run)`);
if (results.ours.perRule) {
  const { totalMs, engineMs, textModelMs, rules } = results.ours.perRule;
  console.log(
    `\nper rule over the corpus (CPU ms per pass): a full check takes ${f(totalMs, 0)}, of which the rules ${f(totalMs - engineMs, 0)} and the engine ${f(engineMs, 0)} (text model and directives alone: ${f(textModelMs, 0)}).`,
  );
  console.log('  "in context": time inside the rule during full checks (a shared analysis is charged to the first rule that asks);');
  console.log('  "alone": CPU of a check with only that rule minus a check with none (its analyses in full).');
  const width = Math.max(...rules.map((r) => r.rule.length));
  console.log(`  ${'rule'.padEnd(width)}  in context  alone`);
  for (const r of rules) console.log(`  ${r.rule.padEnd(width)}  ${f(r.ms, 1).padStart(10)}  ${f(r.aloneMs, 0).padStart(5)}`);
}
if (flag('--json')) {
  const out = resolve(value('--json', join(root, 'bench', 'results', `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`)));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(
    out,
    `${JSON.stringify({ version: 4, date: new Date().toISOString(), node: process.version, load: [load0, load1], results, runs }, null, 2)}\n`,
  );
  console.log(`results written to ${relative(process.cwd(), out)}`);
}

/**
 * Issue 14's bars against AutoCorrect, each from this run: the median of the per-round ratios (the table's) and the
 * ratio of each tool's fastest round. On this kind of machine a fresh process runs at one of two speeds for its whole
 * life (the same code, ours ≈ 0.5 or ≈ 1.0 ms for the 5 000-character check; AutoCorrect 1.1 to 1.7 ms; see
 * docs/performance.md), so with few rounds the median can pair one tool's slow process with the other's fast one; the
 * fastest rounds compare both tools undisturbed. A bar is called met only when the median meets it.
 */
function printBars() {
  const bars = [
    ['check 5000', 'check 5 000', 0.6],
    ['check 50000', 'check 50 000', 0.5],
    ['check 500000', 'check 500 000', 0.6],
    ['check corpus', "check corpus (MB/s ≥ 2× AutoCorrect's)", 0.5],
    ['fix 50000', 'fixAll 50 000', 2],
  ];
  const out = [];
  for (const [k, label, bar] of bars) {
    const pairs = runs.map((round) => [round.ours?.rows?.[k]?.cpuMs, round.autocorrect?.rows?.[k]?.cpuMs]).filter(([a, b]) => a && b);
    if (!pairs.length) continue;
    const med = median(pairs.map(([a, b]) => a / b));
    const best = Math.min(...pairs.map(([a]) => a)) / Math.min(...pairs.map(([, b]) => b));
    out.push(
      `  ${label}: ${f(med, 3)}× (fastest rounds ${f(best, 3)}×), bar ≤ ${bar}×${quick ? '' : ` — ${med <= bar ? 'met' : 'not met'}`}`,
    );
  }
  if (!out.length) return;
  const rounds = runs.length === 1 ? 'one round' : `${runs.length} rounds`;
  console.log(
    `bars (our CPU time ÷ AutoCorrect's: the median of ${rounds}, and each tool's fastest round)${quick ? ' — --quick warms up for one run only: not comparable, no verdict' : ''}:`,
  );
  for (const l of out) console.log(l);
}
