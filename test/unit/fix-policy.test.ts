// Fix policy: `--fix`, fix-all and format apply exactly the fixes the rule docs call safe, and only for
// warnings and errors (issue 11: format changes only what is certain; info findings are quick fixes).
// A rule documented as `fixable: 'suggestion'` (quick fix only) or without a fix must never change
// the text under fixAll; a report may downgrade a safe rule's fix, never upgrade a suggestion.
// A safe rule whose default severity is info changes nothing under fixAll until the user raises it to warning.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { EMPTY_CONFIG, allRules, check, fixAll, isSafe, type Config, type RuleSeverity } from '../../server/src/core/index';

const SAMPLES = resolve(__dirname, '..', '..', '..', '..', 'shared', 'samples');
/** Whole 公文 drafts (ours): the element rules only speak on documents with the form of a 公文. */
const ELEMENT_FIXTURES = resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'elements');

/** Texts known to carry problems for many rules, plus the regression of issue 12 item 7. */
const EXTRA = ['情况了了分明，工作的的开展。', '我们完成了了任务。', '工作的的的开展。', '各单位要高度重视,认真落实;二○一一年。'];

function texts(): string[] {
  const out = [...EXTRA];
  for (const r of allRules) for (const [wrong] of r.meta.examples ?? []) out.push(wrong);
  for (const f of readdirSync(ELEMENT_FIXTURES).sort())
    if (f.endsWith('.gongwen')) out.push(readFileSync(join(ELEMENT_FIXTURES, f), 'utf8'));
  if (existsSync(SAMPLES)) for (const f of readdirSync(SAMPLES).sort()) out.push(readFileSync(join(SAMPLES, f), 'utf8').slice(0, 20_000));
  return out;
}

/** Only `id` on, at `severity` (default: its default severity, or warning when it is off by default). */
function only(id: string, severity?: RuleSeverity): Config {
  const at = (r: (typeof allRules)[number]): RuleSeverity =>
    severity ?? (r.meta.defaultSeverity === 'off' ? 'warning' : r.meta.defaultSeverity);
  const rules = Object.fromEntries(allRules.map((r) => [r.meta.id, r.meta.id === id ? at(r) : 'off'] as const));
  return { rules, shared: EMPTY_CONFIG.shared };
}

const AUTO = new Set<RuleSeverity>(['warning', 'error']);

describe('fix policy: fix-all applies only what the docs call safe', () => {
  const corpus = texts();
  const exercised = new Map<string, number>();

  it('the regression: no-repeated-word (suggestion-only) leaves 情况了了分明 alone under --fix', () => {
    const r = fixAll('情况了了分明。', { config: only('no-repeated-word') });
    assert.equal(r.output, '情况了了分明。');
    assert.equal(r.fixed, 0);
  });

  it('isSafe: a safe fix is applied automatically only at warning or error', () => {
    const base = { ruleId: 'x', category: 'punctuation', messageId: 'm', message: 'm', start: 0, end: 1 } as const;
    const fix = { title: 't', edits: [{ start: 0, end: 1, newText: '' }] };
    assert.equal(isSafe({ ...base, severity: 'error', fix: { ...fix, kind: 'safe' } }), true);
    assert.equal(isSafe({ ...base, severity: 'warning', fix: { ...fix, kind: 'safe' } }), true);
    assert.equal(isSafe({ ...base, severity: 'info', fix: { ...fix, kind: 'safe' } }), false);
    assert.equal(isSafe({ ...base, severity: 'hint', fix: { ...fix, kind: 'safe' } }), false);
    assert.equal(isSafe({ ...base, severity: 'error', fix: { ...fix, kind: 'suggestion' } }), false);
  });

  it('info rules with safe fixes: quick fix only by default, applied once raised to warning', () => {
    const notice = '关于开展“警务室”、“护学岗”建设的通知\n各街道办事处：\n请认真落实《安全生产法》、《消防法》的有关规定。';
    const rule = 'no-dun-between-quoted';
    assert.ok(check(notice, { config: only(rule) }).some((p) => p.fix?.kind === 'safe' && p.severity === 'info'));
    assert.equal(fixAll(notice, { config: only(rule) }).output, notice);
    assert.equal(fixAll(notice).output.includes('“警务室”、“护学岗”'), true, 'the default configuration leaves it too');
    assert.equal(fixAll(notice, { config: only(rule, 'warning') }).output, notice.replace('”、“', '”“').replace('》、《', '》《'));
  });

  it('a report downgraded to info (、以及 in a Taiwan 函) is not applied by fix-all', () => {
    const han =
      '主旨：有關本部所屬機關辦理資訊安全、個人資料保護、以及內部控制事項，請查照。\n說明：\n一、依據行政院函辦理。\n二、請各機關於期限內將辦理情形函復本部。';
    const found = check(han, { config: only('no-dun-before-conjunction') });
    assert.ok(found.length > 0 && found.every((p) => p.severity === 'info' && !isSafe(p)));
    assert.equal(fixAll(han, { config: only('no-dun-before-conjunction') }).output, han);
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
            assert.equal(
              documented,
              'safe',
              `${id} reports a safe fix but its docs say "${documented}": ${JSON.stringify(text.slice(p.start, p.end))}`,
            );
          }
        }
        const out = fixAll(text, { config }).output;
        if (documented !== 'safe') assert.equal(out, text, `${id} is "${documented}" but fix-all changed the text`);
        if (!AUTO.has(rule.meta.defaultSeverity))
          assert.equal(out, text, `${id} is ${rule.meta.defaultSeverity} by default but fix-all changed the text`);
        // Opt-in: raised to warning, a safe rule's fixes are applied.
        if (documented === 'safe' && fixAll(text, { config: only(id, 'warning') }).output !== text) changed++;
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
