import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { applyEdits, buildModel, fixAll, DEFAULT_SHARED, type DocumentLanguage, type DocumentModel } from '../../server/src/core/index';
import type { RuleContext, SharedSettings, TextEdit } from '../../server/src/core/types';
import { carriedModel, isLineLocal } from '../../server/src/core/model-carry';
import { PassCarry, PASS_CARRY } from '../../server/src/core/pass-carry';
import { quotations } from '../../server/src/core/quotes';
import { clutterBlocks } from '../../server/src/core/residue';
import { scriptPieces } from '../../server/src/core/script/pieces';
import { DEFAULT_SKIP } from '../../server/src/core/script/analyze';
import { loadParagraphs } from '../property/corpus';
import { docText, documents } from '../property/generators';
import { optionsOf } from '../property/properties';
import { editsOf } from '../helpers/edits';

// What one fixAll pass hands the next (core/pass-carry.ts, model-carry.ts, issue 14): the text model of the lines the
// pass's edits left alone, and the per-line values of the web-clutter classes, the quotations and the script rules'
// skip words. Each must equal what the next pass would compute without them.

/** URLs, e-mail addresses, paths (masked), comment ends and Markdown (which mask across lines), quotations, clutter. */
const PIECES = [
  '各地区要加强领导',
  'http://www.gov.cn/a_b',
  'www.',
  'https://x.cn/(a)',
  'a.b@c.cn',
  '@',
  '/usr/bin',
  './a/b',
  'C:\\a\\b',
  '-->',
  '```',
  '---',
  '`x`',
  '<b>',
  '“',
  '”',
  '《通知》',
  '‘',
  '’99',
  'don’t',
  '「',
  '」',
  '乾隆',
  '台',
  '於',
  '分享到：微信 微博',
  '来源：新华社',
  '關(guān)',
  '一、',
  '𠀀',
  '\ud840',
  ' ',
  '\n',
  '\n',
  '\r\n',
  '\r',
];
// An HTML comment opener (which masks across lines: nothing is carried) in one document in ten or so.
const piece = fc.oneof({ arbitrary: fc.constantFrom(...PIECES), weight: 300 }, { arbitrary: fc.constant('<!--'), weight: 1 });
const docArb = fc.array(piece, { maxLength: 80, size: 'medium' }).map((a) => a.join(''));
const rawEdits = fc.array(
  fc.record({ at: fc.nat(), del: fc.nat({ max: 5 }), ins: fc.array(piece, { maxLength: 3 }).map((a) => a.join('')) }),
  {
    maxLength: 4,
  },
);

function assertSameModel(got: DocumentModel, want: DocumentModel, what: string): void {
  const { lineAt: gotAt, ...g } = got;
  const { lineAt: wantAt, ...w } = want;
  assert.deepEqual(g, w, what);
  for (let i = 0; i <= want.text.length; i++) assert.equal(gotAt(i), wantAt(i), `${what}: lineAt(${i})`);
}

/** A rule context over `doc` whose memo holds `carry` (as in a fixAll pass), or none. */
function contextOf(doc: DocumentModel, carry: PassCarry | undefined, shared: SharedSettings = DEFAULT_SHARED): RuleContext {
  const memo = new Map<string, unknown>(carry ? [[PASS_CARRY, carry]] : []);
  return {
    doc,
    text: doc.text,
    segments: doc.segments,
    options: {},
    shared,
    memo: <T>(key: string, compute: () => T): T => {
      if (!memo.has(key)) memo.set(key, compute());
      return memo.get(key) as T;
    },
    report: () => {},
  };
}

const analyses = (ctx: RuleContext) => ({
  clutter: clutterBlocks(ctx),
  quotations: quotations(ctx),
  pieces: scriptPieces(ctx, DEFAULT_SKIP),
});

