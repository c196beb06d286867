// One defect, one report (issue 11 item 9): problems of other rules lying fully inside a span that a rule with
// `meta.ownsSpan` reports (residue family: pinyin annotations, web clutter, licence notices) are dropped by the engine.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allRules, check, fixAll } from '../../server/src/core/index';

const ids = (text: string) => check(text).map((p) => `${p.ruleId}@${text.slice(p.start, p.end)}`);

describe('owned spans: residue rules own their span', () => {
  it('the owners are the residue rules that declare it', () => {
    const owners = allRules.filter((r) => r.meta.ownsSpan).map((r) => r.meta.id);
    assert.deepEqual(owners.sort(), ['no-pinyin-annotation', 'no-web-clutter']);
    for (const r of allRules) if (r.meta.ownsSpan) assert.equal(r.meta.category, 'residue');
  });

  it('a pinyin annotation 關(guān) is one report, not two bracket errors plus the pinyin warning', () => {
    const text = '臺北市政府函\n主旨：有關(guān)本府辦理防汛整備工作事項，請查照。';
    const found = check(text);
    const inAnnotation = found.filter((p) => p.start >= text.indexOf('(') && p.end <= text.indexOf(')') + 1);
    assert.deepEqual(
      inAnnotation.map((p) => p.ruleId),
      ['no-pinyin-annotation'],
    );
    // The hover leads with the right advice: the first problem at the bracket is the pinyin one.
    const atBracket = found.filter((p) => p.start <= text.indexOf('(') && text.indexOf('(') < p.end);
    assert.equal(atBracket[0].ruleId, 'no-pinyin-annotation');
    assert.equal(fixAll(text).output, '臺北市政府函\n主旨：有關本府辦理防汛整備工作事項，請查照。');
  });

  it('a half-width bracket outside the annotation is still reported', () => {
    const text = '研究部署关(guān)于防汛工作，国内生产总值(GDP)增长5%。';
    const found = ids(text);
    assert.ok(found.includes('no-pinyin-annotation@(guān)'));
    assert.equal(found.filter((x) => x.startsWith('no-half-width-parentheses')).length, 2, found.join(' '));
  });

  it('a share bar is reported as web clutter only: 微信 微博 is not "fixed" into 微信微博', () => {
    const text = '关于做好2025年防汛工作的通知\n分享到：微信 微博 QQ空间\n各区县人民政府：\n现将有关事项通知如下。';
    assert.deepEqual(
      check(text).map((p) => p.ruleId),
      ['no-web-clutter'],
    );
    assert.ok(!fixAll(text).output.includes('微信微博'));
  });

  it('a licence notice reported as web clutter is not re-reported as script mixing', () => {
    const text =
      '国务院关于加强安全生产工作的通知\n各省、自治区、直辖市人民政府：\n现就加强安全生产工作通知如下。\n\n' +
      '本作品是中华人民共和国政府的正式文件，依法屬於公有領域，不受著作權法保護。\n本作品在美國也屬於公有領域。';
    const found = check(text);
    assert.ok(found.some((p) => p.ruleId === 'no-web-clutter' && p.messageId === 'licence'));
    assert.deepEqual(
      found.filter((p) => p.ruleId === 'no-mixed-script'),
      [],
    );
  });

  it('script mixing outside the owned span is still reported', () => {
    const text =
      '国务院关于加强安全生产工作的通知\n各地要認真落实安全生产责任制。\n\n' +
      '本作品是中华人民共和国政府的正式文件，依法屬於公有領域，不受著作權法保護。\n本作品在美國也屬於公有領域。';
    const mixed = check(text).filter((p) => p.ruleId === 'no-mixed-script');
    assert.ok(mixed.length > 0 && mixed.every((p) => p.end <= text.indexOf('本作品')));
  });

  it('the rule alone still reports inside the span (onlyRules: the owner is off)', () => {
    const text = '研究部署关(guān)于防汛工作。';
    assert.equal(check(text, { onlyRules: ['no-half-width-parentheses'] }).length, 2);
  });
});
