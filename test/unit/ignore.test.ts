import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  check,
  dropIgnored,
  entryMatches,
  fixAll,
  ignoreEntryFor,
  mergeConfig,
  parseConfigObject,
  EMPTY_CONFIG,
  type IgnoreEntry,
  type Problem,
} from '../../server/src/core/index';

const RULE = 'no-half-width-punctuation';
const commas = (text: string, ignore?: IgnoreEntry[]): Problem[] =>
  check(text, { config: { ...EMPTY_CONFIG, ...(ignore ? { ignore } : {}) } }).filter((p) => p.ruleId === RULE);

describe('ignored findings (core/ignore.ts)', () => {
  const text = '各单位要高度重视,认真落实。\n请于3月5日前报送,逾期不候。';

  it('an entry made for one finding hides that finding only, in check() and fixAll()', () => {
    const all = commas(text);
    assert.equal(all.length, 2);
    const entry = ignoreEntryFor(text, all[0]);
    assert.deepEqual(entry, { rule: RULE, text: ',', context: '各单位要高度重视,认真落实。' });
    const left = commas(text, [entry]);
    assert.deepEqual(
      left.map((p) => p.start),
      [all[1].start],
    );
    // fixAll leaves the ignored comma as it is and fixes the other.
    const fixed = fixAll(text, { config: { ...EMPTY_CONFIG, ignore: [entry] } }).output;
    assert.equal(fixed, '各单位要高度重视,认真落实。\n请于3月5日前报送，逾期不候。');
  });

  it('survives edits elsewhere (offsets move) but not an edit of its context', () => {
    const entry = ignoreEntryFor(text, commas(text)[0]);
    const moved = `关于报送材料的通知\n\n${text}`;
    assert.equal(commas(moved, [entry]).length, 1, 'still ignored after lines were inserted above');
    const changed = text.replace('认真落实', '切实落实');
    assert.equal(commas(changed, [entry]).length, 2, 'the context changed: the finding is back');
  });

  it('without context an entry hides every finding of the rule with that text', () => {
    assert.equal(commas(text, [{ rule: RULE, text: ',' }]).length, 0);
    assert.equal(commas(text, [{ rule: 'another-rule', text: ',' }]).length, 2, 'another rule does not hide it');
    assert.equal(commas(text, [{ rule: RULE, text: '，' }]).length, 2, 'another text does not hide it');
  });

  it('context is cut at line ends and never splits a surrogate pair', () => {
    const t = '𠮷,𠮷';
    const p = { ruleId: RULE, start: 2, end: 3 };
    const e = ignoreEntryFor(t, p);
    assert.equal(e.context, '𠮷,𠮷');
    assert.ok(entryMatches(t, p, e));
    const long = `${'甲'.repeat(7)}𠮷,乙`;
    const q = { ruleId: RULE, start: long.indexOf(','), end: long.indexOf(',') + 1 };
    const ctx = ignoreEntryFor(long, q).context!;
    assert.ok(!/^[\udc00-\udfff]/.test(ctx), `no lone low surrogate at the start: ${JSON.stringify(ctx)}`);
    assert.ok(entryMatches(long, q, ignoreEntryFor(long, q)));
  });

  it('an empty flagged text (an insertion point) is matched by its context and does not loop', () => {
    const t = '甲乙丙';
    const p = { ruleId: RULE, start: 1, end: 1 };
    const e = ignoreEntryFor(t, p);
    assert.deepEqual(e, { rule: RULE, text: '', context: '甲乙丙' });
    assert.ok(entryMatches(t, p, e));
    assert.ok(!entryMatches('丁乙丙', p, e));
  });

  it('a flagged text occurring twice in its context matches at either place', () => {
    const t = '甲,乙,丙';
    const e: IgnoreEntry = { rule: RULE, text: ',', context: '甲,乙,丙' };
    assert.ok(entryMatches(t, { ruleId: RULE, start: 1, end: 2 }, e));
    assert.ok(entryMatches(t, { ruleId: RULE, start: 3, end: 4 }, e));
  });

  it('dropIgnored returns the same list when there is nothing to ignore', () => {
    const ps = commas(text);
    assert.equal(dropIgnored(text, ps, undefined), ps);
    assert.equal(dropIgnored(text, ps, []), ps);
  });
});

describe('"ignore" in the configuration (core/config.ts)', () => {
  it('valid entries apply; bad ones are reported by index and dropped', () => {
    const { config, issues } = parseConfigObject({
      ignore: [
        { rule: RULE, text: ',', context: '重视,认真' },
        { rule: RULE, text: ',' },
        { rule: RULE },
        { rule: RULE, text: ',', context: '不含原文' },
        { rule: RULE, text: ',', extra: 1 },
        'no',
      ],
    });
    assert.deepEqual(config.ignore, [
      { rule: RULE, text: ',', context: '重视,认真' },
      { rule: RULE, text: ',' },
    ]);
    assert.deepEqual(
      issues.map((i) => i.path),
      ['ignore.2', 'ignore.3', 'ignore.4', 'ignore.5'],
    );
  });

  it('"ignore" that is not an array is reported; an unknown rule is noted and kept', () => {
    assert.deepEqual(
      parseConfigObject({ ignore: {} }).issues.map((i) => i.path),
      ['ignore'],
    );
    const r = parseConfigObject({ ignore: [{ rule: 'no-such-rule', text: 'x' }] });
    assert.equal(r.config.ignore?.length, 1);
    assert.equal(r.issues[0].path, 'ignore.0.rule');
    assert.equal(r.issues[0].applied, true);
  });

  it('no "ignore" key: the config has no ignore list; mergeConfig adds the lists up', () => {
    assert.equal(parseConfigObject({}).config.ignore, undefined);
    const a = { ...EMPTY_CONFIG, ignore: [{ rule: RULE, text: 'a' }] };
    const b = { ignore: [{ rule: RULE, text: 'b' }] };
    assert.deepEqual(
      mergeConfig(a, b).ignore?.map((e) => e.text),
      ['a', 'b'],
    );
    assert.equal(mergeConfig(EMPTY_CONFIG, {}).ignore, undefined);
  });
});