describe('fixAll carries the model and per-line analyses from pass to pass', () => {
  it('random edits: the carried model equals the model built of the edited text', () => {
    let carriedLines = 0;
    fc.assert(
      fc.property(docArb, rawEdits, (text, raw) => {
        const edits = editsOf(text, raw);
        const after = applyEdits(text, edits);
        if (!isLineLocal(text, 'plaintext') || !isLineLocal(after, 'plaintext')) return;
        const { doc, from } = carriedModel(buildModel(text), edits, after);
        assertSameModel(doc, buildModel(after), JSON.stringify({ text, edits }));
        carriedLines += from.filter((o) => o >= 0).length;
      }),
      { numRuns: 600, seed: 20261202 },
    );
    assert.ok(carriedLines > 1000, `${carriedLines} lines carried`);
  });

  it('random passes: every pass has the model and the analyses it would compute without the carry', () => {
    const protectedWords = { ...DEFAULT_SHARED, protectedWords: ['乾隆', '微信 微博', 'a\nb'] };
    const linesOnly = { ...DEFAULT_SHARED, protectedWords: ['乾隆', '微信'] };
    let carried = 0;
    fc.assert(
      fc.property(
        docArb,
        fc.array(rawEdits, { minLength: 1, maxLength: 3 }),
        fc.constantFrom<DocumentLanguage>('plaintext', 'plaintext', 'gongwen', 'markdown'),
        fc.constantFrom(DEFAULT_SHARED, protectedWords, linesOnly),
        (first, passes, language, shared) => {
          const carry = new PassCarry();
          let text = first;
          for (let p = 0; p <= passes.length; p++) {
            const doc = carry.model(text, language);
            assertSameModel(doc, buildModel(text, language), `pass ${p}`);
            const ctx = contextOf(doc, carry, shared);
            const values = carry.carried<unknown>(doc, 'clutter');
            if (values) carried += values.filter((v) => v !== undefined).length;
            assert.deepEqual(analyses(ctx), analyses(contextOf(buildModel(text, language), undefined, shared)), `pass ${p}`);
            if (p === passes.length) break;
            const edits = editsOf(text, passes[p]);
            text = applyEdits(text, edits);
            carry.advance(edits);
          }
        },
      ),
      { numRuns: 400, seed: 20261202 },
    );
    assert.ok(carried > 800, `${carried} clutter classes carried`);
  });

  it('a model that is not line-local (a comment, Markdown) is built again, and nothing is carried', () => {
    const plain = '甲乙\n分享到：微信 微博\nhttp://a.cn/x 丙\n丁';
    const commented = '甲乙\n<!-- 注释\nhttp://a.cn/x 丙 -->\n丁';
    const cases: [string, TextEdit[], DocumentLanguage, boolean][] = [
      [plain, [{ start: 0, end: 1, newText: '戊' }], 'plaintext', true],
      [plain, [{ start: 0, end: 1, newText: '戊' }], 'markdown', false],
      [plain, [{ start: 0, end: 1, newText: '<!--' }], 'plaintext', false],
      [commented, [{ start: 0, end: 1, newText: '戊' }], 'plaintext', false],
    ];
    for (const [text, edits, language, carries] of cases) {
      const carry = new PassCarry();
      analyses(contextOf(carry.model(text, language), carry));
      carry.advance(edits);
      const after = applyEdits(text, edits);
      const doc = carry.model(after, language);
      assertSameModel(doc, buildModel(after, language), after);
      assert.equal(carry.carried(doc, 'clutter') !== undefined, carries, `${language}: ${JSON.stringify(after)}`);
    }
  });

  it('random documents: fixAll equals fixAll without any carry or cache', () => {
    const paragraphs = loadParagraphs();
    fc.assert(
      fc.property(documents(paragraphs), (d) => {
        const opts = optionsOf(d);
        const text = docText(d);
        assert.deepEqual(fixAll(text, opts), fixAll(text, { ...opts, paragraphCache: null }));
      }),
      { numRuns: process.env.GONGWEN_TEST_FAST ? 60 : 250, seed: Number(process.env.PROPERTY_SEED ?? 20261202) },
    );
  });
});
