import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { check, countHan, detectScript, detectScriptOf, hanCountOf, ParagraphCache, type Config } from '../../server/src/core/index';
import { factsOf, LineFacts } from '../../server/src/core/line-facts';
import { splitLines } from '../../server/src/core/lines';
import { positions, S_IN_SIMPLIFIED, S_IN_TRADITIONAL, S_VARIANT, scanText } from '../../server/src/core/script/scan';
import { scanOfLines } from '../../server/src/core/script/scan-lines';

// The per-line facts of the document-wide analyses (core/line-facts.ts, issue 14): a document's script scan, Han
// count and script detection combined from its lines' facts, kept in a cache across edits, must equal the same
// analyses over the whole text; and a check whose script analyses read them must equal a check without a cache.

/** Characters the scan treats differently: simplified- and traditional-only, variant forms (為/爲, 裡/裏, 啟/啓), dual-use
 * (於 乾), astral Han, lone surrogates (the scan's irregular path), 「」 quotations, heading markers, and line breaks. */
const PIECES = [
  '国家',
  '國家',
  '我们认真学习',
  '我們認真學習',
  '為',
  '爲',
  '裡',
  '裏',
  '啟動',
  '啓動',
  '說明',
  '説明',
  '線',
  '綫',
  '关於',
  '乾燥',
  '台',
  '𠀀',
  '𪚥',
  '\ud840',
  '\udc00',
  '「發展」',
  '一、',
  '（一）',
  '，',
  '。',
  'abc 12',
  ' ',
  '\n',
  '\n',
  '\r\n',
  '\r',
];

const piece = fc.constantFrom(...PIECES);
const docArb = fc.array(piece, { minLength: 0, maxLength: 60 }).map((a) => a.join(''));

/** An edit: replace text[at, at + del) by `ins` (positions taken modulo the length). */
const editArb = fc.record({ at: fc.nat(), del: fc.nat({ max: 6 }), ins: fc.array(piece, { maxLength: 4 }).map((a) => a.join('')) });

function applyEdit(text: string, e: { at: number; del: number; ins: string }): string {
  const at = e.at % (text.length + 1);
  return text.slice(0, at) + e.ins + text.slice(at + e.del);
}

function linesOf(text: string): { start: number; text: string }[] {
  const { starts, ends } = splitLines(text);
  return starts.map((s, i) => ({ start: s, text: text.slice(s, ends[i]) }));
}

const SCRIPT_RULES = ['no-mixed-script', 'consistent-variant-form', 'heading-marker-form', 'no-variant-word'];
const runs = Number(process.env.INCREMENTAL_RUNS ?? (process.env.GONGWEN_TEST_FAST ? 60 : 200));

/**
 * Documents of up to `maxLines` lines drawn from `line`, then edits that delete up to two lines somewhere and put up
 * to three there; `holds(text, cache)` runs on every version, all through one paragraph cache.
 */
function lineEditsHold(line: fc.Arbitrary<string>, maxLines: number, holds: (text: string, cache: ParagraphCache) => void): void {
  const lineEdit = fc.record({ at: fc.nat(), del: fc.nat({ max: 2 }), put: fc.array(line, { maxLength: 3 }) });
  fc.assert(
    fc.property(fc.array(line, { minLength: 1, maxLength: maxLines }), fc.array(lineEdit, { minLength: 1, maxLength: 6 }), (doc, edits) => {
      const cache = new ParagraphCache();
      let lines = doc;
      for (const e of [null, ...edits]) {
        if (e) {
          const at = e.at % (lines.length + 1);
          lines = [...lines.slice(0, at), ...e.put, ...lines.slice(at + e.del)];
        }
        holds(lines.join('\n'), cache);
      }
    }),
    { numRuns: runs, seed: Number(process.env.PROPERTY_SEED ?? 20261202) },
  );
}

