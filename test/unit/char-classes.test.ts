import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  C_DASH,
  C_DIGIT,
  C_FW_PAREN,
  C_LATIN,
  C_LATIN_X,
  C_NIAN,
  C_ODD,
  C_PLACEHOLDER,
  C_FILL_WORD,
  C_QUOTE,
  C_SPACE,
  charClasses,
} from '../../server/src/core/chars';
import { allRules, buildModel, type DocumentLanguage, type ReportDescriptor, type RuleContext } from '../../server/src/core/index';
import { TONED } from '../../server/src/core/residue';
import { hasNeeds } from '../../server/src/core/rule-kit';
import { contextOf } from '../helpers/context';

const classes = (s: string): number => charClasses(s, 0, s.length);

describe('core/chars: character classes of the text model', () => {
  it('gives each character its classes, Han none', () => {
    assert.equal(classes('工作要求'), 0);
    assert.equal(classes('2024年'), C_DIGIT | C_NIAN);
    assert.equal(classes('“好”'), C_QUOTE);
    assert.equal(classes('　'), C_SPACE);
    assert.equal(classes('（'), C_FW_PAREN);
    assert.equal(classes('—～'), C_DASH);
    assert.equal(classes('X'), C_LATIN | C_PLACEHOLDER);
    assert.equal(classes('锟'), C_ODD);
    assert.equal(classes('×'), C_PLACEHOLDER, '× is no Latin letter');
    assert.equal(classes('此处填写某某'), C_FILL_WORD);
    for (const ch of TONED + 'ü') assert.ok(classes(ch) & C_LATIN_X, `${ch} is a Latin letter beyond ASCII`);
  });

  it('segments carry the classes of their own text; lines those of their prose only', () => {
    const doc = buildModel('见 https://example.com/2024 年报\n第二行（一）\n');
    const [a, b] = doc.segments;
    assert.equal(a.line, 0);
    for (const s of doc.segments) assert.equal(s.chars, classes(s.text));
    assert.equal(doc.lines[0].chars & C_DIGIT, 0, 'the digits of the URL are masked');
    assert.equal(
      doc.lines[0].chars,
      doc.segments.filter((s) => s.line === 0).reduce((m, s) => m | s.chars, 0),
    );
    assert.equal(b.line, 0);
    assert.equal(doc.lines[1].chars, C_FW_PAREN);
    assert.equal(doc.lines[2].chars, 0, 'an empty line');
  });

  it('hasNeeds: every mask must meet the classes', () => {
    assert.equal(hasNeeds(C_DIGIT | C_NIAN, [C_DIGIT, C_NIAN]), true);
    assert.equal(hasNeeds(C_DIGIT, [C_DIGIT, C_NIAN]), false);
    assert.equal(hasNeeds(C_NIAN, [C_DIGIT | C_NIAN]), true);
    assert.equal(hasNeeds(0, []), true);
  });
});

/** Every rule's reports over `text`, with the real classes or with every class bit set (no prefilter can skip). */
function reports(text: string, language: DocumentLanguage, allClasses: boolean): string[] {
  const base = contextOf(text, language);
  const doc = allClasses
    ? {
        ...base.doc,
        lines: base.doc.lines.map((l) => ({ ...l, chars: -1 })),
        segments: base.doc.segments.map((s) => ({ ...s, chars: -1 })),
      }
    : base.doc;
  const out: string[] = [];
  for (const rule of allRules) {
    const memo = new Map<string, unknown>();
    const ctx: RuleContext<object> = {
      ...base,
      doc,
      segments: doc.segments,
      options: rule.meta.defaultOptions,
      memo: <T>(key: string, compute: () => T): T => {
        if (!memo.has(key)) memo.set(key, compute());
        return memo.get(key) as T;
      },
      report: (d: ReportDescriptor) => out.push(`${rule.meta.id} ${d.start}-${d.end} ${d.messageId} ${JSON.stringify(d.data ?? {})}`),
    };
    rule.check(ctx);
  }
  return out;
}

/** Texts that exercise the prefilters: rule examples, our fixtures, and the shared corpus when present. */
function texts(): { name: string; text: string; language: DocumentLanguage }[] {
  const out: { name: string; text: string; language: DocumentLanguage }[] = [];
  for (const rule of allRules)
    for (const [wrong] of rule.meta.examples ?? []) out.push({ name: rule.meta.id, text: wrong, language: 'plaintext' });
  const crafted = [
    '于20XX年X月X日前报送，撰写人：________，（ ）【　】（标题）TODO 某某 ××× □□ ${name} {{x}} 此处填写',
    '盲 目求纯，落实　　工作，𠮷 𠮷，加强 A 领导，2024 年 5 月，第一条 为了',
    '二○一一年8月8日，2008年八月八日，９：３０，1.5万，3-5年，2021-25年，１２３％，...，。。。，——，--',
    '他说"好"和\'行\'，（试行，《通知要求，“”，ㄎ澹，撸┱匍，。ò耍，關(guān)，壹万元，星期3，5千多户',
    // Written-out placeholders, one a line (a segment each), with no other placeholder character beside them.
    '请在此输入\n待补充材料\n待填写\n【请填写单位名称】\n请在此处签字\n（此处为正文）\n某某同志\n此处输入\n因此待遇填报某日',
  ];
  for (const t of crafted) out.push({ name: 'crafted', text: t, language: 'plaintext' });
  for (const dir of ['test/golden/fixtures', 'test/fixtures/elements', '../shared/corpus']) {
    if (!existsSync(dir)) {
      console.log(`char-classes: ${dir} is absent, not used`);
      continue;
    }
    // The corpus is large: every 8th document keeps the test quick.
    const step = dir.endsWith('corpus') ? 8 : 1;
    const files = (readdirSync(dir, { recursive: true }) as string[]).sort();
    for (let k = 0; k < files.length; k += step) {
      const f = files[k];
      if (!/\.(txt|md|gongwen)$/.test(f) || /\.(fixed|problems)\.txt$/.test(f)) continue;
      out.push({ name: f, text: readFileSync(join(dir, f), 'utf8'), language: f.endsWith('.md') ? 'markdown' : 'plaintext' });
    }
  }
  return out;
}

describe('rule prefilters never hide a finding', () => {
  it('every rule reports the same with real classes as with every class present', () => {
    let n = 0;
    for (const { name, text, language } of texts()) {
      assert.deepEqual(reports(text, language, false), reports(text, language, true), name);
      n++;
    }
    assert.ok(n > 100, `${n} texts`);
  });
});
