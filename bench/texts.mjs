// The bench's texts (bench.mjs, scale.mjs): the corpus read exactly as the CLI reads it, texts of a given size cut
// from it at line ends, and a text in pieces (AutoCorrect's input limit, scale.mjs); without the corpus (a fresh
// clone without ../shared), the golden documents.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The corpus documents under `dir`, read by the core's own walkDir/readTextFile (undefined when there are none). */
export function loadCorpus(core, dir) {
  if (!existsSync(dir)) return undefined;
  const docs = [];
  for (const file of core.walkDir(dir)) {
    const r = core.readTextFile(file);
    if (r.kind === 'text') docs.push({ path: relative(dir, file), text: r.text, bytes: r.bytes, language: core.languageForPath(file) });
  }
  return docs.length ? docs : undefined;
}

/** Without the corpus, the size rows are built from the golden documents in test/golden/fixtures. */
export function fallbackSource(root) {
  const dir = join(root, 'test', 'golden', 'fixtures');
  const names = ['clean-notice.txt', 'legal-rules.txt', 'report-defects.txt'].filter((n) => existsSync(join(dir, n)));
  return names.map((n) => readFileSync(join(dir, n), 'utf8')).join('\n');
}

/** A text of about `size` characters made of whole lines from `source`, repeated as needed. */
export function sized(source, size) {
  const lines = source.split('\n');
  const out = [];
  let n = 0;
  for (let i = 0; n < size; i = (i + 1) % lines.length) {
    const l = lines[i].slice(0, size - n);
    out.push(l);
    n += l.length + 1;
  }
  return out.join('\n').slice(0, size);
}

/** `text` in consecutive pieces of at most `size` (≥ 1) characters, each cut after a line break where there is one. */
export function pieces(text, size) {
  if (!(size >= 1)) throw new RangeError(`pieces: size ${size} is not a positive number`);
  const out = [];
  for (let i = 0; i < text.length;) {
    let j = Math.min(text.length, i + size);
    const nl = j < text.length ? text.lastIndexOf('\n', j - 1) : -1;
    if (nl > i) j = nl + 1;
    out.push(text.slice(i, j));
    i = j;
  }
  return out.length ? out : [text];
}
