// export/import never destroy their own input (review item 2) and read/write "-" as standard input/output (items 8, 9).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { cleanTemps, runIn, tmp } from './harness';

after(cleanTemps);
const NOTICE = '关于做好防汛工作的通知\n\n各单位：\n\n请于5月1日前报送材料。\n';
const isZip = (b: Buffer | string): boolean =>
  Buffer.from(b as Buffer)
    .subarray(0, 2)
    .toString('latin1') === 'PK';

/** A directory holding a.txt and its export a.docx. */
async function exported(): Promise<string> {
  const dir = tmp({ 'a.txt': NOTICE });
  assert.equal((await runIn(['export', 'a.txt'], { cwd: dir })).code, 0);
  return dir;
}

describe('export/import never overwrite their own input', () => {
  it('export a.txt -o a.txt refuses (exit 2), even with --force', async () => {
    const dir = tmp({ 'a.txt': NOTICE });
    for (const args of [
      ['export', 'a.txt', '-o', 'a.txt'],
      ['export', 'a.txt', '-o', 'a.txt', '--force'],
    ]) {
      const r = await runIn(args, { cwd: dir });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /输出文件 a\.txt 也是输入文件，未覆盖/);
      assert.equal(readFileSync(join(dir, 'a.txt'), 'utf8'), NOTICE, 'the source text was overwritten');
    }
  });
  it('import a.docx -o a.docx refuses instead of replacing the Word file with text', async () => {
    const dir = await exported();
    const before = readFileSync(join(dir, 'a.docx'));
    const r = await runIn(['import', 'a.docx', '-o', 'a.docx', '--force'], { cwd: dir });
    assert.deepEqual(readFileSync(join(dir, 'a.docx')), before, 'the .docx was overwritten by text');
    assert.equal(r.code, 2);
  });
  it('a folder with a.txt and a.md (both → a.docx) is refused before anything is written', async () => {
    const dir = tmp({ 'd/a.txt': NOTICE, 'd/a.md': '# 笔记\n\n内容。\n' });
    const r = await runIn(['export', 'd', '-o', 'out'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /d\/a\.(md|txt) 和 d\/a\.(md|txt) 都会写到 out\/a\.docx/);
    assert.ok(!readdirSync(dir).includes('out'), 'something was written');
  });
  it('export of the imported text does not silently replace the original .docx; --force does', async () => {
    const dir = await exported();
    const original = readFileSync(join(dir, 'a.docx'));
    assert.equal((await runIn(['import', 'a.docx', '-o', 'a.gongwen'], { cwd: dir })).code, 0);
    const r = await runIn(['export', 'a.gongwen'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /a\.docx 已存在，未覆盖（加 --force 覆盖）/);
    assert.deepEqual(readFileSync(join(dir, 'a.docx')), original);
    const e = await runIn(['export', 'a.gongwen', '--locale', 'en'], { cwd: dir });
    assert.match(e.stderr, /a\.docx exists; not overwritten \(--force overwrites\)/);
    const forced = await runIn(['export', 'a.gongwen', '--force'], { cwd: dir });
    assert.equal(forced.code, 0, forced.stderr);
    assert.ok(isZip(readFileSync(join(dir, 'a.docx'))));
  });
  it('import -o over an existing text file refuses without --force', async () => {
    const dir = await exported();
    const mine = '我自己的文本\n';
    writeFileSync(join(dir, 'mine.gongwen'), mine);
    const r = await runIn(['import', 'a.docx', '-o', 'mine.gongwen'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.equal(readFileSync(join(dir, 'mine.gongwen'), 'utf8'), mine);
    assert.equal((await runIn(['import', 'a.docx', '-o', 'mine.gongwen', '--force'], { cwd: dir })).code, 0);
    assert.equal(readFileSync(join(dir, 'mine.gongwen'), 'utf8'), NOTICE);
  });
});

describe('"-" in export/import', () => {
  it('export - writes the .docx to standard output when it is not a terminal', async () => {
    const dir = tmp({});
    const r = await runIn(['export', '-'], { cwd: dir, input: NOTICE });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(r.stdout.startsWith('PK'), 'no .docx on standard output');
  });
  it('export - refuses to write a .docx to a terminal', async () => {
    const r = await runIn(['export', '-'], { cwd: tmp({}), input: NOTICE, stdoutTTY: true });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /不向终端输出 \.docx/);
    assert.equal(r.stdout, '');
  });
  it('export - -o x.docx writes x.docx (one input: no "several inputs" message), and imports back', async () => {
    const dir = tmp({});
    const r = await runIn(['export', '-', '-o', 'x.docx'], { cwd: dir, input: NOTICE });
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stderr, /多个输入/);
    const bytes = readFileSync(join(dir, 'x.docx'));
    assert.ok(isZip(bytes));
    const back = await runIn(['import', '-'], { cwd: dir, input: bytes });
    assert.equal(back.code, 0, back.stderr);
    assert.equal(back.stdout, NOTICE);
  });
  it('import - with empty or non-.docx standard input says why (exit 2)', async () => {
    const empty = await runIn(['import', '-'], { cwd: tmp({}) });
    assert.equal(empty.code, 2);
    assert.match(empty.stderr, /标准输入为空/);
    const text = await runIn(['import', '-'], { cwd: tmp({}), input: NOTICE });
    assert.equal(text.code, 2);
    assert.match(text.stderr, /无法读取 标准输入：/);
  });
  it('import x.docx -o - writes to standard output, not to a file named "-"', async () => {
    const dir = await exported();
    const r = await runIn(['import', 'a.docx', '-o', '-'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(!readdirSync(dir).includes('-'), 'a file named "-" was written');
    assert.equal(r.stdout, NOTICE);
  });
  it('export a.txt -o - writes the .docx to standard output; several inputs with -o - are refused', async () => {
    const dir = tmp({ 'a.txt': NOTICE, 'b.txt': NOTICE });
    const r = await runIn(['export', 'a.txt', '-o', '-'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(r.stdout.startsWith('PK'));
    assert.ok(!readdirSync(dir).includes('-'));
    const two = await runIn(['export', 'a.txt', 'b.txt', '-o', '-'], { cwd: dir });
    assert.equal(two.code, 2);
    assert.match(two.stderr, /不能导出到标准输出/);
  });
});
