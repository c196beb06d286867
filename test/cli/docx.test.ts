// gongwen-lint on .docx files (in process): positions by paragraph in every format, the other parts
// labelled, --fix within runs, bad files with their message and exit 2, 10 000 paragraphs, export/import.
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { cleanTemps, findRoot, runIn, tmp } from './harness';

const ROOT = findRoot();
const LO_DOCX = join(ROOT, 'test', 'fixtures', 'docx', 'libreoffice-lists.docx');
after(cleanTemps);

const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const para = (...runs: string[]): string => `<w:p>${runs.map((r) => `<w:r><w:t xml:space="preserve">${r}</w:t></w:r>`).join('')}</w:p>`;
function docx(paras: string): Buffer {
  const doc = `<?xml version="1.0" encoding="UTF-8"?><w:document ${W_NS}><w:body>${paras}</w:body></w:document>`;
  return Buffer.from(zipSync({ 'word/document.xml': new TextEncoder().encode(doc), 'docProps/app.xml': new TextEncoder().encode('<x/>') }));
}
const run = (args: string[], cwd: string) => runIn(args, { cwd });

describe('gongwen-lint on .docx', () => {
  it('checks a LibreOffice .docx with lists, a table, a header and a comment by paragraph (text format)', async () => {
    const dir = tmp({});
    copyFileSync(LO_DOCX, join(dir, 'lo.docx'));
    const r = await run(['lo.docx'], dir);
    assert.equal(r.code, 1, r.stderr);
    // Paragraph 9 is the last body paragraph: after 标题, 一、（一）二、 and the four table cells.
    assert.deepEqual(r.stdout.trimEnd().split('\n').slice(0, 4), [
      'lo.docx:9:13  error  中文语境中的半角“,”应改为全角“，”  no-half-width-punctuation',
      'lo.docx:9:23  error  中文语境中的半角“,”应改为全角“，”  no-half-width-punctuation',
      'lo.docx#header1:1:11  error  中文语境中的半角“,”应改为全角“，”  no-half-width-punctuation',
      'lo.docx#comments:1:6  error  中文语境中的半角“,”应改为全角“，”  no-half-width-punctuation',
    ]);
  });

  it('keeps the JSON contract (line = paragraph index) and names the parts in SARIF', async () => {
    const dir = tmp({});
    copyFileSync(LO_DOCX, join(dir, 'lo.docx'));
    const j = JSON.parse((await run(['lo.docx', '-f', 'json'], dir)).stdout) as {
      files: { path: string; diagnostics: { range: { start: object } }[] }[];
    };
    assert.deepEqual(
      j.files.map((f) => f.path),
      ['lo.docx', 'lo.docx#header1', 'lo.docx#comments'],
    );
    assert.deepEqual(j.files[0].diagnostics[0].range.start, { line: 8, character: 12 });
    const s = JSON.parse((await run(['lo.docx', '-f', 'sarif'], dir)).stdout) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[];
    };
    const locs = s.runs[0].results.map((x) => x.locations[0].physicalLocation);
    assert.deepEqual(
      locs.map((l) => [l.artifactLocation.uri, l.region.startLine]),
      [
        ['lo.docx', 9],
        ['lo.docx', 9],
        ['lo.docx#header1', 1],
        ['lo.docx#comments', 1],
      ],
    );
  });

  it('--fix writes fixes that lie in one run, keeps the other entries, and reports the ones across runs', async () => {
    const dir = tmp({ 'a.docx': docx(para('各单位要高度重视,认真落实。') + para('各单位', ' ', ' ', '要高度重视。')) });
    const r = await run(['a.docx', '--fix'], dir);
    assert.match(r.stdout, /已自动修复 1 个问题（1 个文件）/);
    assert.match(r.stderr, /a\.docx:2:4 的修复跨越格式不同的文字段或自动编号，未自动应用（no-space-between-han/);
    const files = unzipSync(readFileSync(join(dir, 'a.docx')));
    assert.ok(files['docProps/app.xml'], 'other entries kept');
    assert.match(strFromU8(files['word/document.xml']), /各单位要高度重视，认真落实。/);
    const again = await run(['a.docx'], dir);
    assert.doesNotMatch(again.stdout, /no-half-width-punctuation/);
  });

  it('counts as fixable (--fix) only the fixes --fix applies in a .docx, before and after --fix', async () => {
    const dir = tmp({ 'a.docx': docx(para('各单位要高度重视,认真落实。') + para('各单位', ' ', ' ', '要高度重视。')) });
    const before = await run(['a.docx'], dir);
    assert.match(before.stdout, /✖ 2 个问题（1 个错误，1 个警告），其中 1 个可自动修复（--fix）/);
    const r = await run(['a.docx', '--fix'], dir);
    assert.match(r.stdout, /✖ 1 个问题（0 个错误，1 个警告）$/m);
    assert.doesNotMatch(r.stdout, /可自动修复/);
    const en = await runIn(['a.docx', '--locale', 'en'], { cwd: dir });
    assert.doesNotMatch(en.stdout, /fixable with --fix/);
  });

  it('checks .docx files in a folder and skips Word lock files (~$)', async () => {
    const dir = tmp({ 'd/a.docx': docx(para('各单位要高度重视,认真落实。')), 'd/~$a.docx': Buffer.from('lock') });
    const r = await run(['d'], dir);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /^d\/a\.docx:1:9 {2}error/m);
    assert.doesNotMatch(r.stderr, /~\$/);
  });

  describe('bad files: a clear message (中文 and English) and exit 2', () => {
    const ole = (stream: string): Buffer => {
      const b = Buffer.alloc(4096);
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b);
      Buffer.from(stream, 'utf16le').copy(b, 1024);
      return b;
    };
    const cases: [string, Buffer, RegExp, RegExp][] = [
      ['corrupt zip', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)]), /压缩包已损坏/, /package is corrupt/],
      ['password-protected', ole('EncryptedPackage'), /设有打开密码/, /password-protected/],
      ['.doc renamed .docx', ole('WordDocument'), /旧版 Word 二进制文档（\.doc）/, /binary Word document \(\.doc\)/],
      [
        'zip bomb',
        Buffer.from(zipSync({ 'word/document.xml': [new Uint8Array(30 * 1024 * 1024), { level: 9 }] })),
        /疑似压缩炸弹/,
        /zip bomb/,
      ],
    ];
    for (const [name, bytes, zh, en] of cases) {
      it(name, async () => {
        const dir = tmp({ 'x.docx': bytes, 'ok.txt': '各单位要高度重视，认真落实。\n' });
        const r = await run(['x.docx', 'ok.txt'], dir);
        assert.equal(r.code, 2);
        assert.match(r.stderr, new RegExp(`无法读取 x\\.docx：.*${zh.source}`));
        assert.match(r.stdout, /1 个文件无法读取或写入/);
        const e = await runIn(['x.docx', '--locale', 'en'], { cwd: dir });
        assert.match(e.stderr, new RegExp(`Cannot read x\\.docx: .*${en.source}`));
      });
    }
  });

  it('checks a document of 10 000 paragraphs in bounded time, with the last paragraph numbered 10000', async () => {
    const paras = Array.from({ length: 10_000 }, (_, i) =>
      para(i === 9_999 ? '最后一段要高度重视,认真落实。' : `第${i + 1}段内容，认真落实。`),
    ).join('');
    const dir = tmp({ 'big.docx': docx(paras) });
    const t0 = Date.now();
    const r = await run(['big.docx', '-f', 'json'], dir);
    const ms = Date.now() - t0;
    const j = JSON.parse(r.stdout) as { files: { diagnostics: { range: { start: { line: number } } }[] }[] };
    assert.deepEqual(
      j.files[0].diagnostics.map((d) => d.range.start.line),
      [9_999],
    );
    assert.ok(ms < 60_000, `${ms} ms`);
  });
});

