import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, DocumentSymbol, FoldingRange, TextEdit } from 'vscode-languageserver-protocol';
import { countHan, detectScript } from '../../server/src/core/index';
import { startServer, type TestClient, closeCleanly } from '../helpers/lspClient';

let n = 0;
function open(c: TestClient, text: string, languageId = 'gongwen'): TextDocument {
  const uri = `untitled:features-${++n}.gongwen`;
  void c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  return TextDocument.create(uri, languageId, 1, text);
}

const DOC = [
  '关于加强工作的通知',
  '',
  '一、总体要求',
  '（一）指导思想',
  '坚持稳中求进。',
  '（二）基本原则',
  '1.统筹兼顾',
  '2.突出重点',
  '二、主要任务',
  '（一）加强领导',
  '各单位要落实。',
  '',
].join('\n');

describe('outline, folding, completion, renumbering and script commands over LSP', () => {
  let c: TestClient;
  before(async () => {
    c = await startServer();
  });
  after(async () => {
    await closeCleanly(c);
  });

  it('documentSymbol returns the heading hierarchy with section ranges', async () => {
    const doc = open(c, DOC);
    const symbols = (await c.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: doc.uri } })) as DocumentSymbol[];
    const names = (s: DocumentSymbol[]): unknown => s.map((x) => (x.children?.length ? [x.name, names(x.children)] : x.name));
    assert.deepEqual(names(symbols), [
      ['一、总体要求', ['（一）指导思想', ['（二）基本原则', ['1.统筹兼顾', '2.突出重点']]]],
      ['二、主要任务', ['（一）加强领导']],
    ]);
    assert.equal(symbols[0].range.start.line, 2);
    assert.equal(symbols[0].range.end.line, 7, 'section of 一、 ends before 二、');
    assert.deepEqual(symbols[0].selectionRange, { start: { line: 2, character: 0 }, end: { line: 2, character: 6 } });
  });

  it('folding ranges cover each heading section', async () => {
    const doc = open(c, DOC);
    const ranges = (await c.conn.sendRequest('textDocument/foldingRange', { textDocument: { uri: doc.uri } })) as FoldingRange[];
    assert.ok(
      ranges.some((r) => r.startLine === 2 && r.endLine === 7),
      JSON.stringify(ranges),
    );
    assert.ok(
      ranges.some((r) => r.startLine === 8 && r.endLine === 10),
      JSON.stringify(ranges),
    );
  });

  it('completion offers the next marker after typing （', async () => {
    const text = '一、总体要求\n（一）指导思想\n（二）基本原则\n（';
    const doc = open(c, text);
    const items = (await c.conn.sendRequest('textDocument/completion', {
      textDocument: { uri: doc.uri },
      position: { line: 3, character: 1 },
    })) as CompletionItem[];
    const first = items[0];
    assert.equal(first.label, '（三）');
    assert.equal(TextDocument.applyEdits(doc, [first.textEdit as TextEdit]), '一、总体要求\n（一）指导思想\n（二）基本原则\n（三）');
  });

  it('gongwen/outline marks numbering problems on their nodes', async () => {
    const doc = open(c, '一、总体要求\n正文。\n二、主要任务\n正文。\n四、保障措施\n正文。\n');
    const r = (await c.conn.sendRequest('gongwen/outline', { uri: doc.uri })) as {
      nodes: { marker: string; problems: { message: string }[] }[];
    };
    assert.deepEqual(
      r.nodes.map((x) => x.marker),
      ['一、', '二、', '四、'],
    );
    assert.equal(r.nodes[0].problems.length, 0);
    assert.ok(r.nodes[2].problems.length >= 1, 'the gap is marked on 四、');
    assert.match(r.nodes[2].problems[0].message, /三、/);
  });

  it('gongwen/renumber returns one versioned edit set that renumbers the document', async () => {
    const doc = open(c, '一、总体要求\n二、主要任务\n四、保障措施\n（一）加强领导\n（三）强化保障\n');
    const r = (await c.conn.sendRequest('gongwen/renumber', { uri: doc.uri, scope: 'document' })) as { version: number; edits: TextEdit[] };
    assert.equal(r.version, 1);
    assert.equal(TextDocument.applyEdits(doc, r.edits), '一、总体要求\n二、主要任务\n三、保障措施\n（一）加强领导\n（二）强化保障\n');
  });

  it('the quick fixes of a numbering diagnostic include renumbering', async () => {
    const doc = open(c, '一、总体要求\n二、主要任务\n四、保障措施\n');
    const r = (await c.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri: doc.uri } })) as {
      items: { code: string; range: unknown; source: string; message: string }[];
    };
    const d = r.items.find((x) => x.range && (x.range as { start: { line: number } }).start.line === 2);
    assert.ok(d, JSON.stringify(r.items));
    const actions = (await c.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri: doc.uri },
      range: d.range,
      context: { diagnostics: [d] },
    })) as { title: string }[];
    assert.ok(
      actions.some((a) => a.title.startsWith('重新编号')),
      actions.map((a) => a.title).join(' / '),
    );
  });

  it('gongwen/convertScript converts a traditional run to simplified in one edit', async () => {
    const doc = open(c, '後續工作將於下月開展。', 'plaintext');
    const r = (await c.conn.sendRequest('gongwen/convertScript', { uri: doc.uri, to: 'simplified' })) as {
      edits: TextEdit[];
      summary: string;
    };
    assert.equal(TextDocument.applyEdits(doc, r.edits), '后续工作将于下月开展。');
    assert.match(r.summary, /简体/);
  });

  it('stats report the detected script', async () => {
    const doc = open(c, '總統今天接見訪問團，強調臺灣與各國的合作關係。', 'plaintext');
    const stats = (await c.conn.sendRequest('gongwen/stats', { uri: doc.uri })) as { script?: { script: string } };
    assert.ok(stats.script && stats.script.script !== 'simplified', JSON.stringify(stats));
  });

  it("stats' script is detectScript of the text, whether taken from the check or computed, and also when the setting forces one", async () => {
    const texts = ['总统今天接见访问团，強調臺灣與各國的合作关系。', '各单位要认真落实。這個', '工作报告：第一，加强領導。'];
    const statsOf = async (text: string) => {
      const doc = open(c, text, 'plaintext');
      const s = (await c.conn.sendRequest('gongwen/stats', { uri: doc.uri })) as {
        hanCount: number;
        script: { script: string; confidence: number };
      };
      return { hanCount: s.hanCount, script: s.script.script, confidence: s.script.confidence };
    };
    const expected = (text: string) => {
      const d = detectScript(text);
      return { hanCount: countHan(text), script: d.script, confidence: d.confidence };
    };
    for (const t of texts) assert.deepEqual(await statsOf(t), expected(t), t);
    // A forced script (gongwen.script) changes the check's decision, not what the status bar reports as detected.
    c.settings = { script: 'tw' };
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    try {
      for (const t of texts) assert.deepEqual(await statsOf(t), expected(t), `forced tw: ${t}`);
    } finally {
      c.settings = {};
      await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    }
  });
});
