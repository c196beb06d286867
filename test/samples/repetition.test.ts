// The repetition and wording checks against the real messy samples in ../shared/samples (read-only, never copied).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { check } from '../../server/src/core/index';
import { lineNumber } from '../helpers/lines';

const candidates = [
  resolve(__dirname, '../../../../shared/samples'),
  resolve(process.cwd(), '../shared/samples'),
  process.env.GONGWEN_SHARED ? join(process.env.GONGWEN_SHARED, 'samples') : '',
];
const dir = candidates.find((d) => d && existsSync(d));
const skip = dir ? false : '../shared/samples absent: repetition/wording sample checks skipped';

const RULES = [
  'no-repeated-word',
  'no-duplicate-sentence',
  'no-overused-phrase',
  'no-misused-word',
  'no-variant-word',
  'no-redundant-word',
];

/** [sample prefix, rule id, 1-based line, exact text of the problem range, severity] */
const EXPECTED: readonly (readonly [string, string, number, string, string])[] = [
  ['001', 'no-repeated-word', 11, '的的', 'warning'], // 活動的的開展 (traditional)
  ['001', 'no-duplicate-sentence', 5, '市科技局創先爭優工作總結範文', 'warning'], // title repeated after the first paragraph
  ['002', 'no-duplicate-sentence', 5, '县科技局上年工作总结', 'warning'], // title repeated under the date line
  ['002', 'no-misused-word', 23, '截止到', 'error'], // 截止到目前 → 截至目前
  ['003', 'no-repeated-word', 46, '的的', 'warning'], // 城市经济的的发展
  ['003', 'no-redundant-word', 88, '涉及到', 'warning'],
];

function load(prefix: string): string | undefined {
  const f = readdirSync(dir!).find((n) => n.startsWith(prefix + '_') && n.endsWith('.txt'));
  return f ? readFileSync(join(dir!, f), 'utf8') : undefined;
}

describe('repetition and wording on ../shared/samples', { skip }, () => {
  for (const [prefix, rule, line, found, severity] of EXPECTED) {
    it(`${prefix}: ${rule} finds «${found}» on line ${line}`, (t) => {
      const text = load(prefix);
      if (text === undefined) return t.skip(`sample ${prefix} absent`);
      const ps = check(text, { onlyRules: RULES }).filter((p) => p.ruleId === rule);
      const lineOf = (o: number) => lineNumber(text, o);
      const hit = ps.find((p) => lineOf(p.start) === line && text.slice(p.start, p.end) === found);
      assert.ok(
        hit,
        `expected ${rule} «${found}» on line ${line}; got:\n${ps.map((p) => `${lineOf(p.start)} «${text.slice(p.start, p.end)}»`).join('\n')}`,
      );
      assert.equal(hit.severity, severity);
    });
  }

  it('the repeated titles point at their first occurrence (line 1)', (t) => {
    for (const prefix of ['001', '002']) {
      const text = load(prefix);
      if (text === undefined) return t.skip(`sample ${prefix} absent`);
      const p = check(text, { onlyRules: ['no-duplicate-sentence'] }).find((q) => q.messageId === 'duplicateParagraph');
      assert.ok(p?.related?.length, `${prefix}: related information`);
      assert.equal(p.related![0].start, 0, `${prefix}: first occurrence is the title on line 1`);
    }
  });

  it('截止到11月份 (sample 003) is not flagged: 截止到 + a date is accepted usage', (t) => {
    const text = load('003');
    if (text === undefined) return t.skip('sample 003 absent');
    const at = text.indexOf('截止到11月份');
    if (at < 0) return t.skip('截止到11月份 not in sample 003');
    const ps = check(text, { onlyRules: ['no-misused-word'] });
    assert.ok(!ps.some((p) => p.start <= at && p.end > at));
  });
});
