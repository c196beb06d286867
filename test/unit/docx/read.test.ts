// The .docx reader: paragraphs in document order with their runs, Word numbering as literal markers,
// the other parts labelled, bad files refused with a clear message, fixes only within one run.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { unzipSync, zipSync } from 'fflate';
import { changedParts, fixPart } from '../../../server/src/docx/fix';
import { importDocx } from '../../../server/src/docx/import';
import { formatNumber } from '../../../server/src/docx/numbering';
import { DocxError, repackage, sniff } from '../../../server/src/docx/package';
import { partParagraphs, readDocx } from '../../../server/src/docx/read';
import { joinParagraphs, mapEdit } from '../../../server/src/docx/text';
import { docx, p, partXml } from './docx-helpers';

const bodyText = (bytes: Uint8Array): string[] => partParagraphs(readDocx(bytes).parts[0]).map((x) => x.text);

const NUMBERING = partXml(
  'numbering',
  `<w:abstractNum w:abstractNumId="0">
     <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
     <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
     <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
     <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="（%4）"/></w:lvl>
   </w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
);
const li = (ilvl: number, text: string): string =>
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;

describe('docx reader', () => {
  it('reads body paragraphs, table cells row by row and a text box once (mc:Choice, not also the fallback)', () => {
    const box = `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>${p('文本框内容')}</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>${p('文本框内容')}</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
    const table = `<w:tbl><w:tr><w:tc>${p('甲')}</w:tc><w:tc>${p('乙')}</w:tc></w:tr><w:tr><w:tc>${p('丙')}</w:tc><w:tc>${p('丁')}</w:tc></w:tr></w:tbl>`;
    const bytes = docx(`${p('第一段')}<w:p><w:r><w:t>锚定段</w:t></w:r>${box}</w:p>${table}${p('末段')}`);
    assert.deepEqual(bodyText(bytes), ['第一段', '锚定段', '文本框内容', '甲', '乙', '丙', '丁', '末段']);
  });

  it('joins runs, skips deleted revisions and field instructions, keeps inserted text and field results', () => {
    const para = `<w:p><w:r><w:t>各单位</w:t></w:r><w:del><w:r><w:delText>删除</w:delText></w:r></w:del><w:ins><w:r><w:t>要</w:t></w:r></w:ins><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:hyperlink><w:r><w:t>链接</w:t></w:r></w:hyperlink></w:p>`;
    assert.deepEqual(bodyText(docx(para)), ['各单位要3链接']);
  });

  it('turns automatic numbering into the literal 一、（一）1.（1） markers, restarting sub-levels', () => {
    const bytes = docx(
      [li(0, '总体要求'), li(1, '目标'), li(2, '甲'), li(3, '乙'), li(3, '丙'), li(1, '原则'), li(0, '任务'), li(1, '重点')].join(''),
      {
        'word/numbering.xml': NUMBERING,
      },
    );
    assert.deepEqual(bodyText(bytes), ['一、总体要求', '（一）目标', '1.甲', '（1）乙', '（2）丙', '（二）原则', '二、任务', '（一）重点']);
    // The marker is generated text: no fix may edit it.
    const para = partParagraphs(readDocx(bytes).parts[0])[0];
    assert.equal(para.marker, '一、');
    assert.equal(para.spans[0].t, undefined);
  });

  it('formats Word number formats', () => {
    assert.equal(formatNumber('chineseCounting', 11), '十一');
    assert.equal(formatNumber('decimalEnclosedCircle', 3), '③');
    assert.equal(formatNumber('upperRoman', 14), 'XIV');
    assert.equal(formatNumber('decimal', 7), '7');
  });

  it('labels headers, footers, footnotes and comments, and skips separator notes', () => {
    const bytes = docx(p('正文'), {
      'word/header1.xml': partXml('hdr', p('页眉文字')),
      'word/footer2.xml': partXml('ftr', p('页脚文字')),
      'word/footnotes.xml': partXml(
        'footnotes',
        `<w:footnote w:type="separator" w:id="-1">${p('———')}</w:footnote><w:footnote w:id="1">${p('脚注文字')}</w:footnote>`,
      ),
      'word/comments.xml': partXml('comments', `<w:comment w:id="0">${p('批注文字')}</w:comment>`),
    });
    const parts = readDocx(bytes).parts.map((x) => [
      x.id,
      x.label.zh,
      partParagraphs(x)
        .map((q) => q.text)
        .join('|'),
    ]);
    assert.deepEqual(parts, [
      ['', '正文', '正文'],
      ['header1', '页眉1', '页眉文字'],
      ['footer2', '页脚2', '页脚文字'],
      ['footnotes', '脚注', '脚注文字'],
      ['comments', '批注', '批注文字'],
    ]);
  });

  it('maps an edit to a run only when it lies within one run', () => {
    const file = readDocx(docx(p('各单位', ['要高度重视,', '<w:b/>'], '认真')));
    const paras = partParagraphs(file.parts[0]);
    const joined = joinParagraphs(paras);
    const inRun = mapEdit(paras, joined, { start: 8, end: 9, newText: '，' });
    assert.ok(inRun);
    assert.equal(inRun.t.textContent, '要高度重视,');
    assert.deepEqual([inRun.from, inRun.to], [5, 6]);
    assert.equal(mapEdit(paras, joined, { start: 2, end: 4, newText: '' }), null, 'spans two runs');
  });

  it('--fix edits the run that holds the text and keeps its formatting; a fix across runs is left and reported', () => {
    const bytes = docx(p('各单位', ['要高度重视,', '<w:b/>'], '认真落实。') + p('各单位', ' ', ' ', '要高度重视。'));
    const file = readDocx(bytes);
    const r = fixPart(file, file.parts[0], { language: 'gongwen' });
    assert.equal(r.fixed, 1);
    assert.deepEqual(
      r.unapplied.map((x) => x.ruleId),
      ['no-space-between-han'],
    );
    const xml = changedParts([r]).get('word/document.xml')!;
    assert.match(xml, /<w:rPr><w:b\/><\/w:rPr><w:t xml:space="preserve">要高度重视，<\/w:t>/);
    // The package again: every entry kept, the body replaced.
    const again = unzipSync(repackage(file.pkg, changedParts([r])));
    assert.deepEqual(Object.keys(again).sort(), ['[Content_Types].xml', 'word/document.xml']);
    assert.deepEqual(bodyText(repackage(file.pkg, changedParts([r]))), ['各单位要高度重视，认真落实。', '各单位  要高度重视。']);
  });

  it('imports tables as tab-separated rows and line breaks as lines', () => {
    const table = `<w:tbl><w:tr><w:tc>${p('单位')}</w:tc><w:tc>${p('人数')}</w:tc></w:tr><w:tr><w:tc>${p('市局')}</w:tc><w:tc>${p('12人')}</w:tc></w:tr></w:tbl>`;
    const br = '<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>';
    assert.equal(importDocx(docx(table + br)), '单位\t人数\n市局\t12人\n第一行\n第二行');
  });
});

