// The residue/number checks against the real messy samples in ../shared/samples (read-only, never copied).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { check } from '../../server/src/core/index';
import { lineNumber } from '../helpers/lines';

const candidates = [resolve(__dirname, '../../../../shared/samples'), resolve(process.cwd(), '../shared/samples')];
const dir = candidates.find((d) => existsSync(d));
const skip = dir ? false : '../shared/samples absent';

const RULES = [
  'no-placeholder',
  'no-web-clutter',
  'no-pinyin-annotation',
  'no-mojibake',
  'no-stray-page-number',
  'no-broken-line',
  'doc-number-format',
  'no-date-leading-zero',
  'no-mixed-digits',
  'number-range-unit',
];

/** [sample prefix, rule id, 1-based line, text the problem range must contain] */
const EXPECTED: readonly (readonly [string, string, number, string])[] = [
  ['000', 'no-web-clutter', 35, '隐藏内容'],
  ['000', 'no-web-clutter', 37, '此处内容需要权限查看'],
  ['000', 'no-web-clutter', 39, '普通用户特权'],
  ['000', 'no-web-clutter', 42, '会员免费查看'],
  ['000', 'no-stray-page-number', 13, '1'],
  ['000', 'no-stray-page-number', 19, '2'],
  ['000', 'no-stray-page-number', 25, '3'],
  ['000', 'no-stray-page-number', 44, '10'],
  ['002', 'no-web-clutter', 3, '时间:2022-11-05 08:31:50'],
  ['003', 'no-web-clutter', 1, '时间:2022-09-25 03:48:48'],
  ['003', 'no-web-clutter', 2, '开篇'],
  ['003', 'no-placeholder', 3, '___'],
  ['003', 'no-placeholder', 7, '__'],
  ['003', 'no-placeholder', 44, '200*'],
  ['003', 'no-placeholder', 92, '20xx'],
  ['003', 'no-broken-line', 105, '规'],
  ['004', 'no-pinyin-annotation', 1, '(guān)'],
  ['004', 'no-placeholder', 3, 'XX'],
  ['004', 'no-mojibake', 13, 'ㄎ'],
  ['004', 'no-web-clutter', 17, '相關'],
];

describe('residue checks on ../shared/samples', { skip }, () => {
  const files = dir ? readdirSync(dir).filter((n) => n.endsWith('.txt')) : [];
  const cache = new Map<string, { text: string; problems: ReturnType<typeof check> }>();
  const load = (prefix: string) => {
    if (!cache.has(prefix)) {
      const name = files.find((n) => n.startsWith(prefix));
      if (!name) return undefined;
      const text = readFileSync(join(dir!, name), 'utf8');
      cache.set(prefix, { text, problems: check(text, { onlyRules: RULES }) });
    }
    return cache.get(prefix);
  };
  for (const [prefix, rule, line, needle] of EXPECTED) {
    it(`${prefix}: ${rule} finds «${needle}» on line ${line}`, (t) => {
      const s = load(prefix);
      if (!s) return t.skip(`sample ${prefix}_* absent`);
      const found = s.problems.filter(
        (p) => p.ruleId === rule && lineNumber(s.text, p.start) === line && s.text.slice(p.start, p.end).includes(needle),
      );
      assert.ok(
        found.length > 0,
        `no ${rule} problem containing «${needle}» on line ${line}; on that line: ${s.problems
          .filter((p) => lineNumber(s.text, p.start) === line)
          .map((p) => `${p.ruleId}«${s.text.slice(p.start, p.end)}»`)
          .join(', ')}`,
      );
    });
  }
  it('004: removing the pinyin annotations leaves no (guān)-style residue', (t) => {
    const s = load('004');
    if (!s) return t.skip('sample 004_* absent');
    const pinyin = s.problems.filter((p) => p.ruleId === 'no-pinyin-annotation');
    assert.ok(pinyin.length > 100, `expected hundreds of annotations, got ${pinyin.length}`);
    assert.ok(pinyin.every((p) => /^[(（][a-zü\u00e0-\u01dc]+[)）]$/u.test(s.text.slice(p.start, p.end))));
  });
  it('000: page-number sequence does not include real quantities', (t) => {
    const s = load('000');
    if (!s) return t.skip('sample 000_* absent');
    for (const p of s.problems.filter((q) => q.ruleId === 'no-stray-page-number')) {
      assert.doesNotMatch(s.text.slice(p.end, p.end + 1), /[个项人次元万亿]/u);
    }
  });
});
