// Measures the rules on professionally edited text (../shared/corpus, or --dir): per rule, findings per
// 10 000 characters on each corpus, and with --fix the characters that the fixes that fix-all/format apply (core isSafe: safe fixes of warnings and errors)
// would change per 100 000 characters. Prints samples of findings for judging them by hand.
// Usage: npm run corpus-report -- [--dir D]… [--rules a,b] [--samples N] [--min-severity warning] [--fix] [--markdown]
// Corpora: each folder holding .txt files is one corpus; government reports (gwr) are split at the year 2000,
// since the bars of docs/quality.md apply to the reports from 2000 on.
import * as esbuild from 'esbuild';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const dirs = args.includes('--dir') ? args.flatMap((a, i) => (a === '--dir' ? [args[i + 1]] : [])) : ['../shared/corpus'];
const only = opt('--rules', '') ? opt('--rules').split(',') : undefined;
const nSamples = Number(opt('--samples', '5'));
const withFix = args.includes('--fix');
const markdown = args.includes('--markdown');
const order = ['hint', 'info', 'warning', 'error'];
const minSev = order.indexOf(opt('--min-severity', 'hint'));

const out = '.cache/corpus-core.mjs';
await esbuild.build({
  entryPoints: ['server/src/core/index.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: out,
  logLevel: 'warning',
});
const core = await import(pathToFileURL(out).href + '?' + Date.now());

const files = [];
const walk = (d) => {
  for (const n of readdirSync(d).sort()) {
    const p = join(d, n);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.(txt|md)$/.test(n) && !/^(SOURCES|README)\.md$/.test(n)) files.push(p);
  }
};
for (const d of dirs) {
  if (!existsSync(d)) {
    console.error(`corpus-report: ${d} not found (../shared is absent?)`);
    process.exit(2);
  }
  walk(d);
}
/** The corpus a file belongs to: its folder, gwr split at 2000 (an NPC resolution takes the year of the report filed before it). */
let lastYear = 0;
function corpusOf(f) {
  const name = basename(dirname(f));
  if (name !== 'gwr') return name;
  const y = /(?:^|_)(\d{4})年/.exec(basename(f));
  if (y) lastYear = Number(y[1]);
  return lastYear >= 2000 ? 'gwr≥2000' : 'gwr<2000';
}

const corpora = new Map(); // name → { chars, files }
const byRule = new Map(); // rule → { count: Map<corpus, n>, changed: Map<corpus, n>, sev: Set, files: Set, samples: [] }
const severe = new Map(); // corpus → warnings + errors
const stat = (id) => {
  let e = byRule.get(id);
  if (!e) byRule.set(id, (e = { count: new Map(), changed: new Map(), sev: new Set(), files: new Set(), samples: [] }));
  return e;
};
const add = (m, k, n) => m.set(k, (m.get(k) ?? 0) + n);
const t0 = performance.now();
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  const c = corpusOf(f);
  const cs = corpora.get(c) ?? { chars: 0, files: 0 };
  cs.chars += text.length;
  cs.files++;
  corpora.set(c, cs);
  const ps = core.check(text, { onlyRules: only, language: f.endsWith('.md') ? 'markdown' : 'plaintext' });
  for (const p of ps) {
    if (order.indexOf(p.severity) < minSev) continue;
    const e = stat(p.ruleId);
    add(e.count, c, 1);
    e.files.add(f);
    e.sev.add(p.severity);
    if (p.severity === 'warning' || p.severity === 'error') add(severe, c, 1);
    if (withFix && (core.isSafe ? core.isSafe(p) : p.fix?.kind === 'safe')) {
      add(
        e.changed,
        c,
        p.fix.edits.reduce((s, ed) => s + Math.max(ed.end - ed.start, ed.newText.length), 0),
      );
    }
    const n = [...e.count.values()].reduce((a, b) => a + b, 0);
    if (e.samples.length < nSamples || Math.random() < nSamples / n / 4) {
      const line = text.slice(0, p.start).split('\n').length;
      const ctx = text.slice(Math.max(0, p.start - 12), Math.min(text.length, p.end + 12)).replace(/\n/g, '⏎');
      const found = text.slice(p.start, p.end).replace(/\n/g, '⏎');
      const s = `${relative('.', f)}:${line}  «${found.length > 40 ? found.slice(0, 38) + '…' : found}»  …${ctx.length > 90 ? ctx.slice(0, 88) + '…' : ctx}…  ${p.message}`;
      if (e.samples.length < nSamples) e.samples.push(s);
      else e.samples[Math.floor(Math.random() * nSamples)] = s;
    }
  }
}
const ms = performance.now() - t0;
const names = [...corpora.keys()].sort();
const totalChars = [...corpora.values()].reduce((a, b) => a + b.chars, 0);
const fmt = (x) => (x === 0 ? '0' : x < 0.01 ? '<0.01' : x.toFixed(2));
const per = (n, c, unit) => fmt(((n ?? 0) * unit) / corpora.get(c).chars);
console.log(`${files.length} files, ${(totalChars / 1e6).toFixed(2)} M chars, ${ms.toFixed(0)} ms`);
console.log(names.map((c) => `${c}: ${corpora.get(c).files} files, ${(corpora.get(c).chars / 1e4).toFixed(0)}×10⁴ chars`).join('; '));
const head = ['rule', ...names.map((c) => `${c} /10⁴`), ...(withFix ? names.map((c) => `${c} Δchars/10⁵`) : [])];
const rows = [...byRule]
  .sort((a, b) => a[0].localeCompare(b[0]))
  .map(([id, e]) => [
    id,
    ...names.map((c) => per(e.count.get(c), c, 1e4)),
    ...(withFix ? names.map((c) => per(e.changed.get(c), c, 1e5)) : []),
  ]);
rows.push(['**warnings+errors**', ...names.map((c) => per(severe.get(c), c, 1e4)), ...(withFix ? names.map(() => '') : [])]);
if (markdown) {
  console.log(`\n| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|`);
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
} else {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  console.log('\n' + head.map((h, i) => h.padEnd(w[i])).join('  '));
  for (const r of rows) console.log(r.map((x, i) => String(x).padEnd(w[i])).join('  '));
}
if (nSamples > 0) {
  for (const [id, e] of [...byRule].sort((a, b) => a[0].localeCompare(b[0]))) {
    const n = [...e.count.values()].reduce((a, b) => a + b, 0);
    console.log(`\n${id}: ${n} findings in ${e.files.size} files (${[...e.sev].join('/')})`);
    for (const s of e.samples) console.log('   ' + s);
  }
}
