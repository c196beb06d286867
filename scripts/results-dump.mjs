// Dumps everything the core decides about a set of documents, one line per fact, so that a performance change can be
// shown to change no result: every problem of `check` (rule, severity, range, message, fixes), a hash of `fixAll`'s
// output, and with --convert a hash of convertScript to each target. Compare two dumps with `diff` (0 lines = same).
// Usage: node scripts/results-dump.mjs [--src server/src] [--dir D]… [--convert] [--script auto|tw|…] > dump.txt
// Default dirs: ../shared/corpus, ../shared/samples and test/golden/fixtures (missing ones are said on stderr).
// --src lets the same script dump an older checkout of server/src (e.g. `git archive HEAD server/src`).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const src = resolve(opt('--src', 'server/src'));
const dirs = args.includes('--dir')
  ? args.flatMap((a, i) => (a === '--dir' ? [args[i + 1]] : []))
  : ['../shared/corpus', '../shared/samples', 'test/golden/fixtures'];
const script = opt('--script', undefined);

const out = resolve('.cache', `results-dump-${process.pid}.mjs`);
await esbuild.build({
  stdin: {
    contents: `export * from ${JSON.stringify(join(src, 'core/index.ts'))};
export { convertScript } from ${JSON.stringify(join(src, 'core/script/index.ts'))};`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: out,
  logLevel: 'warning',
  nodePaths: [resolve('node_modules')],
});
const core = await import(pathToFileURL(out).href);
rmSync(out);

const files = [];
const walk = (d) => {
  for (const n of readdirSync(d).sort()) {
    const p = join(d, n);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.(txt|md|gongwen)$/.test(n) && !/\.(problems|fixed)\./.test(n)) files.push(p);
  }
};
for (const d of dirs) {
  if (existsSync(d)) walk(d);
  else console.error(`results-dump: ${d} not found, skipped`);
}

const hash = (s) => createHash('sha1').update(s).digest('hex').slice(0, 16);
const lines = [];
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  const opts = { language: f.endsWith('.md') ? 'markdown' : 'plaintext', ...(script ? { config: { shared: { script } } } : {}) };
  for (const p of core.check(text, opts)) lines.push(`${f}\t${JSON.stringify(p)}`);
  const fixed = core.fixAll(text, opts);
  lines.push(`${f}\tfixAll\t${fixed.passes}\t${fixed.fixed}\t${hash(fixed.output)}`);
  if (args.includes('--convert'))
    for (const to of ['simplified', 'traditional', 'tw', 'hk']) lines.push(`${f}\tconvert:${to}\t${hash(core.convertScript(text, to))}`);
}
process.stdout.write(lines.join('\n') + '\n');
console.error(`results-dump: ${files.length} documents, ${lines.length} lines`);