describe('per-line facts of the document-wide analyses', () => {
  it('random edits: the scan combined from cached line facts equals the scan of the whole text', () => {
    fc.assert(
      fc.property(docArb, fc.array(editArb, { minLength: 1, maxLength: 8 }), (doc, edits) => {
        const cache = new LineFacts();
        let text = doc;
        for (const e of [null, ...edits]) {
          if (e) text = applyEdit(text, e);
          const lines = linesOf(text);
          const got = scanOfLines(
            lines,
            factsOf(
              cache,
              lines.map((l) => l.text),
            ),
          );
          const want = scanText(text);
          assert.equal(got.trad, want.trad);
          assert.equal(got.simp, want.simp);
          assert.deepEqual(got.miss, want.miss);
          for (const bit of [S_IN_SIMPLIFIED, S_IN_TRADITIONAL, S_VARIANT])
            assert.deepEqual(positions(text, got, bit), positions(text, want, bit), `positions of bit ${bit}`);
          // One entry per distinct line of this version: the lines edited away are dropped.
          assert.equal(cache.size, new Set(lines.map((l) => l.text)).size);
        }
      }),
      { numRuns: runs, seed: Number(process.env.PROPERTY_SEED ?? 20261202) },
    );
  });

  it('random edits: Han count and script detection through the cache equal countHan and detectScript', () => {
    fc.assert(
      fc.property(docArb, fc.array(editArb, { minLength: 1, maxLength: 8 }), (doc, edits) => {
        const cache = new ParagraphCache();
        let text = doc;
        for (const e of [null, ...edits]) {
          if (e) text = applyEdit(text, e);
          assert.equal(hanCountOf(text, cache), countHan(text));
          assert.deepEqual(detectScriptOf(text, cache), detectScript(text));
        }
      }),
      { numRuns: runs, seed: Number(process.env.PROPERTY_SEED ?? 20261202) },
    );
  });

  it('random edits: the script rules through the cache equal a check without one, under every script setting', () => {
    fc.assert(
      fc.property(docArb, fc.array(editArb, { minLength: 1, maxLength: 6 }), fc.boolean(), (doc, edits, skipRun) => {
        // One cache through every script setting (and skip list): what is kept per line or per prose stretch must not be
        // taken for another decision or other skip words.
        const cache = new ParagraphCache();
        let text = doc;
        for (const e of [null, ...edits]) {
          if (e) text = applyEdit(text, e);
          for (const script of ['auto', 'simplified', 'auto', 'traditional', 'tw', 'hk'] as const) {
            const skip =
              skipRun && script === 'auto' ? { 'no-mixed-script': { severity: 'warning', options: { skip: ['為', '國家'] } } } : {};
            const config = { shared: { script }, rules: skip } as unknown as Config;
            const opts = { onlyRules: SCRIPT_RULES, config };
            assert.deepEqual(check(text, { ...opts, paragraphCache: cache }), check(text, opts));
          }
        }
      }),
      { numRuns: runs, seed: Number(process.env.PROPERTY_SEED ?? 20261202) },
    );
  });

  it('random line edits: the web-clutter blocks through the cache equal a check without one', () => {
    // Whole lines of clutter (strong and weak chrome, headers, toolbars, a 相关文章 list, a licence notice) among prose.
    const line = fc.constantFrom(
      '各地区各部门要加强组织领导，确保各项措施落实到位。',
      '为进一步做好安全生产工作，现将有关事项通知如下：',
      '分享到：微信 微博 QQ空间',
      '微信 微博',
      '主办单位：某某市人民政府办公室',
      '联系我们 | 网站地图 | 使用帮助',
      '来源：某某日报',
      '发布时间：2024-05-06 08:31:50',
      '下载 打印 收藏',
      '【相关文章】',
      '相关阅读：',
      '· 关于做好2024年工作的通知',
      '本作品在全世界都属于公有领域',
      '扫一扫在手机打开当前页',
      '隐藏内容',
      '  ',
      '',
    );
    const opts = { onlyRules: ['no-web-clutter', 'no-broken-line'] };
    lineEditsHold(line, 50, (text, cache) => assert.deepEqual(check(text, { ...opts, paragraphCache: cache }), check(text, opts)));
  });

  it('random line edits: duplicate sentences through the cache equal a check without one (segments, languages, minLength)', () => {
    // Repeated and near-repeated sentences, lines a URL splits into segments, Markdown fences that mask lines.
    const line = fc.constantFrom(
      '各地区各部门要加强组织领导，确保各项措施落实到位。',
      '各地区各部门要加强组织领导，确保各项措施落实到位。请于月底前报送。',
      '各地区各部门要加强组织领导，确保各项措施落实到底。',
      '为进一步做好安全生产工作，现将有关事项通知如下：',
      '详见 https://example.gov.cn/a 各地区各部门要加强组织领导，确保各项措施落实到位。',
      '县科技局工作总结',
      '`——`各地区各部门要加强组织领导，确保各项措施落实到位。',
      '各地区各部门要`加强组织领导`，确保各项措施落实到位。',
      '```',
      '𠀀𠀀各地区各部门要加强组织领导，确保各项措施落实到位',
      '',
    );
    // One cache through every language and minimum length: a line's sentences are kept per text, and must not be
    // replayed under another minimum length or other prose segments.
    lineEditsHold(line, 40, (text, cache) => {
      for (const minLength of [4, 10])
        for (const language of ['plaintext', 'markdown'] as const) {
          const config = { rules: { 'no-duplicate-sentence': { severity: 'warning', options: { minLength } } } } as unknown as Config;
          const opts = { onlyRules: ['no-duplicate-sentence'], language, config };
          assert.deepEqual(check(text, { ...opts, paragraphCache: cache }), check(text, opts));
        }
    });
  });

  it('after a one-line edit only that line is scanned again', () => {
    const lines = Array.from({ length: 500 }, (_, i) => `各地區各部門要加強組織領導，確保措施落實到位（第${i}段）。`);
    const cache = new ParagraphCache();
    const facts = cache.lines!;
    check(lines.join('\n'), { paragraphCache: cache, onlyRules: SCRIPT_RULES });
    const before = new Map(facts.entries);
    lines[250] = lines[250].replace('部門', '部门');
    const text = lines.join('\n');
    const got = check(text, { paragraphCache: cache, onlyRules: SCRIPT_RULES });
    assert.deepEqual(got, check(text, { onlyRules: SCRIPT_RULES }));
    assert.ok(
      got.some((p) => p.ruleId === 'no-mixed-script'),
      'the simplified 门 in the traditional document is found',
    );
    const fresh = [...facts.entries].filter(([k, f]) => before.get(k) !== f);
    assert.deepEqual(
      fresh.map(([k]) => k),
      [lines[250]],
    );
    assert.equal(facts.size, 500);
    // fixAll's own cache keeps no line facts (see ParagraphCache), a caller's may turn them off the same way.
    assert.equal(new ParagraphCache({ lineFacts: false }).lines, undefined);
  });

  it('the skip words are part of the per-stretch cache key: a word holding "|" is not two words', () => {
    const text = '各地区各部门要加强组织领导，確保措施落实到位。\n第二段也要落实。';
    const cache = new ParagraphCache();
    const withSkip = (skip: string[]) => ({
      onlyRules: ['no-mixed-script'],
      config: { shared: {}, rules: { 'no-mixed-script': { severity: 'warning', options: { skip } } } } as unknown as Config,
    });
    assert.equal(check(text, { paragraphCache: cache, ...withSkip(['確|保']) }).length, 1, '確 is not skipped by the word 確|保');
    const fresh = check(text, withSkip(['確', '保']));
    assert.deepEqual(fresh, [], '確 is skipped by the word 確');
    assert.deepEqual(check(text, { paragraphCache: cache, ...withSkip(['確', '保']) }), fresh);
  });

  it('a version without any mixed-script candidate drops the per-stretch findings of the last one', () => {
    const cache = new ParagraphCache();
    const mixed = '各地区各部门要加强组织领导，確保措施落实到位。\n第二段也要落实。';
    const got = check(mixed, { paragraphCache: cache, onlyRules: ['no-mixed-script'] });
    assert.ok(got.length > 0, 'the traditional 確 in the simplified document is found');
    assert.ok(cache.lines!.pieces.size > 0, 'the stretch findings are kept for the next version');
    const clean = mixed.replace('確', '确');
    assert.deepEqual(check(clean, { paragraphCache: cache, onlyRules: ['no-mixed-script'] }), []);
    assert.equal(cache.lines!.pieces.size, 0, 'nothing of the previous version is kept');
  });
});
