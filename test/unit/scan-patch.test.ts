import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { applyEdits, fixAll, ParagraphCache } from '../../server/src/core/index';
import { positions, S_IN_SIMPLIFIED, S_IN_TRADITIONAL, S_VARIANT, scanText, type TextScan } from '../../server/src/core/script/scan';
import { carriedScan, patchScan } from '../../server/src/core/script/scan-patch';
import type { TextEdit } from '../../server/src/core/types';

// The script scan fixAll carries from pass to pass (core/script/scan-patch.ts, issue 14): the scan of an edited text
// made from the scan before the edits must equal scanText of the edited text, in its counts and in every position
// `positions` gives, or be refused (undefined) so that fixAll scans again.

/** Simplified- and traditional-only characters, variant forms, dual-use characters, astral Han, lone surrogates. */
const PIECES = [
  '国家',
  '國家',
  '认真学习',
  '認真學習',
  '為',
  '爲',
  '裡',
  '裏',
  '啟',
  '啓',
  '說',
  '説',
  '於',
  '乾',
  '台',
  '𠀀',
  '\ud840',
  '\udc00',
  '，',
  'ab 1',
  '\n',
  '\r\n',
];
const piece = fc.constantFrom(...PIECES);
const docArb = fc.array(piece, { maxLength: 80 }).map((a) => a.join(''));

/** Non-overlapping edits of `text`, sorted, as fixAll applies them (insertions never at one point twice). */
function editsOf(text: string, raw: readonly { at: number; del: number; ins: string }[]): TextEdit[] {
  const out: TextEdit[] = [];
  let from = 0;
  for (const r of [...raw].sort((a, b) => a.at - b.at)) {
    const start = from + (r.at % (text.length + 1 - from));
    if (start > text.length || (start === from && from > 0)) continue;
    const end = Math.min(text.length, start + r.del);
    out.push({ start, end, newText: r.ins });
    from = end + 1;
    if (from > text.length) break;
  }
  return out;
}

function assertSameScan(text: string, got: TextScan, want: TextScan): void {
  assert.equal(got.trad, want.trad, 'trad');
  assert.equal(got.simp, want.simp, 'simp');
  assert.deepEqual(got.miss, want.miss, 'miss');
  for (const bit of [S_IN_SIMPLIFIED, S_IN_TRADITIONAL, S_VARIANT])
    assert.deepEqual(positions(text, got, bit), positions(text, want, bit), `bit ${bit}`);
}

const editArb = fc.array(
  fc.record({ at: fc.nat(), del: fc.nat({ max: 5 }), ins: fc.array(piece, { maxLength: 3 }).map((a) => a.join('')) }),
  {
    maxLength: 5,
  },
);

describe('script scan carried across fixAll passes', () => {
  it('carriedScan equals scanText', () => {
    fc.assert(
      fc.property(docArb, (text) => assertSameScan(text, carriedScan(text), scanText(text))),
      { numRuns: 300, seed: 20261202 },
    );
  });

  it('a patched scan equals the scan of the edited text, over chains of edits; surrogates next to an edit are refused', () => {
    let patched = 0;
    let refused = 0;
    fc.assert(
      fc.property(docArb, fc.array(editArb, { minLength: 1, maxLength: 4 }), fc.nat({ max: 2 }), (text, rounds, ask) => {
        let before = text;
        let scan = carriedScan(before);
        // Positions asked in a pass are carried; the others are found when asked.
        if (ask > 0) positions(before, scan, ask === 1 ? S_IN_TRADITIONAL : S_IN_SIMPLIFIED);
        for (const raw of rounds) {
          const edits = editsOf(before, raw);
          const after = applyEdits(before, edits);
          const next = patchScan(before, scan, edits, after);
          if (!next) {
            refused++;
            assert.ok(
              edits.some((e) => /[\ud800-\udfff]/.test(before.slice(Math.max(0, e.start - 1), e.end + 1) + e.newText)),
              'refused without a surrogate at an edit',
            );
            return;
          }
          patched++;
          assertSameScan(after, next, scanText(after));
          before = after;
          scan = next;
        }
      }),
      { numRuns: 500, seed: 20261202 },
    );
    assert.ok(patched > 200 && refused > 10, `patched ${patched}, refused ${refused}`);
  });

  it('fixAll gives the same output, passes and count with the carried scan as without (a caller-owned cache)', () => {
    const texts = [
      '我们 , 认真学习 (一) 國家政策, 2024 年 。\n說明 : 為 了 發展 ,  ok\n',
      '總統府新聞稿 (Taiwan) , 2024 年 \n我们认真学习, 为 , 里 ; a 𠀀 , 國家 \r\n一、总体要求 ,\n',
    ];
    for (const text of texts) {
      const carried = fixAll(text);
      const reference = fixAll(text, { paragraphCache: new ParagraphCache({ lineFacts: false }) });
      assert.deepEqual(carried, reference);
      assert.ok(carried.passes >= 2, `${carried.passes} passes`);
    }
  });
});
