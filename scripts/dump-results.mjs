// Dumps every diagnostic (with fixes, suggestions, related notes) and the fixAll output of the core over the corpus
// (../shared/corpus), the samples (../shared/samples) and the golden documents (test/golden/fixtures), one line per
// problem, so that a performance change can be checked to change no result: dump before and after, then `diff`.
// Usage: node scripts/dump-results.mjs [out-file] [--incremental]   (default out-file: .cache/results.txt)
// --incremental: checks every document through a paragraph cache (core/incremental.ts) warmed on an edited copy
// (a character inserted in the middle, the first line removed, a line duplicated): the dump must equal a plain one.
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const outFile = args.find((a) => !a.startsWith('--')) ?? '.cache/results.txt';
mkdirSync('.cache', { recursive: true });
const bundle = '.cache/dump-core.mjs';
await esbuild.build({
  entryPoints: ['server/src/core/index.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: bundle,
  logLevel: 'warning',
});
const core = await import(pathToFileURL(bundle).href + '?' + Date.now());

const files = [];
const walk = (d) => {
  for (const n of readdirSync(d).sort()) {
    const p = join(d, n);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.(txt|md)$/.test(n) && !/^(SOURCES|README)\.md$/.test(n) && !/\.(problems|fixed)\./.test(n)) files.push(p);
  }
};
for (const d of ['../shared/corpus', '../shared/samples', 'test/golden/fixtures']) {
  if (existsSync(d)) walk(d);
  else console.error(`dump-results: ${d} NOT FOUND, left out`);
}

const incremental = args.includes('--incremental');
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
const lines = [];
const hash = (s) => createHash('sha1').update(s).digest('hex').slice(0, 16);
const t0 = performance.now();
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  const language = f.endsWith('.md') ? 'markdown' : 'plaintext';
  for (const locale of ['zh', 'en']) {
    let paragraphCache;
    if (incremental) {
      paragraphCache = new core.ParagraphCache();
      for (const e of edits(text)) core.check(e, { language, locale, paragraphCache });
    }
    const problems = core.check(text, { language, locale, paragraphCache });
    for (const p of problems) lines.push(`${f}\t${locale}\t${JSON.stringify(p)}`);
  }
  const r = core.fixAll(text, { language });
  lines.push(`${f}\tfixAll\t${r.passes}\t${r.fixed}\t${hash(r.output)}`);
}
writeFileSync(outFile, lines.join('\n') + '\n');
console.log(`dump-results: ${files.length} files, ${lines.length} lines → ${outFile} (${Math.round(performance.now() - t0)} ms)`);
