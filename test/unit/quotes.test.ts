import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { balanced, CLOSE_OF, inQuotation, isApostrophe, markPositions, PAIRS, quotations } from '../../server/src/core/quotes';
import { contextOf } from '../helpers/context';

const quoted = (text: string): string[] => quotations(contextOf(text)).map(([s, e]) => text.slice(s, e));

describe('core/quotes: the one pair set', () => {
  it('has the ten GB/T 15834 pairs plus half-width ( ), each mark once', () => {
    assert.equal(PAIRS.length, 11);
    const marks = PAIRS.flat();
    assert.equal(new Set(marks).size, 22);
    assert.equal(CLOSE_OF.get('('), ')');
    assert.equal(CLOSE_OF.get('《'), '》');
  });
  it('knows apostrophes from closing quotes', () => {
    const t = 'don’t ’99 ‘好’';
    assert.equal(isApostrophe(t, 3, 0), true);
    assert.equal(isApostrophe(t, 6, 0), true);
    assert.equal(isApostrophe(t, t.length - 1, 0), false);
  });
});

describe('core/quotes: quotations', () => {
  it('returns closed quotations and titles, outermost only, marks included', () => {
    assert.deepEqual(quoted('他说“学习《决定》精神”，然后走了。'), ['“学习《决定》精神”']);
    assert.deepEqual(quoted('「甲」和『乙』及〈丙〉'), ['「甲」', '『乙』', '〈丙〉']);
  });
  it('brackets are pairs but not quotations', () => {
    assert.deepEqual(quoted('（一）总体要求【重要】'), []);
  });
  it('policy: an unclosed opener quotes the rest of its line, and only its line', () => {
    const text = '他说：“要抓好落实\n下一行不受影响';
    assert.deepEqual(quoted(text), ['“要抓好落实']);
    const ctx = contextOf(text);
    assert.equal(inQuotation(ctx, text.indexOf('抓')), true);
    assert.equal(inQuotation(ctx, text.indexOf('下')), false);
  });
  it('policy: a closer without an opener is ignored; an inner unclosed opener is dropped at its outer closer', () => {
    assert.deepEqual(quoted('没有开头”的引号'), []);
    assert.deepEqual(quoted('“甲《乙”丙'), ['“甲《乙”']);
  });
  it('a line ending in CR or CRLF is one line like LF', () => {
    for (const eol of ['\n', '\r\n', '\r']) assert.deepEqual(quoted(`“甲${eol}乙”`), ['“甲'], JSON.stringify(eol));
  });
});

describe('core/quotes: markPositions and balanced', () => {
  it('lists the marks of one pair on a line, skipping apostrophes and masked text', () => {
    const text = 'it’s ‘甲’ `‘x’` ‘乙’';
    const ctx = contextOf(text, 'markdown');
    const pos = markPositions(ctx, 0, '‘', '’');
    assert.deepEqual(pos.map((i) => text[i]).join(''), '‘’‘’');
    assert.equal(balanced(text, pos, '‘'), true);
  });
  it('reversed marks are unbalanced', () => {
    const text = '”十四五“';
    const ctx = contextOf(text);
    assert.equal(balanced(text, markPositions(ctx, 0, '“', '”'), '“'), false);
  });
});
