import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { TemplatesRequest, type TemplateDto } from '../../../server/src/lsp/protocol';

/**
 * 「新建公文」: a quick pick of the templates (from the server, core/templates), then a new untitled .gongwen
 * editor with the template inserted as a snippet (tab stops on the placeholders). `kind` (a 文种) skips the pick.
 */
export async function newDocument(
  client: LanguageClient | undefined,
  t: (zh: string, en: string) => string,
  kind?: unknown,
): Promise<vscode.TextEditor | undefined> {
  if (!client) {
    void vscode.window.showWarningMessage(t('公文校对语言服务器尚未启动，无法新建公文', 'The Gongwen language server is not running'));
    return undefined;
  }
  const templates = await client.sendRequest<TemplateDto[]>(TemplatesRequest);
  let template = typeof kind === 'string' ? templates.find((x) => x.id === kind) : undefined;
  if (!template) {
    const en = t('zh', 'en') === 'en';
    const pick = await vscode.window.showQuickPick(
      templates.map((x) => ({
        label: en ? `${x.id}  ${x.label.en}` : x.label.zh,
        description: en ? x.description.en : x.description.zh,
        template: x,
      })),
      { title: t('新建公文', 'New 公文 document'), placeHolder: t('选择文种', 'Choose the kind of document'), matchOnDescription: true },
    );
    template = pick?.template;
  }
  if (!template) return undefined;
  const doc = await vscode.workspace.openTextDocument({ language: 'gongwen', content: '' });
  const editor = await vscode.window.showTextDocument(doc);
  await editor.insertSnippet(new vscode.SnippetString(template.snippet), new vscode.Position(0, 0));
  return editor;
}
