import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  applyEdits,
  check,
  checkSteps,
  coalesceEdits,
  disableLineEdit,
  fixAll,
  fixAllSteps,
  lineEdits,
  scriptConversionEdits,
  scriptConversionSteps,
  type TextEdit,
} from '../../server/src/core/index';

function drain<R>(g: Generator<void, R, void>): { value: R; steps: number } {
  let steps = 0;
  for (;;) {
    const r = g.next();
    if (r.done) return { value: r.value, steps };
    steps++;
  }
}

describe('disableLineEdit', () => {
  it('inserts the directive at the end of the line, before LF, CRLF or CR', () => {
    for (const nl of ['\n', '\r\n', '\r']) {
      const text = `第一行,内容${nl}第二行`;
      const e = disableLineEdit(text, 3, 'no-half-width-punctuation');
      assert.equal(applyEdits(text, [e]), `第一行,内容 <!-- gongwen-disable-line no-half-width-punctuation -->${nl}第二行`);
    }
  });
  it('on the last line without a break, appends at the end', () => {
    const e = disableLineEdit('甲\n乙,丙', 4, 'x');
    assert.deepEqual(e, { start: 5, end: 5, newText: ' <!-- gongwen-disable-line x -->' });
  });
});

describe('scriptConversionEdits', () => {
  it('one edit per changed run; one unchanged character between changes joins them', () => {
    const text = '前文發展質量後文';
    const r = scriptConversionEdits(text, 0, text.length, 'simplified');
    assert.equal(applyEdits(text, r.edits), '前文发展质量后文');
    assert.deepEqual(
      r.edits.map((e) => text.slice(e.start, e.end)),
      ['發展質量後'],
    );
    assert.equal(r.changed, 3); // 發 質 後
  });
  it('converts only the given range, with offsets in the whole text', () => {
    const text = '這裡，這裡';
    const r = scriptConversionEdits(text, 3, 5, 'simplified');
    assert.deepEqual(r.edits, [{ start: 3, end: 5, newText: '这里' }]);
  });
  it('block by block, cut after line breaks, gives the same text', () => {
    const text = '發展質量\n這裡為民\n'.repeat(40);
    const { value, steps } = drain(scriptConversionSteps(text, 0, text.length, 'simplified', 50));
    assert.ok(steps > 5, `${steps} blocks`);
    assert.equal(applyEdits(text, value.edits), '发展质量\n这里为民\n'.repeat(40));
    assert.equal(value.changed, scriptConversionEdits(text, 0, text.length, 'simplified').changed);
  });
  it('nothing to convert gives no edit', () => {
    assert.deepEqual(scriptConversionEdits('各单位', 0, 3, 'simplified'), { edits: [], changed: 0 });
  });
});

describe('lineEdits and coalesceEdits', () => {
  it('one minimal edit per run of changed lines', () => {
    const before = 'a,b\nsame\nc,d\ne,f\n';
    const after = 'a，b\nsame\nc，d\ne，f\n';
    const edits = lineEdits(before, after);
    assert.deepEqual(
      edits.map((e) => before.slice(e.start, e.end)),
      [',', ',d\ne,'],
    );
    assert.equal(applyEdits(before, edits), after);
  });
  it('falls back to one edit when the number of lines changes', () => {
    const edits = lineEdits('a\nb\nc', 'a\nc');
    assert.equal(edits.length, 1);
    assert.equal(applyEdits('a\nb\nc', edits), 'a\nc');
  });
  it('merges consecutive edits into at most `max`, making the same change', () => {
    const text = 'abcdefghij';
    const edits: TextEdit[] = [...'acegi'].map((ch) => ({ start: text.indexOf(ch), end: text.indexOf(ch) + 1, newText: ch.toUpperCase() }));
    const merged = coalesceEdits(text, edits, 2);
    assert.equal(merged.length, 2);
    assert.equal(applyEdits(text, merged), 'AbCdEfGhIj');
    assert.equal(coalesceEdits(text, edits, 10).length, 5);
  });
});

describe('checkSteps and fixAllSteps', () => {
  const text = '加强 领导,落实　工作.\n第二行ＡＢ';
  it('checkSteps yields between rules and returns what check() returns', () => {
    const { value, steps } = drain(checkSteps(text, { language: 'gongwen' }));
    assert.ok(steps > 10, `yields per rule (${steps})`);
    assert.deepEqual(value, check(text, { language: 'gongwen' }));
  });
  it('fixAllSteps returns what fixAll() outputs', () => {
    assert.equal(drain(fixAllSteps(text, { language: 'gongwen' })).value.output, fixAll(text, { language: 'gongwen' }).output);
  });
});
