// The structure checks against the real messy samples in ../shared/samples (read-only, never copied).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { allRules, check, type Problem } from '../../server/src/core/index';
import { lineNumber } from '../helpers/lines';
import { parseOutline } from '../../server/src/core/outline';

const candidates = [resolve(__dirname, '../../../../shared/samples'), resolve(process.cwd(), '../shared/samples')];
const dir = candidates.find((d) => existsSync(d));
const skip = dir ? false : '../shared/samples absent: structure sample tests skipped';

/** Every structure rule, from the registry (so a new one is covered without editing this list). */
const RULES = allRules.filter((r) => r.meta.category === 'structure').map((r) => r.meta.id);

function load(prefix: string): string {
  const name = readdirSync(dir!).find((n) => n.startsWith(prefix) && n.endsWith('.txt'));
  assert.ok(name, `sample ${prefix} not found`);
  return readFileSync(join(dir!, name), 'utf8');
}

function run(text: string): (Problem & { line: number; found: string })[] {
  return check(text, { onlyRules: RULES }).map((p) => ({ ...p, line: lineNumber(text, p.start), found: text.slice(p.start, p.end) }));
}

const at = (ps: ReturnType<typeof run>, rule: string) => ps.filter((p) => p.ruleId === rule).map((p) => `${p.line}:${p.found}`);

describe('structure rules on ../shared/samples', { skip }, () => {
  it('000: the (一)…(七) markers are 二级 markers written with half-width parentheses', () => {
    const ps = run(load('000'));
    const form = at(ps, 'heading-marker-form');
    assert.deepEqual(form, ['13:(一)', '15:(二)', '17:(三)', '19:(四)', '21:(五)', '23:(六)', '25:(七)', '29:(一)', '31:(二)']);
    assert.ok(
      ps
        .filter((p) => p.ruleId === 'heading-marker-form')
        .every((p) => p.fix?.kind === 'safe' && /^（[一二三四五六七]）$/.test(p.fix.edits[0].newText)),
    );
    assert.deepEqual(at(ps, 'heading-sequence'), []);
  });

  it('001 (traditional script): the 1、 markers should be 1., and the 一级 titles end with 。', () => {
    const ps = run(load('001'));
    assert.deepEqual(at(ps, 'heading-marker-form'), [
      '9:1、',
      '11:2、',
      '13:3、',
      '17:1、',
      '19:2、',
      '21:3、',
      '25:1、',
      '27:2、',
      '29:3、',
    ]);
    assert.deepEqual(at(ps, 'heading-trailing-punctuation'), ['7:。', '15:。', '23:。']);
    assert.deepEqual(at(ps, 'heading-sequence'), []);
  });

  it('002: 一、二、三、 after 六、下半年工作计划 is one demotion, and 一是/二是/四是 skips 三是', () => {
    const text = load('002');
    const ps = run(text);
    const restart = ps.filter((p) => p.ruleId === 'heading-level-restart');
    assert.equal(restart.length, 1);
    assert.equal(restart[0].line, 31);
    assert.equal(restart[0].found, '一、');
    assert.match(restart[0].message, /六、下半年工作计划/);
    assert.deepEqual(
      restart[0].fix!.edits.map((e) => e.newText),
      ['（一）', '（二）', '（三）'],
    );
    assert.equal(restart[0].related?.length, 2);
    // No sequence errors for the same run.
    assert.deepEqual(at(ps, 'heading-sequence'), []);
    assert.deepEqual(at(ps, 'enumeration-sequence'), ['27:四是']);
    assert.match(ps.find((p) => p.ruleId === 'enumeration-sequence')!.message, /此处应为“三是”，上一项为“二是”/);
  });

  it('003: a compilation with 1、 lists, a demotion and a repeated 四是', () => {
    const ps = run(load('003'));
    assert.ok(at(ps, 'heading-level-restart').includes('128:一、'));
    assert.ok(at(ps, 'enumeration-sequence').includes('48:四是'));
    assert.ok(at(ps, 'heading-marker-form').includes('9:1、'));
  });

  it('every sample parses, and no rule reports an error-level inversion on them', () => {
    for (const n of readdirSync(dir!).filter((x) => x.endsWith('.txt'))) {
      const text = readFileSync(join(dir!, n), 'utf8');
      assert.ok(parseOutline(text).headings.length > 0, n);
      assert.deepEqual(
        run(text).filter((p) => p.ruleId === 'heading-inversion'),
        [],
        n,
      );
    }
  });
});
