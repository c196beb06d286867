// Growth with document size (issue 14 bar: 2 000 000 characters ≤ 45× the time of 50 000), in one process:
// our check of the first 50 000 characters of the corpus, of the first 2 000 000 as one document, and of the same
// 2 000 000 in consecutive pieces of ≈ 50 000 (cut at line ends, each checked as a document of its own: linear by
// construction). whole ÷ 50 000 is the bar's figure; whole ÷ pieces is the growth alone (the content being the same),
// 45/40 = 1.125× at most for the bar's allowance. Per rule, the time inside each rule, whole against pieces (an analysis
// rules share is charged to the first rule that asks for it), and the findings that only the whole document has.
// Usage: node bench/scale.mjs [--dir <folder>] [--size 2000000] [--piece 50000] [--bundle <cli.js>]
//   (`npm run bench:scale` builds first). MB = 10^6 UTF-8 bytes; times are CPU (user + system), medians.
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, ruleTimers, timed } from './measure.mjs';
import { fallbackSource, loadCorpus, pieces, sized } from './texts.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const value = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const corpusDir = resolve(value('--dir', join(root, '..', 'shared', 'corpus')));
const SIZE = Number(value('--size', 2_000_000));
const PIECE = Number(value('--piece', 50_000));
if (!(Number.isInteger(SIZE) && Number.isInteger(PIECE) && PIECE >= 1000 && SIZE >= PIECE)) {
  console.error('bench/scale: --size and --piece are whole numbers of characters, --piece ≥ 1000 and --size ≥ --piece.');
  process.exit(2);
}
const core = createRequire(import.meta.url)(resolve(value('--bundle', join(root, 'server', 'dist', 'cli.js'))));

const docs = loadCorpus(core, corpusDir);
console.log(
  docs
    ? `corpus ${relative(process.cwd(), corpusDir)}: ${docs.length} documents; texts cut from it at line ends`
    : `corpus NOT FOUND at ${corpusDir}: the texts repeat test/golden documents`,
);
const source = docs ? docs.map((d) => d.text).join('\n') : fallbackSource(root);
const head = sized(source, PIECE);
const whole = sized(source, SIZE);
const parts = pieces(whole, PIECE);

/** Median CPU ms of `n` runs of `fn`. */
const cpuMs = (fn, n) => median(timed(fn, n).cpu);
const checkPieces = () => parts.forEach((p) => core.check(p));

// Warm-up: the JIT and the process-wide tables (≥ 300 checks of the head and 3 s), then the big text twice.
const w0 = performance.now();
for (let i = 0; i < 300 || performance.now() - w0 < 3000; i++) core.check(head);
core.check(whole);
checkPieces();
// Rounds: the head, the whole and the pieces take turns (a process's speed drifts); medians over the rounds.
const ROUNDS = 5;
const t = { head: [], whole: [], pieces: [] };
for (let r = 0; r < ROUNDS; r++) {
  t.head.push(cpuMs(() => core.check(head), 11));
  t.whole.push(cpuMs(() => core.check(whole), 1));
  t.pieces.push(cpuMs(checkPieces, 1));
}
const headMs = median(t.head);
const wholeMs = median(t.whole);
const piecesMs = median(t.pieces);

// Per rule: one more pass of each, with a timer around every rule's check.
const timers = ruleTimers(core);
const perRule = (fn) => {
  timers.reset();
  fn();
  return new Map([...timers.spent].map(([id, ns]) => [id, Number(ns) / 1e6]));
};
const ruleWhole = perRule(() => core.check(whole));
const rulePieces = perRule(checkPieces);
timers.restore();

const count = (problems) => problems.reduce((m, p) => m.set(p.ruleId, (m.get(p.ruleId) ?? 0) + 1), new Map());
const fWhole = count(core.check(whole));
const fPieces = count(parts.flatMap((p) => core.check(p)));
const sum = (m) => [...m.values()].reduce((a, b) => a + b, 0);

const x = (a, b) => `${(a / b).toFixed(2)}×`;
console.log(
  `sizes: ${head.length} and ${whole.length} characters (${parts.length} pieces of ≤ ${PIECE}); load average ${loadavg()[0].toFixed(2)}`,
);
console.log(`check ${PIECE} (the first): ${headMs.toFixed(2)} ms`);
console.log(`check ${SIZE} as one document: ${wholeMs.toFixed(1)} ms = ${x(wholeMs, headMs)} the first ${PIECE}`);
console.log(
  `check ${SIZE} in its ${parts.length} pieces: ${piecesMs.toFixed(1)} ms = ${x(piecesMs, headMs)} the first ${PIECE} (a piece: ${(piecesMs / parts.length).toFixed(2)} ms on average)`,
);
console.log(`one document ÷ its pieces: ${x(wholeMs, piecesMs)} (growth beyond linear, the content being the same)`);
console.log(`findings: ${sum(fWhole)} as one document, ${sum(fPieces)} in pieces; the rules that differ most:`);
const rows = [...ruleWhole]
  .map(([id, ms]) => ({ id, ms, pieces: rulePieces.get(id), f: fWhole.get(id) ?? 0, fp: fPieces.get(id) ?? 0 }))
  .sort((a, b) => b.ms - b.pieces - (a.ms - a.pieces))
  .slice(0, 8);
for (const r of rows)
  console.log(
    `  ${r.id.padEnd(30)} ${r.ms.toFixed(1).padStart(7)} ms whole, ${r.pieces.toFixed(1).padStart(7)} ms in pieces; findings ${r.f} / ${r.fp}`,
  );
if (SIZE === 2_000_000 && PIECE === 50_000)
  console.log(`bar: 2 000 000 ≤ 45× 50 000 (issue 14) — ${wholeMs / headMs <= 45 ? 'met' : 'not met'} (${x(wholeMs, headMs)})`);
else console.log(`(issue 14's bar is for --size 2000000 --piece 50000: ≤ 45×)`);
