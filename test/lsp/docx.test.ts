// gongwen/exportDocx and gongwen/importDocx over LSP: the requests behind 「导出为 Word」 and 「从 Word 导入」.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startServer, type TestClient, closeCleanly } from '../helpers/lspClient';

const TEXT = '关于开展安全检查的通知\n\n各单位：\n　　一、总体要求\n　　请认真落实。\n';

describe('Word export and import over LSP', () => {
  let c: TestClient;
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-lsp-docx-'));
  before(async () => {
    c = await startServer();
  });
  after(async () => {
    rmSync(dir, { recursive: true, force: true });
    await closeCleanly(c);
  });

  it('exports the open document and imports the file back as the same text', async () => {
    const uri = 'untitled:docx-1.gongwen';
    void c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'gongwen', version: 1, text: TEXT } });
    const target = join(dir, 'out.docx');
    const e = (await c.conn.sendRequest('gongwen/exportDocx', { uri, target })) as { ok: boolean; message: string };
    assert.equal(e.ok, true, e.message);
    assert.equal(readFileSync(target).subarray(0, 2).toString(), 'PK');
    const i = (await c.conn.sendRequest('gongwen/importDocx', { path: target })) as { ok: boolean; text?: string };
    assert.equal(i.text, TEXT);
  });

  it('answers a bad file with a clear message, not an error', async () => {
    const bad = join(dir, 'bad.docx');
    writeFileSync(bad, '这不是 Word 文件');
    const r = (await c.conn.sendRequest('gongwen/importDocx', { path: bad })) as { ok: boolean; message: string };
    assert.equal(r.ok, false);
    assert.match(r.message, /不是 \.docx 文件/);
  });
});
