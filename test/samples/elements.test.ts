import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseElements } from '../../server/src/core/elements/index';
import { SHARED, SHARED_ABSENT } from '../helpers/paths';

// No element noise on texts that are not 公文: the seed samples (work reports and summaries, some in
// traditional script) and the corpus (government work reports, congress reports, resolutions without their
// title, press releases) all stay form 'none'. ../shared is read-only reference, absent in a fresh clone.
function walk(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const n of readdirSync(dir).sort()) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (n.endsWith('.txt')) out.push(p);
  }
  return out;
}

describe('element model over ../shared', { skip: SHARED_ABSENT }, () => {
  const samples = SHARED ? walk(join(SHARED, 'samples')) : [];
  const corpus = SHARED ? walk(join(SHARED, 'corpus')) : [];
  it('finds the documents', () =>
    assert.ok(samples.length >= 5 && corpus.length > 100, `${samples.length} samples, ${corpus.length} corpus files`));
  it('the seed samples (work reports, summaries) are no 公文: form none, one body element', () => {
    for (const f of samples) {
      const m = parseElements(readFileSync(f, 'utf8'));
      assert.equal(m.form, 'none', f);
      assert.deepEqual(
        m.elements.map((e) => e.kind),
        ['body'],
        f,
      );
    }
  });
  it('no corpus text gets a 公文 form', () => {
    const noisy = corpus.filter((f) => parseElements(readFileSync(f, 'utf8')).form !== 'none');
    assert.deepEqual(noisy, []);
  });
});
