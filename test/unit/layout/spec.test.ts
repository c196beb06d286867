import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GBT9704, marginsOf, mmToTwips, pitchOf, resolveLayout } from '../../../server/src/core/layout/spec';

describe('layout spec (GB/T 9704)', () => {
  it('derives the bottom and right margins and the Word page figures of the standard', () => {
    const m = marginsOf(GBT9704);
    assert.deepEqual(m, { topMm: 37, leftMm: 28, bottomMm: 35, rightMm: 26 });
    assert.equal(mmToTwips(210), 11906);
    assert.equal(mmToTwips(297), 16838);
    assert.equal(mmToTwips(37), 2098);
    assert.equal(mmToTwips(28), 1587);
    assert.equal(mmToTwips(35), 1984);
    assert.equal(mmToTwips(26), 1474);
    const p = pitchOf(GBT9704);
    assert.ok(Math.abs(p.lineMm - 10.227) < 0.01);
    assert.ok(Math.abs(p.charMm - 5.571) < 0.01);
  });

  it('applies a valid override and keeps the standard elsewhere', () => {
    const { spec, issues } = resolveLayout({
      margins: { topMm: 36 },
      grid: { linesPerPage: 23 },
      roles: { title: { size: '小一' }, heading2: { face: 'fangsong' } },
    });
    assert.deepEqual(issues, []);
    assert.equal(spec.margins.topMm, 36);
    assert.equal(spec.margins.leftMm, 28);
    assert.equal(spec.grid.linesPerPage, 23);
    assert.equal(spec.grid.charsPerLine, 28);
    assert.equal(spec.roles.title.sizePt, 24);
    assert.equal(spec.roles.heading2.face, 'fangsong');
    assert.equal(GBT9704.roles.heading2.face, 'kaiti', 'the standard object is not mutated');
  });

  it('reports bad values, unknown keys and a type area that does not fit, and ignores them', () => {
    const r1 = resolveLayout({ grid: { charsPerLine: 28.5 }, colour: 'red', roles: { body: { face: 'comic' }, foo: {} } });
    assert.deepEqual(r1.issues.map((i) => i.path).sort(), [
      'layout.colour',
      'layout.grid.charsPerLine',
      'layout.roles.body.face',
      'layout.roles.foo',
    ]);
    assert.equal(r1.spec.grid.charsPerLine, 28);
    const r2 = resolveLayout({ margins: { leftMm: 60 }, typeArea: { widthMm: 190 } });
    assert.equal(r2.issues.length, 1);
    assert.equal(r2.spec, GBT9704);
    assert.equal(resolveLayout('x').issues[0].path, 'layout');
    assert.equal(resolveLayout(undefined).spec, GBT9704);
  });
});
