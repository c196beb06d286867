import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectEol, LineIndex, lineOf, splitLines } from '../../server/src/core/lines';

const table = (text: string) => {
  const { starts, ends } = splitLines(text);
  return starts.map((s, i) => [s, ends[i]]);
};

describe('core/lines: the one line model', () => {
  it('LF', () => {
    assert.deepEqual(table('ab\ncd'), [
      [0, 2],
      [3, 5],
    ]);
    assert.equal(detectEol('ab\ncd'), '\n');
  });
  it('CRLF is one break, not two', () => {
    assert.deepEqual(table('ab\r\ncd'), [
      [0, 2],
      [4, 6],
    ]);
    assert.equal(detectEol('ab\r\ncd'), '\r\n');
  });
  it('a lone CR is a line break', () => {
    assert.deepEqual(table('ab\rcd\r'), [
      [0, 2],
      [3, 5],
      [6, 6],
    ]);
    assert.equal(detectEol('ab\rcd'), '\r');
  });
  it('mixed endings: LF, CRLF, CR and LF CR (two breaks)', () => {
    assert.deepEqual(table('a\nb\r\nc\rd\n\re'), [
      [0, 1],
      [2, 3],
      [5, 6],
      [7, 8],
      [9, 9],
      [10, 11],
    ]);
    assert.equal(detectEol('a\r\nb\nc'), '\r\n', 'the first break decides');
  });
  it('empty text is one empty line', () => {
    assert.deepEqual(table(''), [[0, 0]]);
    assert.equal(detectEol(''), '\n');
    assert.deepEqual(new LineIndex('').position(0), { line: 0, character: 0 });
  });
  it('a trailing break opens an empty last line', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = `甲乙${eol}`;
      assert.deepEqual(
        table(text),
        [
          [0, 2],
          [2 + eol.length, 2 + eol.length],
        ],
        JSON.stringify(eol),
      );
      assert.deepEqual(new LineIndex(text).position(text.length), { line: 1, character: 0 });
    }
  });
  it('LineIndex maps offsets and positions both ways, the same for every ending', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = ['一、总体要求', '', '（一）工作目标'].join(eol);
      const idx = new LineIndex(text);
      const off = text.indexOf('工作');
      assert.deepEqual(idx.position(off), { line: 2, character: 3 });
      assert.equal(idx.offset(2, 3), off);
      assert.equal(idx.offset(99, 0), idx.starts[2], 'clamped to the last line');
      assert.equal(lineOf(idx.starts, off), 2);
    }
  });
  it('a position inside a CRLF belongs to the line it ends', () => {
    const idx = new LineIndex('ab\r\ncd');
    assert.deepEqual(idx.position(3), { line: 0, character: 3 });
  });
});
