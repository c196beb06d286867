import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { check, fixAll } from '../../server/src/core/index';
import { lineNumber, lineTexts } from '../helpers/lines';
import { SHARED, SHARED_ABSENT } from '../helpers/paths';

/** The five seed documents the product was conceived from (../shared/samples, read-only, not copied). */
const read = (name: string) => readFileSync(join(SHARED!, 'samples', name), 'utf8');
const lineOf = lineNumber;

describe('seed samples: half-width punctuation', { skip: SHARED_ABSENT }, () => {
  it('002: every line with a half-width comma between Chinese is reported on that line', () => {
    const text = read('002_6e57a4d726b88f1d.txt');
    const lines = lineTexts(text);
    const expected = lines.flatMap((l, i) => (/[\u4e00-\u9fff],[\u4e00-\u9fff]/.test(l) ? [i + 1] : []));
    assert.ok(expected.length >= 10, `expected many comma lines, found ${expected.length}`);
    const reported = new Set(
      check(text)
        .filter((p) => p.ruleId === 'no-half-width-punctuation' && text[p.start] === ',')
        .map((p) => lineOf(text, p.start)),
    );
    assert.deepEqual(
      expected.filter((l) => !reported.has(l)),
      [],
      'lines with unreported commas',
    );
    const line3 = check(text)
      .filter((p) => lineOf(text, p.start) === 3)
      .map((p) => p.ruleId);
    assert.ok(
      line3.includes('no-half-width-punctuation') || line3.includes('no-web-clutter'),
      `the 时间: header line is reported (got ${line3.join(', ')})`,
    );
  });

  it('000, 002, 003: formatting leaves no half-width punctuation in Chinese context (web clutter aside)', () => {
    for (const name of ['000_e2a5ebdd068c4f04.txt', '002_6e57a4d726b88f1d.txt', '003_37ea6313b1d70f75.txt']) {
      const fixed = fixAll(read(name)).output;
      // Web clutter owns its span (one defect, one report): format leaves text that is to be deleted alone.
      const clutter = check(fixed, { onlyRules: ['no-web-clutter'] });
      const outside = (i: number) => !clutter.some((c) => c.start <= i && i < c.end);
      const left = check(fixed, { onlyRules: ['no-half-width-punctuation', 'no-half-width-parentheses'] }).filter((p) => outside(p.start));
      assert.deepEqual(
        left.map((p) => `${name}:${lineOf(fixed, p.start)} «${fixed.slice(p.start, p.end)}»`),
        [],
      );
      const between = [...fixed.matchAll(/[\u4e00-\u9fff][,;:?!][\u4e00-\u9fff]/gu)].filter((m) => outside(m.index! + 1));
      assert.deepEqual(
        between.map((m) => m[0]),
        [],
        `${name} still has a half-width mark between Han characters`,
      );
    }
  });
});
