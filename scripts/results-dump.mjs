// Dumps everything the core decides about a set of documents, one line per fact, so that a performance change can be
// shown to change no result: every problem of `check` (rule, severity, range, message, fixes), a hash of `fixAll`'s
// output, and with --convert a hash of convertScript to each target. Compare two dumps with `diff` (0 lines = same).
// Usage: node scripts/results-dump.mjs [--src server/src] [--dir D]… [--convert] [--script auto|tw|…] [--locale en]
//        [--incremental] > dump.txt
// --incremental: checks every document through a paragraph cache (core/incremental.ts) warmed on edited copies (a
// character inserted in the middle, the first line removed, a line duplicated): the dump must equal a plain one.
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
    else if (/\.(txt|md|gongwen)$/.test(n) && !/^(SOURCES|README)\.md$/.test(n) && !/\.(problems|fixed)\./.test(n)) files.push(p);
  }
};
for (const d of dirs) {
  if (existsSync(d)) walk(d);
  else console.error(`results-dump: ${d} not found, skipped`);
}

/** Edited copies of `text` a cache is warmed on before the real check (lines shift, one line changes). */
function edits(text) {
  const mid = text.indexOf('\n', text.length >> 1);
  const nl = text.indexOf('\n');
  return [
    mid > 0 ? text.slice(0, mid) + '的' + text.slice(mid) : text + '的',
    nl >= 0 ? text.slice(nl + 1) : '',
    mid > 0 ? text.slice(0, mid) + text.slice(text.lastIndexOf('\n', mid - 1), mid) + text.slice(mid) : text,
  ];
}

const hash = (s) => createHash('sha1').update(s).digest('hex').slice(0, 16);
const lines = [];
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  const opts = {
    language: f.endsWith('.md') ? 'markdown' : 'plaintext',
    locale: opt('--locale', 'zh'),
    ...(script ? { config: { shared: { script } } } : {}),
  };
  let paragraphCache;
  if (args.includes('--incremental')) {
    paragraphCache = new core.ParagraphCache();
    for (const e of edits(text)) core.check(e, { ...opts, paragraphCache });
  }
  for (const p of core.check(text, { ...opts, paragraphCache })) lines.push(`${f}\t${JSON.stringify(p)}`);
  const fixed = core.fixAll(text, opts);
  lines.push(`${f}\tfixAll\t${fixed.passes}\t${fixed.fixed}\t${hash(fixed.output)}`);
  if (args.includes('--convert'))
    for (const to of ['simplified', 'traditional', 'tw', 'hk']) lines.push(`${f}\tconvert:${to}\t${hash(core.convertScript(text, to))}`);
}
process.stdout.write(lines.join('\n') + '\n');
console.error(`results-dump: ${files.length} documents, ${lines.length} lines`);
