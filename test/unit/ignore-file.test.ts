// Editing the "ignore" list of a .gongwenrc.json text (server/src/node/ignoreFile.ts): the result is always valid
// JSON, and removing entries touches only those entries (review item 1).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse, type ParseError } from 'jsonc-parser';
import { ignoreEdit } from '../../server/src/node/ignoreFile';

const apply = (text: string, e: { start: number; end: number; newText: string } | null): string =>
  e ? text.slice(0, e.start) + e.newText + text.slice(e.end) : text;

const keep = { rule: 'no-straight-quotes', text: '"认真"' };
const gone = { rule: 'no-half-width-punctuation', text: ',', context: '各单位要高度重视,认真落实。' };
const third = { rule: 'no-half-width-punctuation', text: ';' };

function valid(out: string): { ignore?: unknown[]; rules?: unknown } {
  const errors: ParseError[] = [];
  const value = parse(out, errors, { allowTrailingComma: true }) as { ignore?: unknown[] };
  assert.deepEqual(errors, [], `config damaged:\n${out}`);
  return value;
}

describe('ignoreEdit removes entries without damaging the file', () => {
  const j = JSON.stringify;
  it('the last entry of a one-line array (README style)', () => {
    const text = `{\n  "ignore": [${j(keep)}, ${j(gone)}]\n}\n`;
    const out = apply(text, ignoreEdit(text, [], [gone]));
    assert.deepEqual(valid(out).ignore, [keep]);
    assert.equal(out, `{\n  "ignore": [${j(keep)}]\n}\n`);
  });
  it('the first and a middle entry of a one-line array', () => {
    const text = `{ "ignore": [${j(gone)}, ${j(keep)}, ${j(third)}] }`;
    assert.equal(apply(text, ignoreEdit(text, [], [gone])), `{ "ignore": [${j(keep)}, ${j(third)}] }`);
    const mid = `{ "ignore": [${j(keep)}, ${j(gone)}, ${j(third)}] }`;
    assert.equal(apply(mid, ignoreEdit(mid, [], [gone])), `{ "ignore": [${j(keep)}, ${j(third)}] }`);
  });
  it('an entry of a multi-line array: the other entries keep their formatting and comments', () => {
    const lines = (...xs: string[]): string => `{\n  // 本单位\n  "ignore": [\n${xs.join(',\n')}\n  ]\n}\n`;
    const a = `    {"rule": "no-straight-quotes",   "text": "\\"认真\\""}`;
    const b = `    ${j(gone)}`;
    const c = `    // 分号\n    ${j(third)}`;
    assert.equal(apply(lines(a, b, c), ignoreEdit(lines(a, b, c), [], [gone])), lines(a, c));
    assert.equal(apply(lines(b, a, c), ignoreEdit(lines(b, a, c), [], [gone])), lines(a, c));
    assert.equal(apply(lines(a, c, b), ignoreEdit(lines(a, c, b), [], [gone])), lines(a, c));
    const removedTwo = apply(lines(a, b, c), ignoreEdit(lines(a, b, c), [], [gone, third]));
    assert.deepEqual(valid(removedTwo).ignore, [keep]);
    assert.match(removedTwo, /"rule": "no-straight-quotes", {3}"text"/);
  });
  it('a trailing comma after the last entry is allowed and stays valid', () => {
    const text = `{\n  "ignore": [\n    ${j(keep)},\n    ${j(gone)},\n  ],\n  "rules": {}\n}\n`;
    assert.deepEqual(valid(apply(text, ignoreEdit(text, [], [gone]))).ignore, [keep]);
  });
  it('removing every entry removes the "ignore" key, wherever it stands', () => {
    for (const text of [
      `{\n  "ignore": [${j(gone)}],\n  "rules": {}\n}\n`,
      `{\n  "rules": {},\n  "ignore": [${j(gone)}]\n}\n`,
      `{ "rules": {}, "ignore": [\n    ${j(gone)}\n  ], "preset": "gbt9704" }`,
      `{"ignore":[${j(gone)}]}`,
    ]) {
      const out = apply(text, ignoreEdit(text, [], [gone]));
      const v = valid(out);
      assert.equal(v.ignore, undefined, out);
      assert.ok(!/ignore/.test(out), out);
    }
  });
  it('an entry listed twice is removed twice; nothing to remove is no edit', () => {
    const text = `{ "ignore": [${j(gone)}, ${j(keep)}, ${j(gone)}] }`;
    assert.equal(apply(text, ignoreEdit(text, [], [gone])), `{ "ignore": [${j(keep)}] }`);
    assert.equal(ignoreEdit(text, [], [third]), null);
  });
  it('adding to a one-line array keeps the file valid and the entries present', () => {
    const text = `{\n  "ignore": [${j(keep)}]\n}\n`;
    const out = apply(text, ignoreEdit(text, [gone], []));
    assert.deepEqual(valid(out).ignore, [keep, gone]);
    assert.equal(out, `{\n  "ignore": [${j(keep)}, ${j(gone)}]\n}\n`);
  });
  it('adding to a multi-line array adds one line in the style of the last entry; the others stay', () => {
    const text = `{\n  "ignore": [\n    {"rule": "no-straight-quotes",  "text": "\\"认真\\""},\n  ]\n}\n`;
    const out = apply(text, ignoreEdit(text, [gone, third], []));
    assert.equal(
      out,
      `{\n  "ignore": [\n    {"rule": "no-straight-quotes",  "text": "\\"认真\\""},\n    ${j(gone)},\n    ${j(third)},\n  ]\n}\n`,
    );
    assert.deepEqual(valid(out).ignore, [keep, gone, third]);
  });
  it('adding to an empty or missing list', () => {
    for (const text of ['{\n  "ignore": []\n}\n', '{\n  "rules": {}\n}\n', '']) {
      assert.deepEqual(valid(apply(text, ignoreEdit(text, [gone], []))).ignore, [gone], text);
    }
  });
  it('remove and add in one edit, with a BOM and CRLF', () => {
    const text = `\ufeff{\r\n  "ignore": [${j(keep)}, ${j(gone)}]\r\n}\r\n`;
    const out = apply(text, ignoreEdit(text, [third], [gone]));
    assert.ok(out.startsWith('\ufeff'));
    assert.deepEqual(valid(out.slice(1)).ignore, [keep, third]);
  });
});
