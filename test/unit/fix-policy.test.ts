// Fix policy: `--fix`, fix-all and format apply exactly the fixes the rule docs call safe.
// A rule documented as `fixable: 'suggestion'` (quick fix only) or without a fix must never change
// the text under fixAll; a report may downgrade a safe rule's fix, never upgrade a suggestion.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { EMPTY_CONFIG, allRules, check, fixAll, type Config } from '../../server/src/core/index';

const SAMPLES = resolve(__dirname, '..', '..', '..', '..', 'shared', 'samples');

/** Texts known to carry problems for many rules, plus the regression of issue 12 item 7. */
const EXTRA = ['情况了了分明，工作的的开展。', '我们完成了了任务。', '工作的的的开展。', '各单位要高度重视,认真落实;二○一一年。'];

function texts(): string[] {
  const out = [...EXTRA];
  for (const r of allRules) for (const [wrong] of r.meta.examples ?? []) out.push(wrong);
  if (existsSync(SAMPLES)) for (const f of readdirSync(SAMPLES).sort()) out.push(readFileSync(join(SAMPLES, f), 'utf8').slice(0, 20_000));
  return out;
}

/** Only `id` on, at its default severity (or warning when it is off by default). */
function only(id: string): Config {
  const rules = Object.fromEntries(allRules.map((r) => [r.meta.id, r.meta.id === id ? (r.meta.defaultSeverity === 'off' ? 'warning' : r.meta.defaultSeverity) : 'off'] as const));
  return { rules, shared: EMPTY_CONFIG.shared };
}

describe('fix policy: fix-all applies only what the docs call safe', () => {
  const corpus = texts();
  const exercised = new Map<string, number>();

  it('the regression: no-repeated-word (suggestion-only) leaves 情况了了分明 alone under --fix', () => {
    const r = fixAll('情况了了分明。', { config: only('no-repeated-word') });
    assert.equal(r.output, '情况了了分明。');
    assert.equal(r.fixed, 0);
  });

  for (const rule of allRules) {
    const id = rule.meta.id;
    const documented = rule.meta.fixable ?? 'none';
    it(`${id} (${documented}): safe fixes only where documented`, () => {
      const config = only(id);
      let problems = 0;
      let safeProblems = 0;
      let changed = 0;
      for (const text of corpus) {
        const found = check(text, { config });
        problems += found.length;
        for (const p of found) {
          if (p.fix?.kind === 'safe') {
            safeProblems++;
            assert.equal(documented, 'safe', `${id} reports a safe fix but its docs say "${documented}": ${JSON.stringify(text.slice(p.start, p.end))}`);
          }
        }
        const out = fixAll(text, { config }).output;
        if (out !== text) changed++;
        if (documented !== 'safe') assert.equal(out, text, `${id} is "${documented}" but fix-all changed the text`);
      }
      // Something was exercised: a safe rule whose examples show a fix must fix at least one of them.
      const exampleFixes = (rule.meta.examples ?? []).some(([w, r]) => w !== r);
      if (documented === 'safe' && exampleFixes && safeProblems > 0) assert.ok(changed > 0, `${id}: safe fixes found but nothing changed`);
      exercised.set(id, problems);
    });
  }

  it('the corpus exercises most rules (so the checks above are not vacuous)', () => {
    const hit = [...exercised.values()].filter((n) => n > 0).length;
    assert.ok(hit >= allRules.length * 0.8, `only ${hit} of ${allRules.length} rules reported anything`);
  });
});
