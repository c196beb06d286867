import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DocumentSymbol } from 'vscode-languageserver-protocol';
import type { ElementsResult, OutlineResult } from '../../server/src/lsp/protocol';
import { startServer, type TestClient, closeCleanly } from '../helpers/lspClient';

// Exposure of the element model (issue 15 item 1): documentSymbol, the 公文结构 view's gongwen/outline and gongwen/elements.
let n = 0;
function open(c: TestClient, text: string): string {
  const uri = `untitled:elements-${++n}.gongwen`;
  void c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'gongwen', version: 1, text } });
  return uri;
}

const I = '\u3000\u3000';
const NOTICE = [
  '青川市人民政府文件', // 0
  '',
  '青政发〔2025〕7号　　签发人：周明远',
  '',
  '关于加强城市供水安全保障工作的通知', // 4
  '',
  '各区县人民政府，市政府各部门：',
  '',
  `${I}一、落实供水安全责任`, // 8
  `${I}（一）压实属地责任`,
  `${I}二、加强水源地保护`,
  '',
  `${I}附件：1.青川市城市供水安全责任分工表`, // 12
  `${I}　　　2.青川市饮用水水源保护区名录`,
  '',
  '青川市人民政府',
  '2025年3月4日',
  '',
  '附件1', // 18
  '',
  '青川市城市供水安全责任分工表',
  '',
  `${I}一、市水务局`,
  '',
  '抄送：市委办公室。', // 24
  '青川市人民政府办公室　　2025年3月5日印发',
  '',
].join('\n');

const REPORT = '2024年工作总结\n\n一、主要成效\n（一）项目建设\n二、存在问题\n';

describe('the element model over LSP', () => {
  let c: TestClient;
  before(async () => {
    c = await startServer();
  });
  after(async () => {
    await closeCleanly(c);
  });

  it('documentSymbol: elements at the top level with their Chinese names, headings under 正文 and under each 附件', async () => {
    const uri = open(c, NOTICE);
    const symbols = (await c.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    const names = (s: DocumentSymbol[]): unknown => s.map((x) => (x.children?.length ? [x.name, names(x.children)] : x.name));
    assert.deepEqual(names(symbols), [
      '发文机关标志',
      '发文字号',
      '签发人',
      '标题',
      '主送机关',
      ['正文', [['一、落实供水安全责任', ['（一）压实属地责任']], '二、加强水源地保护']],
      '附件说明',
      '发文机关署名',
      '成文日期',
      ['附件1', ['一、市水务局']],
      '抄送机关',
      '印发机关和印发日期',
    ]);
    const title = symbols.find((s) => s.name === '标题')!;
    assert.equal(title.detail, '关于加强城市供水安全保障工作的通知');
    assert.equal(title.range.start.line, 4);
    const body = symbols.find((s) => s.name === '正文')!;
    assert.deepEqual([body.range.start.line, body.range.end.line], [8, 10]);
  });

  it('documentSymbol of a text that is no 公文 is the heading tree alone', async () => {
    const uri = open(c, REPORT);
    const symbols = (await c.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepEqual(
      symbols.map((s) => [s.name, (s.children ?? []).map((x) => x.name)]),
      [
        ['一、主要成效', ['（一）项目建设']],
        ['二、存在问题', []],
      ],
    );
  });

  it('gongwen/outline (the 公文结构 view): element nodes with their kind and value, headings under 正文', async () => {
    const uri = open(c, NOTICE);
    const r = (await c.conn.sendRequest('gongwen/outline', { uri })) as OutlineResult;
    assert.deepEqual(
      r.nodes.map((x) => x.element),
      [
        'issuerMark',
        'docNumber',
        'signer',
        'title',
        'recipients',
        'body',
        'attachmentNote',
        'signature',
        'date',
        'attachment',
        'cc',
        'printer',
      ],
    );
    assert.equal(r.nodes[3].label, '标题：关于加强城市供水安全保障工作的通知');
    assert.equal(r.nodes[5].label, '正文');
    assert.deepEqual(
      r.nodes[5].children.map((x) => x.marker.trim()),
      ['一、', '二、'],
    );
    assert.equal(r.nodes[9].label, '附件1：青川市城市供水安全责任分工表');
  });

  it('gongwen/elements returns the model with ranges; a text that is no 公文 has form none and one body', async () => {
    const uri = open(c, NOTICE);
    const r = (await c.conn.sendRequest('gongwen/elements', { uri })) as ElementsResult;
    assert.equal(r.form, 'standard');
    assert.equal(r.genre, '通知');
    assert.equal(r.version, 1);
    const num = r.elements.find((e) => e.kind === 'docNumber')!;
    assert.deepEqual(num.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 11 } });
    const signer = r.elements.find((e) => e.kind === 'signer')!;
    assert.deepEqual(signer.items, [{ marker: '', range: { start: { line: 2, character: 17 }, end: { line: 2, character: 20 } } }]);
    const note = r.elements.find((e) => e.kind === 'attachmentNote')!;
    assert.deepEqual(
      note.items!.map((x) => [x.marker, x.range.start.line]),
      [
        ['1', 12],
        ['2', 13],
      ],
    );
    const page = r.elements.find((e) => e.kind === 'attachment')!;
    assert.equal(page.name, '附件1');
    assert.equal(page.number, 1);
    assert.equal(page.titleRange!.start.line, 20);
    const none = (await c.conn.sendRequest('gongwen/elements', { uri: open(c, REPORT) })) as ElementsResult;
    assert.equal(none.form, 'none');
    assert.deepEqual(
      none.elements.map((e) => [e.kind, e.range.start.line, e.range.end.line]),
      [['body', 0, 5]],
    );
  });

  it('gongwen/elements for an unknown document is null', async () => {
    assert.equal(await c.conn.sendRequest('gongwen/elements', { uri: 'untitled:nowhere.gongwen' }), null);
  });
});
