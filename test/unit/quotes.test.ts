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

describe('core/quotes: quotations by code unit equal the policy over PAIRS', () => {
  /** The policy as written over the pair set (one stack per line, marks as strings): what lineQuotations stands for. */
  function reference(text: string): [number, number][] {
    const ctx = contextOf(text);
    const openers = new Set(['“', '‘', '「', '『', '《', '〈']);
    const openOf = new Map(PAIRS.map(([o, c]) => [c, o]));
    const raw: [number, number][] = [];
    for (const line of ctx.doc.lines) {
      if (line.masked) continue;
      const stack: { open: string; at: number }[] = [];
      for (let i = line.start; i < line.end; i++) {
        const ch = text[i];
        if (ctx.doc.mask[i] === 1) continue;
        if (openers.has(ch)) {
          stack.push({ open: ch, at: i });
          continue;
        }
        const o = openOf.get(ch);
        if (o === undefined || isApostrophe(text, i, line.start)) continue;
        const k = stack.map((s) => s.open).lastIndexOf(o);
        if (k < 0) continue;
        raw.push([stack[k].at, i + 1]);
        stack.length = k;
      }
      if (stack.length) raw.push([stack[0].at, line.end]);
    }
    raw.sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const r of raw) {
      const last = merged[merged.length - 1];
      if (last && r[0] < last[1]) last[1] = Math.max(last[1], r[1]);
      else merged.push(r);
    }
    return merged;
  }

  it('on 30 000 generated lines of marks, letters, digits and apostrophes', () => {
    const alphabet = [...'‘’“”〈〉《》「」『』‚‛（）【】a中9 \n'.concat('’')];
    let x = 17;
    const next = (n: number): number => {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      return (x >>> 8) % n;
    };
    let nonEmpty = 0;
    for (let k = 0; k < 30_000; k++) {
      let t = '';
      for (let n = next(24); n > 0; n--) t += alphabet[next(alphabet.length)];
      const want = reference(t);
      if (want.length) nonEmpty++;
      assert.deepEqual(quotations(contextOf(t)), want, JSON.stringify(t));
    }
    assert.ok(nonEmpty > 10_000, `${nonEmpty} texts with a quotation`);
  });
});
