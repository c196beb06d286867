import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { applyEdits, buildModel, check, fixAll, ParagraphCache } from '../../server/src/core/index';
import { lineMap } from '../../server/src/core/line-carry';
import type { TextEdit } from '../../server/src/core/types';
import { editsOf } from '../helpers/edits';

// Lines carried over fixAll's edits (core/line-carry.ts, issue 14): a line of the edited text is given the value of a
// line of the text before only when it is that line, unchanged; lines no edit came near are all carried.

const PIECES = ['国家', '，', '一、', 'ab', ' ', '\n', '\n', '\r\n', '\r'];
const piece = fc.constantFrom(...PIECES);
const docArb = fc.array(piece, { maxLength: 60 }).map((a) => a.join(''));
const editArb = fc.array(
  fc.record({ at: fc.nat(), del: fc.nat({ max: 4 }), ins: fc.array(piece, { maxLength: 3 }).map((a) => a.join('')), next: fc.boolean() }),
  {
    maxLength: 5,
  },
);

describe('lines carried over edits', () => {
  it('a carried line is the same line, unchanged; a line far from every edit is carried', () => {
    let carried = 0;
    fc.assert(
      fc.property(docArb, editArb, (text, raw) => {
        const edits = editsOf(text, raw);
        const before = buildModel(text);
        const after = buildModel(applyEdits(text, edits));
        const got = [...lineMap(before.lines, edits, { starts: after.lines.map((l) => l.start), ends: after.lines.map((l) => l.end) })];
        got.forEach((o, n) => {
          if (o < 0) return;
          carried++;
          assert.equal(after.lines[n].text, before.lines[o].text, `line ${n} carried from ${o}`);
        });
        // A line with a whole line between it and every edit keeps its place in the order of lines and is carried.
        const far = before.lines.filter((l) => edits.every((e) => e.end < l.start - 2 || e.start > l.end + 2) && l.text.length > 0);
        for (const l of far) assert.ok(got.includes(l.index), `line ${l.index} (${JSON.stringify(l.text)}) not carried`);
      }),
      { numRuns: 400, seed: 20261202 },
    );
    assert.ok(carried > 500, `${carried} lines carried`);
  });

  it('fixAll through its own cache (lines carried) equals fixAll through a caller-owned one', () => {
    const text = '我们 , 认真学习 (一) 政策, 2024 年 。\n一、总体要求 ,\n\n说明 : 为 了 发展 ,  ok\n我们 , 认真学习 (一) 政策\r\n';
    const own = fixAll(text);
    assert.deepEqual(own, fixAll(text, { paragraphCache: new ParagraphCache({ lineFacts: false }) }));
    assert.ok(own.passes >= 2, `${own.passes} passes`);
  });

  it('a carried line is checked again when what its key is made of changed: its heading markers, the line breaks', () => {
    /** Lines the paragraph rules check in `after`, the text of `before` with `edits`, through a cache carried over them. */
    const checkedAfter = (before: string, edits: TextEdit[]): number => {
      const cache = new ParagraphCache({ lineFacts: false });
      cache.track = true;
      check(before, { paragraphCache: cache });
      cache.edits = edits;
      check(applyEdits(before, edits), { paragraphCache: cache });
      return cache.last.checked;
    };
    // 2、 on the second line is a heading marker only after the heading 1、 on the first.
    const text = '1、总体要求\n2、3月份完成';
    assert.equal(checkedAfter(text, [{ start: 2, end: 4, newText: '主要' }]), 1, 'the first line stays a heading: the second is carried');
    assert.equal(checkedAfter(text, [{ start: 0, end: 2, newText: '' }]), 2, 'the second line lost its marker');
    // The first line break decides the document's: a CRLF made LF changes the key of every line.
    const mixed = '甲乙\r\n丙丁\n戊己';
    assert.equal(checkedAfter(mixed, [{ start: 0, end: 1, newText: '庚' }]), 1);
    assert.equal(checkedAfter(mixed, [{ start: 2, end: 4, newText: '\n' }]), 3);
  });
});
