import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { allRules, check, checkSteps, fixAll, ParagraphCache, type CheckOptions } from '../../server/src/core/index';
import { loadParagraphs } from '../property/corpus';
import { atom, docText, documents } from '../property/generators';
import { optionsOf } from '../property/properties';

// Incremental checking by paragraph (issue 14, core/incremental.ts): a check through a ParagraphCache warmed on
// earlier versions of the document must equal a check without one, whatever the edits; fixAll (which re-checks
// through a cache of its own) must equal fixAll without one.

/** An edit of a document given as lines: what a writer does between two checks. */
type Edit =
  | { kind: 'type'; line: number; at: number; text: string }
  | { kind: 'delete'; line: number }
  | { kind: 'duplicate'; line: number }
  | { kind: 'split'; line: number; at: number }
  | { kind: 'join'; line: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('type' as const), line: fc.nat(), at: fc.nat(), text: atom }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), line: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), line: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('split' as const), line: fc.nat(), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('join' as const), line: fc.nat() }) },
);

function apply(lines: readonly string[], e: Edit): string[] {
  const out = [...lines];
  if (out.length === 0) out.push('');
  const i = e.line % out.length;
  const l = out[i];
  const cut = (at: number) => {
    let k = at % (l.length + 1);
    if (k > 0 && k < l.length && /[\udc00-\udfff]/.test(l[k])) k--; // never split a surrogate pair
    return k;
  };
  if (e.kind === 'type') out[i] = l.slice(0, cut(e.at)) + e.text + l.slice(cut(e.at));
  else if (e.kind === 'delete') out.splice(i, 1);
  else if (e.kind === 'duplicate') out.splice(i, 0, l);
  else if (e.kind === 'split') out.splice(i, 1, l.slice(0, cut(e.at)), l.slice(cut(e.at)));
  else if (i + 1 < out.length) out.splice(i, 2, l + out[i + 1]);
  return out;
}

describe('incremental checking by paragraph', () => {
  it('declares paragraph scope on the rules that look at one line at a time', () => {
    const n = allRules.filter((r) => r.meta.scope === 'paragraph').length;
    assert.ok(n >= 20, `only ${n} paragraph rules`);
  });

  it('random edits: a check through the cache equals a full check, and fixAll equals fixAll without a cache', () => {
    const paragraphs = loadParagraphs();
    fc.assert(
      fc.property(documents(paragraphs), fc.array(edit, { minLength: 1, maxLength: 6 }), (d, edits) => {
        const base: CheckOptions = optionsOf(d);
        const cache = new ParagraphCache();
        let lines = [...d.lines];
        for (const locale of ['zh', 'zh', 'en'] as const) {
          const opts = { ...base, locale };
          for (const e of [null, ...edits]) {
            if (e) lines = apply(lines, e);
            const text = docText({ ...d, lines });
            assert.deepEqual(check(text, { ...opts, paragraphCache: cache }), check(text, opts));
          }
        }
        const text = docText({ ...d, lines });
        assert.deepEqual(fixAll(text, base), fixAll(text, { ...base, paragraphCache: null }));
      }),
      {
        numRuns: Number(process.env.INCREMENTAL_RUNS ?? (process.env.GONGWEN_TEST_FAST ? 40 : 150)),
        seed: Number(process.env.PROPERTY_SEED ?? 20261201),
      },
    );
  });

  it('a one-character edit in a long document re-checks one line', () => {
    const para = '各地区各部门要加强组织领导，2024年9月30日前完成，确保各项措施落实到位。';
    const lines = Array.from({ length: 2_000 }, (_, i) => `${para}（第${i}段）`);
    const cache = new ParagraphCache();
    const before = lines.join('\n');
    check(before, { paragraphCache: cache });
    assert.equal(cache.last.checked, 2_000);
    lines[1_000] = lines[1_000].replace('加强', '加强加强');
    const after = lines.join('\n');
    const got = check(after, { paragraphCache: cache });
    assert.equal(cache.last.checked, 1);
    assert.equal(cache.last.reused, 1_999);
    assert.deepEqual(got, check(after));
    assert.ok(cache.size <= 2_000, `the cache holds ${cache.size} lines for a 2 000-line document`);
  });

  it('a changed configuration or locale empties the cache', () => {
    const cache = new ParagraphCache();
    const text = '请于2024.6.30前报送。\n加强组织领导。';
    check(text, { paragraphCache: cache });
    const en = check(text, { paragraphCache: cache, locale: 'en' });
    assert.equal(cache.last.reused, 0);
    assert.deepEqual(en, check(text, { locale: 'en' }));
    const off = { rules: { 'date-separator': 'off' as const } };
    assert.deepEqual(check(text, { paragraphCache: cache, config: off }), check(text, { config: off }));
    assert.equal(cache.last.reused, 0);
  });

  it('a check abandoned half-way leaves nothing partial in the cache', () => {
    const cache = new ParagraphCache();
    const a = '请于2024.6.30前报送材料。\n加强组织领导,确保落实。';
    const b = a + '\n时间为2024-06-30。';
    const steps = checkSteps(b, { paragraphCache: cache });
    for (let i = 0; i < 20; i++) steps.next(); // some paragraph rules have run on every line, the others not
    check(a, { paragraphCache: cache });
    assert.deepEqual(check(b, { paragraphCache: cache }), check(b));
  });
});
