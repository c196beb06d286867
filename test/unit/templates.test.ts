import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseElements } from '../../server/src/core/elements/index';
import { check } from '../../server/src/core/index';
import {
  fillTemplate,
  placeholdersOf,
  TEMPLATES,
  templateById,
  templateSample,
  templateSnippet,
} from '../../server/src/core/templates/index';

describe('公文 templates', () => {
  it('offer the kinds of issue 15', () => {
    for (const id of ['通知', '请示', '报告', '函', '纪要', '批复', '意见']) assert.ok(templateById(id), id);
    assert.equal(templateById('简报'), undefined);
  });

  for (const t of TEMPLATES) {
    it(`${t.id}: every unfilled placeholder is reported by no-placeholder`, () => {
      const { text, ranges } = fillTemplate(t, (p) => p.prompt);
      const found = check(text, { language: 'gongwen' }).filter((p) => p.ruleId === 'no-placeholder');
      for (const r of ranges) {
        const hit = found.some((p) => p.start < r.end && p.end > r.start);
        assert.ok(hit, `«${r.key}» = ${JSON.stringify(text.slice(r.start, r.end))} is not reported`);
      }
    });

    it(`${t.id}: filled with its sample text it has no warnings or errors`, () => {
      const text = templateSample(t);
      const bad = check(text, { language: 'gongwen' }).filter((p) => p.severity === 'warning' || p.severity === 'error');
      assert.deepEqual(
        bad.map((p) => `${p.ruleId} ${JSON.stringify(text.slice(p.start, p.end))}`),
        [],
      );
      assert.doesNotMatch(text, /[«»]/);
    });

    it(`${t.id}: filled, it is recognised as its form with every element in order`, () => {
      const m = parseElements(templateSample(t), 'gongwen');
      assert.equal(m.form, t.form);
      if (t.elements.includes('title')) assert.equal(m.genre, t.genre);
      const kinds = [...new Set(m.elements.map((e) => e.kind))];
      assert.deepEqual(kinds, t.elements);
    });

    it(`${t.id}: the snippet has one tab stop per placeholder key, mirrored where repeated, and escapes $ } \\`, () => {
      const s = templateSnippet(t);
      const keys = new Set(placeholdersOf(t).map((p) => p.key));
      const stops = new Set([...s.matchAll(/\$\{(\d+):/g)].map((m) => Number(m[1])));
      assert.equal(stops.size, keys.size);
      assert.deepEqual(
        [...stops].sort((a, b) => a - b),
        [...keys].map((_k, i) => i + 1),
      );
      assert.ok(s.endsWith('$0'));
      const repeated = placeholdersOf(t).length - keys.size;
      assert.equal([...s.matchAll(/\$\{\d+:/g)].length, keys.size + repeated);
    });
  }

  it('snippet escaping', () => {
    const t = { ...TEMPLATES[0], source: '费用$5}元\\«a|X$X|y»' };
    assert.equal(templateSnippet(t), '费用\\$5\\}元\\\\${1:X\\$X}$0');
  });
});
