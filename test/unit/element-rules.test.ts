/**
 * The element rules on the hand-written 公文 of test/fixtures/elements (r-*.gongwen): every finding of the GW-ELEM
 * rules (category 'element' and doc-number-format) is listed here as rule:message@line (1-based), so a false alarm
 * on a clean draft fails as surely as a missed defect in a defective one. The findings of the other rules
 * (half-width colons, leading zeros) are not this test's.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { allRules, check, fixAll } from '../../server/src/core/index';
import { ROOT } from '../helpers/paths';
import { rng } from '../helpers/rng';

const DIR = join(ROOT, 'test', 'fixtures', 'elements');
const RULES = allRules.filter((r) => r.meta.category === 'element' || r.meta.id === 'doc-number-format').map((r) => r.meta.id);

const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  'r-notice-3': [
    'doc-number-format:docNumber@3',
    'title-form:endMark@5',
    'attachment-note-form:endMark@14',
    'attachment-note-form:endMark@15',
    'attachment-note-form:sequence@15',
    'cc-ending:missingEnd@23',
  ],
  'r-notice-4': ['secrecy-mark:star@2', 'secrecy-mark:numeral@2', 'urgency-wording:word@3', 'urgency-wording:title@9'],
  'r-notice-5': ['cc-ending:missingEnd@25'],
  'r-notice-7': ['no-blank-page-note:blankPage@10'],
  'r-request-2': ['signer-form:separator@3', 'title-form:genreRepeat@5'],
  'r-request-3': ['attachment-title-match:mismatch@22'],
  'r-report-2': ['title-form:genreRepeat@5', 'report-no-request:request@13'],
  'r-reply-2': ['title-form:guanyuDui@1', 'doc-number-citation:order@5'],
  'r-opinion-2': ['title-form:endMark@1'],
};

function findings(text: string): string[] {
  const severities = Object.fromEntries(RULES.map((id) => [id, 'warning' as const]));
  const ps = check(text, { onlyRules: RULES, language: 'gongwen', config: { rules: severities } });
  const lineOf = (i: number) => text.slice(0, i).split('\n').length;
  return ps.map((p) => `${p.ruleId}:${p.messageId}@${lineOf(p.start)}`).sort();
}

describe('element rules on the 公文 fixtures', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.gongwen'));
  it('has the fixtures', () => assert.ok(files.length >= 20, `only ${files.length} fixtures in ${DIR}`));
  for (const f of files) {
    const name = f.replace(/\.gongwen$/, '');
    it(name, () => {
      const text = readFileSync(join(DIR, f), 'utf8');
      assert.deepEqual(findings(text), [...(EXPECTED[name] ?? [])].sort());
    });
  }
});

const MUTATIONS: readonly ((lines: string[], r: () => number) => void)[] = [
  (ls, r) => void ls.splice(Math.floor(r() * ls.length), 1), // drop a line
  (ls, r) => void ls.splice(Math.floor(r() * ls.length), 0, ''), // blank line
  (ls, r) => {
    const i = Math.floor(r() * ls.length);
    ls[i] = ls[i] + '，；。:、'[Math.floor(r() * 5)];
  },
  (ls, r) => {
    const i = Math.floor(r() * ls.length);
    ls[i] = ls[i].replace(/[：:]/u, ' ').replace('★', '*').replace('〔', '[');
  },
  (ls, r) => {
    const i = Math.floor(r() * ls.length);
    const j = Math.floor(r() * ls.length);
    [ls[i], ls[j]] = [ls[j], ls[i]];
  },
  (ls, r) => {
    const i = Math.floor(r() * ls.length);
    ls[i] = ls[i].slice(0, Math.floor(r() * ls[i].length));
  },
];

describe('element rules on damaged 公文: no crash, fixes converge, no text lost', () => {
  const files = readdirSync(DIR).filter((f) => /^r-.*\.gongwen$/u.test(f));
  it('400 mutated fixtures', () => {
    const r = rng(15);
    const severities = Object.fromEntries(RULES.map((id) => [id, 'warning' as const]));
    const opts = { onlyRules: RULES, language: 'gongwen' as const, config: { rules: severities } };
    for (let n = 0; n < 400; n++) {
      const lines = readFileSync(join(DIR, files[n % files.length]), 'utf8').split('\n');
      for (let k = 1 + Math.floor(r() * 3); k > 0; k--) MUTATIONS[Math.floor(r() * MUTATIONS.length)](lines, r);
      const text = lines.join(r() < 0.3 ? '\r\n' : '\n');
      const problems = check(text, opts);
      for (const p of problems) assert.ok(p.start >= 0 && p.end <= text.length && p.start <= p.end, `range of ${p.ruleId}`);
      const once = fixAll(text, opts).output;
      assert.equal(fixAll(once, opts).output, once, `fix-all converges on mutation ${n} of ${files[n % files.length]}`);
      // Safe fixes may turn Chinese numerals into digits (二年 → 2年) and drop 第 from a 发文字号; no other Han goes.
      const words = (s: string) => s.replace(/[^\u4e00-\u9fff]|[第〇一二三四五六七八九十两零]/gu, '');
      assert.equal(words(once), words(text), `no text lost (mutation ${n})`);
    }
  });
});
