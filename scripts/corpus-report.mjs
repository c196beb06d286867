// Counts findings per rule over ../shared/corpus (and/or ../shared/samples) and prints samples,
// to measure false alarms. Usage:
//   node scripts/corpus-report.mjs [--dir ../shared/corpus/gwr-national] [--rules a,b] [--samples N] [--min-severity warning]
import * as esbuild from 'esbuild';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const dirs = args.filter((a, i) => a === '--dir').length ? args.flatMap((a, i) => (a === '--dir' ? [args[i + 1]] : [])) : ['../shared/corpus'];
const only = opt('--rules', '') ? opt('--rules').split(',') : undefined;
const nSamples = Number(opt('--samples', '5'));
const order = ['hint', 'info', 'warning', 'error'];
const minSev = order.indexOf(opt('--min-severity', 'hint'));

const out = '.cache/corpus-core.mjs';
await esbuild.build({ entryPoints: ['server/src/core/index.ts'], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'warning' });
const core = await import(pathToFileURL(out).href + '?' + Date.now());

const files = [];
const walk = (d) => { for (const n of readdirSync(d).sort()) { const p = join(d, n); if (statSync(p).isDirectory()) walk(p); else if (/\.txt$/.test(n)) files.push(p); } };
for (const d of dirs) {
  if (!existsSync(d)) { console.error(`corpus-report: ${d} not found (../shared is absent?)`); process.exit(2); }
  walk(d);
}
const byRule = new Map();
let chars = 0;
const t0 = performance.now();
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  chars += text.length;
  const ps = core.check(text, { onlyRules: only, language: f.endsWith('.md') ? 'markdown' : 'plaintext' });
  for (const p of ps) {
    if (order.indexOf(p.severity) < minSev) continue;
    const e = byRule.get(p.ruleId) ?? { count: 0, files: new Set(), samples: [] };
    e.count++; e.files.add(f);
    if (e.samples.length < nSamples || Math.random() < nSamples / e.count / 4) {
      const line = text.slice(0, p.start).split('\n').length;
      const ctx = text.slice(Math.max(0, p.start - 12), Math.min(text.length, p.end + 12)).replace(/\n/g, '⏎');
      const s = `${relative('.', f)}:${line}  «${text.slice(p.start, p.end)}»  …${ctx}…  ${p.message}`;
      if (e.samples.length < nSamples) e.samples.push(s); else e.samples[Math.floor(Math.random() * nSamples)] = s;
    }
    byRule.set(p.ruleId, e);
  }
}
const ms = performance.now() - t0;
console.log(`${files.length} files, ${(chars / 1e6).toFixed(2)} M chars, ${ms.toFixed(0)} ms`);
for (const [id, e] of [...byRule].sort((a, b) => b[1].count - a[1].count)) {
  console.log(`\n${id}: ${e.count} findings in ${e.files.size} files`);
  for (const s of e.samples) console.log('   ' + s);
}