describe('gongwen-lint export / import', () => {
  const TEXT = '关于开展安全检查的通知\n\n各单位：\n　　一、总体要求\n　　请认真落实。\n';

  it('exports a file beside itself, a folder into a folder, and imports back the same text', async () => {
    const dir = tmp({ 'a.gongwen': TEXT, 'docs/b.txt': TEXT, 'docs/sub/c.md': TEXT });
    let r = await run(['export', 'a.gongwen'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(existsSync(join(dir, 'a.docx')));
    r = await run(['import', 'a.docx'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, TEXT);
    r = await run(['export', 'docs', '-o', 'out'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(existsSync(join(dir, 'out', 'b.docx')) && existsSync(join(dir, 'out', 'sub', 'c.docx')));
    r = await run(['import', 'out/sub/c.docx', '-o', 'c.gongwen'], dir);
    assert.equal(readFileSync(join(dir, 'c.gongwen'), 'utf8'), TEXT);
  });

  it('refuses -o file.docx for several inputs, and says why a file cannot be imported', async () => {
    const dir = tmp({ 'a.txt': TEXT, 'b.txt': TEXT, 'bad.docx': 'not a zip' });
    let r = await run(['export', 'a.txt', 'b.txt', '-o', 'one.docx'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /有多个输入文件时，-o 应为目录/);
    r = await run(['import', 'bad.docx'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /无法读取 bad\.docx：不是 \.docx 文件/);
    r = await run(['export'], dir);
    assert.equal(r.code, 2);
  });

  it('writes the export atomically over an existing file only with --force', async () => {
    const dir = tmp({ 'a.txt': TEXT, 'a.docx': 'old' });
    const refused = await run(['export', 'a.txt', '-o', 'a.docx'], dir);
    assert.equal(refused.code, 2);
    assert.equal(readFileSync(join(dir, 'a.docx'), 'utf8'), 'old');
    const r = await run(['export', 'a.txt', '-o', 'a.docx', '--force'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(readFileSync(join(dir, 'a.docx')).subarray(0, 2).toString(), 'PK');
  });
});
