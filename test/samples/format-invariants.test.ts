import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { check, fixAll, isSafe, type Problem } from '../../server/src/core/index';

// Formatting (all rules, safe fixes) over the real documents in ../shared: it changes punctuation and
// whitespace only, and is idempotent. ../shared is read-only and not part of the project.
const SHARED = resolve(process.cwd(), '../shared');
const absent = existsSync(SHARED) ? false : `${SHARED} absent: real-document invariants not checked`;

function walk(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const n of readdirSync(dir).sort()) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (n.endsWith('.txt')) out.push(p);
  }
  return out;
}

/** Letters, digits and Han only; full-width alphanumerics folded to half-width and every zero form (〇 ○ 零 O 0) to 0. */
function skeleton(s: string): string {
  return s
    .replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[〇○零Oo0]/g, '0')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

function firstDiff(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: «${a.slice(Math.max(0, i - 15), i + 15)}» vs «${b.slice(Math.max(0, i - 15), i + 15)}»`;
}

describe('formatting invariants over ../shared', { skip: absent }, () => {
  const files = absent ? [] : [...walk(join(SHARED, 'samples')), ...walk(join(SHARED, 'corpus'))];
  it('finds the documents', () => assert.ok(files.length > 5, `only ${files.length} documents under ${SHARED}`));
  const invariants = (filter?: (p: Problem) => boolean): string[] => {
    const failures: string[] = [];
    const opts = filter ? { filter } : {};
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      const once = fixAll(text, opts).output;
      if (skeleton(once) !== skeleton(text)) failures.push(`${f}: content changed ${firstDiff(skeleton(text), skeleton(once))}`);
      const twice = fixAll(once, opts).output;
      if (twice !== once) failures.push(`${f}: not idempotent ${firstDiff(once, twice)}`);
    }
    return failures;
  };
  it('punctuation fixes change no Han character, letter or digit, and are idempotent', () => {
    assert.deepEqual(
      invariants((p) => isSafe(p) && p.category === 'punctuation'),
      [],
    );
  });
  // Formatting with every rule: punctuation and structure fixes still change no Han character, letter or
  // digit. The word-level families (script 繁→简, wording 成份→成分, repetition 的的→的, residue pinyin,
  // number 9～16亿→9亿～16亿) exist to change characters, so they are run too but their changes are
  // allowed; the whole formatting must stay idempotent.
  const WORD_LEVEL = new Set(['script', 'wording', 'repetition', 'residue', 'number']);
  it('formatting with all rules is idempotent, and only word-level rules change characters', () => {
    const all = (p: Problem) => isSafe(p);
    const notIdempotent = invariants(all).filter((f) => f.includes('not idempotent'));
    assert.deepEqual(notIdempotent, []);
    assert.deepEqual(
      invariants((p) => isSafe(p) && !WORD_LEVEL.has(p.category)),
      [],
    );
  });
  for (const name of ['000', '002', '003']) {
    it(`sample ${name}: no half-width punctuation left in Chinese context`, () => {
      const f = walk(join(SHARED, 'samples')).find((p) =>
        p
          .split('/')
          .pop()!
          .startsWith(name + '_'),
      );
      assert.ok(f, `sample ${name} not found`);
      const out = fixAll(readFileSync(f!, 'utf8')).output;
      const left = check(out).filter((p) => p.ruleId.startsWith('no-half-width-'));
      assert.deepEqual(
        left.map((p) => `${p.ruleId}@${p.start} «${out.slice(p.start - 8, p.end + 8)}»`),
        [],
      );
    });
  }
});