describe('docx bad files', () => {
  const reasonOf = (bytes: Uint8Array): string => {
    try {
      readDocx(bytes);
      return 'opened';
    } catch (e) {
      assert.ok(e instanceof DocxError, String(e));
      assert.ok(e.text.zh && e.text.en);
      return e.reason;
    }
  };
  const ole = (stream: string): Uint8Array => {
    const b = new Uint8Array(2048);
    b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    for (let i = 0; i < stream.length; i++) b[1024 + i * 2] = stream.charCodeAt(i);
    return b;
  };

  it('a password-protected document (OLE container with EncryptedPackage)', () => {
    assert.equal(sniff(ole('EncryptedPackage')), 'encrypted');
    assert.equal(reasonOf(ole('EncryptedPackage')), 'encrypted');
  });
  it('a binary .doc renamed .docx', () => assert.equal(reasonOf(ole('WordDocument')), 'doc'));
  it('text that is not a zip', () => assert.equal(reasonOf(new TextEncoder().encode('这不是 Word 文件')), 'not-zip'));
  it('a corrupt zip (truncated)', () => {
    const good = docx(p('正文'));
    assert.equal(reasonOf(good.subarray(0, good.length - 30)), 'corrupt');
  });
  it('a zip without word/document.xml', () => assert.equal(reasonOf(zipSync({ 'a.txt': new Uint8Array([65]) })), 'not-docx'));
  it('malformed XML in the body', () =>
    assert.equal(reasonOf(zipSync({ 'word/document.xml': new TextEncoder().encode('<w:document><w:body>') })), 'bad-xml'));
  it('a zip bomb (a 20 MB part compressed a thousandfold) is refused before inflating', () => {
    const bomb = zipSync({ 'word/document.xml': [new Uint8Array(20 * 1024 * 1024), { level: 9 }] });
    assert.ok(bomb.length < 100_000);
    assert.equal(reasonOf(bomb), 'bomb');
  });
});
