import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

async function poll<T>(fn: () => T | undefined | false, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function openGongwen(text: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument({ language: 'gongwen', content: text });
  await vscode.window.showTextDocument(doc);
  return doc;
}

const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'gongwen');

suite('gongwen extension', () => {
  test('activates and reports diagnostics for a 公文 document', async () => {
    const doc = await openGongwen('各单位要高度重视,认真落实。');
    const diags = await poll(() => ours(doc.uri).length > 0 && ours(doc.uri));
    assert.equal(diags[0].code && typeof diags[0].code === 'object' ? diags[0].code.value : diags[0].code, 'no-half-width-punctuation');
  });

  test('quick fix and fix all go through the language server', async () => {
    const doc = await openGongwen('加强 领导,落实工作.');
    const diags = await poll(() => ours(doc.uri).length >= 3 && ours(doc.uri));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diags[0].range);
    assert.ok(actions.some((a) => a.isPreferred));
    await vscode.commands.executeCommand('gongwen.fixAll');
    await poll(() => doc.getText() === '加强领导，落实工作。');
  });

  test('document symbols give the heading outline', async () => {
    const doc = await openGongwen('一、总体要求\n（一）指导思想\n正文。\n二、主要任务\n');
    let result: vscode.DocumentSymbol[] = [];
    const end = Date.now() + 20_000;
    while (result.length === 0 && Date.now() < end) {
      result = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri)) ?? [];
      if (result.length === 0) await new Promise((r) => setTimeout(r, 100));
    }
    assert.deepEqual(result.map((s) => s.name), ['一、总体要求', '二、主要任务']);
    assert.deepEqual(result[0].children.map((s) => s.name), ['（一）指导思想']);
  });
});
