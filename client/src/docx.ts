/**
 * 「导出为 Word」 and 「从 Word 导入」: the client picks the file and shows the result; the language server
 * does the Word work (gongwen/exportDocx, gongwen/importDocx in server/src/lsp/docx.ts).
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  ExportDocxRequest,
  ImportDocxRequest,
  type DocxResult,
  type ExportDocxParams,
  type ImportDocxParams,
} from '../../server/src/lsp/protocol';
import { t } from './locale';

export async function exportDocx(client: LanguageClient | undefined): Promise<void> {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc || !client) {
    void vscode.window.showWarningMessage(t('请先打开要导出的公文。', 'Open the document to export first.'));
    return;
  }
  const base = doc.isUntitled
    ? path.join(vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? '', '公文.docx')
    : doc.uri.fsPath.replace(/\.[^./\\]*$/, '') + '.docx';
  const target = await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.file(base),
    filters: { Word: ['docx'] },
    title: t('导出为 Word', 'Export to Word'),
  });
  if (!target) return;
  const params: ExportDocxParams = { uri: doc.uri.toString(), target: target.fsPath };
  const r = await client.sendRequest<DocxResult>(ExportDocxRequest, params);
  if (!r.ok) {
    void vscode.window.showErrorMessage(r.message);
    return;
  }
  const open = t('打开所在文件夹', 'Reveal in folder');
  if ((await vscode.window.showInformationMessage(r.message, open)) === open)
    await vscode.commands.executeCommand('revealFileInOS', target);
}

export async function importDocx(client: LanguageClient | undefined): Promise<void> {
  if (!client) return;
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    filters: { Word: ['docx'] },
    title: t('从 Word 导入', 'Import from Word'),
  });
  if (!picked?.[0]) return;
  const params: ImportDocxParams = { path: picked[0].fsPath };
  const r = await client.sendRequest<DocxResult>(ImportDocxRequest, params);
  if (!r.ok || r.text === undefined) {
    void vscode.window.showErrorMessage(r.message);
    return;
  }
  const doc = await vscode.workspace.openTextDocument({ language: 'gongwen', content: r.text });
  await vscode.window.showTextDocument(doc);
}
