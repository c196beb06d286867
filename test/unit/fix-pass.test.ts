// fixAll's passes under the default policy (issue 14): a pass runs only the rules that can produce a safe fix and
// the span owners, and renders no message (core/engine.ts fixPassSteps). Its result must equal fixAll through full
// checks, which is what fixAll does with any other filter: a filter that decides like isSafe but is not isSafe.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  allRules,
  check,
  fixAll,
  ignoreEntryFor,
  isSafe,
  ruleById,
  type CheckOptions,
  type Config,
  type Problem,
  type Rule,
  type RuleContext,
} from '../../server/src/core/index';
import { loadParagraphs } from '../property/corpus';
import { docText, documents } from '../property/generators';
import { optionsOf } from '../property/properties';

/** fixAll through full checks (every rule, rendered): the reference. */
const reference = (text: string, opts: CheckOptions) => fixAll(text, { ...opts, filter: (p: Problem) => isSafe(p) });

/** Every rule whose safe fixes are off by default (info, hint) raised to warning: their fixes become candidates. */
const raised: Partial<Config> = {
  rules: Object.fromEntries(
    allRules
      .filter((r) => r.meta.fixable === 'safe' && r.meta.defaultSeverity !== 'warning' && r.meta.defaultSeverity !== 'error')
      .map((r) => [r.meta.id, 'warning']),
  ),
};

function fixtureTexts(): { name: string; text: string; language: CheckOptions['language'] }[] {
  const out: { name: string; text: string; language: CheckOptions['language'] }[] = [];
  for (const dir of ['test/golden/fixtures', 'test/fixtures/elements']) {
    if (!existsSync(dir)) continue;
    for (const n of readdirSync(dir).sort()) {
      if (!/\.(txt|md)$/.test(n) || /\.(problems|fixed)\./.test(n)) continue;
      out.push({ name: n, text: readFileSync(join(dir, n), 'utf8'), language: n.endsWith('.md') ? 'markdown' : 'plaintext' });
    }
  }
  return out;
}

/** Residue spans owned by their rule next to safe fixes, directives, protected words: the cases a pass must keep. */
const MIXED = [
  '关于做好2025年防汛工作的通知',
  '分享到：微信 微博 QQ空间',
  '各区县人民政府,各有关单位:',
  '有關(guān)事项通知如下:请于2024年6月30日前报送 材料.',
  '加强组织领导,落实“三重一大”制度. <!-- gongwen-disable-line no-half-width-punctuation -->',
  '<!-- gongwen-disable-next-line -->',
  '全市GDP增长5.2%,完成投资3.5亿元;',
  '联系电话:12345,地址:ＡＢＣ路１号.',
  '本作品在全世界都属于公有领域。',
  '加强管理,落实责任.',
].join('\n');

describe('fixAll passes run only what can be fixed', () => {
  it('the fixtures: the same output, passes and count as through full checks, by default and with info rules raised', () => {
    const texts = fixtureTexts();
    assert.ok(texts.length >= 4, `only ${texts.length} fixtures found`);
    for (const { name, text, language } of [...texts, { name: 'mixed', text: MIXED, language: 'plaintext' as const }]) {
      for (const config of [undefined, raised]) {
        const opts: CheckOptions = { language, ...(config ? { config } : {}) };
        const got = fixAll(text, opts);
        assert.deepEqual(got, reference(text, opts), `${name}${config ? ' (raised)' : ''}`);
      }
    }
    // Not vacuous: the mixed document has fixes to apply, and an owned span keeps a fix out.
    const got = fixAll(MIXED);
    assert.ok(got.fixed >= 5, `fixed ${got.fixed}`);
    assert.ok(got.output.includes('分享到：微信 微博 QQ空间'), 'the share bar (owned by no-web-clutter) is left alone');
    assert.ok(got.output.includes('全市GDP增长5.2%,完成投资3.5亿元;'), 'the line after disable-next-line is left alone');
    assert.ok(got.output.includes('联系电话：12345，地址：ABC路1号。'), got.output);
    assert.ok(got.output.includes('加强管理,落实责任.'), 'the licence block (owned by no-web-clutter) is left alone');
  });

  it('ignored findings and protected words are respected as in a full check', () => {
    const safe = check(MIXED).filter(isSafe);
    assert.ok(safe.length >= 4, `${safe.length} safe problems`);
    const line3 = MIXED.indexOf('各区县');
    const ignore = safe.filter((p) => p.start >= line3 && p.end <= MIXED.indexOf('\n', line3)).map((p) => ignoreEntryFor(MIXED, p));
    assert.ok(ignore.length >= 2, `${ignore.length} ignored`);
    for (const config of [
      { ignore },
      { shared: { words: {}, protectedWords: ['报送 材料', 'ＡＢＣ'], script: 'auto' as const, structureMode: 'auto' as const } },
    ]) {
      const got = fixAll(MIXED, { config });
      assert.deepEqual(got, reference(MIXED, { config }));
      assert.notEqual(got.output, fixAll(MIXED).output, 'the configuration changes what is fixed');
    }
  });

  it('random documents (corpus splices and synthetic): the same result as through full checks', () => {
    const paragraphs = loadParagraphs();
    fc.assert(
      fc.property(documents(paragraphs), fc.boolean(), (d, raise) => {
        const base = optionsOf(d);
        const opts: CheckOptions = raise ? { ...base, config: { ...base.config, ...raised } } : base;
        const text = docText(d);
        assert.deepEqual(fixAll(text, opts), reference(text, opts));
      }),
      { numRuns: process.env.GONGWEN_TEST_FAST ? 60 : 250, seed: Number(process.env.PROPERTY_SEED ?? 20261202) },
    );
  });

  it('a rule may lower its fix kind per report, never raise it above meta.fixable (fixAll skips suggestion rules)', () => {
    const rule = allRules.find((r) => r.meta.fixable === 'suggestion' && !r.meta.ownsSpan) as Rule;
    const original = rule.check;
    const messageId = Object.keys(rule.meta.messages)[0];
    (rule as { check: Rule['check'] }).check = (ctx: RuleContext) =>
      ctx.report({ messageId, start: 0, end: 1, fix: [{ start: 0, end: 1, newText: 'x' }], fixKind: 'safe' });
    try {
      assert.throws(() => check('加强领导。', { onlyRules: [rule.meta.id] }), /reports a safe fix but meta\.fixable is 'suggestion'/);
    } finally {
      (rule as { check: Rule['check'] }).check = original;
    }
    assert.equal(ruleById.get(rule.meta.id)?.check, original);
  });
});
