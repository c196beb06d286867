import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { PreviewResult, TemplateDto } from '../../server/src/lsp/protocol';
import { TEMPLATES, templateSample } from '../../server/src/core/templates/index';
import { startServer, type TestClient, closeCleanly } from '../helpers/lspClient';

let n = 0;
function open(c: TestClient, text: string, languageId = 'gongwen'): string {
  const uri = `untitled:preview-${++n}.gongwen`;
  void c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  return uri;
}

describe('gongwen/preview and gongwen/templates over LSP', () => {
  let c: TestClient;
  before(async () => {
    c = await startServer();
  });
  after(async () => {
    await closeCleanly(c);
  });

  it('lays out the 通知 template on 3 pages with fonts, the spec and marked findings', async () => {
    const text = templateSample(TEMPLATES[0]).replace('压实防汛责任', '压实防汛责任,');
    const uri = open(c, text);
    const r = (await c.conn.sendRequest('gongwen/preview', { uri })) as PreviewResult;
    assert.equal(r.refused, undefined);
    assert.equal(r.form, 'standard');
    assert.equal(r.pages!.length, 3);
    assert.equal(r.spec!.grid.charsPerLine, 28);
    assert.equal(r.faces!.fangsong.label, '仿宋_GB2312');
    const segs = r.pages!.flatMap((p) => p.lines.flatMap((l) => l.segs));
    const comma = segs.find((s) => s.text === ',' && s.mark !== undefined);
    assert.ok(comma, 'the half-width comma is a marked run');
    assert.equal(r.marks![comma.mark!].rule, 'no-half-width-punctuation');
  });

  it('answers with a refusal message for a document too large to lay out, and null for an unknown document', async () => {
    const uri = open(c, '各单位要高度重视。\n'.repeat(40_000));
    const r = (await c.conn.sendRequest('gongwen/preview', { uri })) as PreviewResult;
    assert.match(r.refused ?? '', /过长|too long/);
    assert.equal(r.pages, undefined);
    assert.equal(await c.conn.sendRequest('gongwen/preview', { uri: 'untitled:nothing' }), null);
  });

  it('gongwen/templates lists the templates as snippets', async () => {
    const list = (await c.conn.sendRequest('gongwen/templates')) as TemplateDto[];
    assert.deepEqual(
      list.map((t) => t.id),
      TEMPLATES.map((t) => t.id),
    );
    assert.match(list[0].snippet, /^\$\{1:XX市人民政府\}文件/);
  });
});
