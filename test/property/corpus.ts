/** Loads the paragraphs of ../shared/corpus for the splice generator (read-only; never copied into the project). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Repository root: this file is compiled to out/test/property/. */
const ROOT = resolve(__dirname, '..', '..', '..');
export const CORPUS_DIR = process.env.GONGWEN_CORPUS ?? resolve(ROOT, '..', 'shared', 'corpus');

function walk(dir: string, out: string[]): string[] {
  for (const n of readdirSync(dir).sort()) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (n.endsWith('.txt')) out.push(p);
  }
  return out;
}

/**
 * Non-empty lines of every corpus document, in a fixed order (so seeds reproduce). Empty when the
 * corpus is absent; `warn` says so (on stderr) so that a run without it is never mistaken for a full one.
 */
export function loadParagraphs(warn: (msg: string) => void = (m) => process.stderr.write(m + '\n')): string[] {
  if (!existsSync(CORPUS_DIR)) {
    warn(`property suite: corpus ${CORPUS_DIR} is absent; running the synthetic generators only (no corpus splices).`);
    return [];
  }
  const out: string[] = [];
  for (const f of walk(CORPUS_DIR, [])) {
    for (const l of readFileSync(f, 'utf8').split(/\r\n|\r|\n/)) if (l.trim()) out.push(l);
  }
  if (out.length === 0) warn(`property suite: corpus ${CORPUS_DIR} holds no .txt paragraphs; synthetic generators only.`);
  return out;
}
