import type { ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  ConvertScriptRequest,
  FIX_ALL_KIND,
  RenumberRequest,
  SECTION,
  type ConvertScriptParams,
  type RenumberParams,
  type VersionedEditResult,
} from '../../server/src/lsp/protocol';
import { IgnoreList } from './ignoreList';
import type { StartedClient } from './languageClient';
import { t } from './locale';
import type { PreviewManager } from './preview/panel';
import { ProblemsView } from './problemsView';
import { forkServer, hostIsDebugged } from './serverProcess';
import { StartupTimer } from './startup';
import { StatusBar } from './statusBar';
import { StructureView } from './structureView';

let client: LanguageClient | undefined;
let started: StartedClient | undefined;
let extensionRoot = '';
let startup: StartupTimer | undefined;

function languages(): string[] {
  const v = vscode.workspace.getConfiguration(SECTION).get<string[]>('languages', ['gongwen', 'plaintext', 'markdown']);
  return Array.from(new Set(['gongwen', ...v]));
}

function selector(): { language: string; scheme: string }[] {
  return languages().flatMap((language) => ['file', 'untitled'].map((scheme) => ({ language, scheme })));
}

/** The extension's own files (the rule pages opened by the help link) are never checked. */
function isOwnFile(uri: vscode.Uri): boolean {
  return !!extensionRoot && uri.scheme === 'file' && (uri.fsPath + path.sep).startsWith(extensionRoot + path.sep);
}

function isOurs(doc: vscode.TextDocument | undefined): doc is vscode.TextDocument {
  return (
    !!doc && languages().includes(doc.languageId) && (doc.uri.scheme === 'file' || doc.uri.scheme === 'untitled') && !isOwnFile(doc.uri)
  );
}

/**
 * Applies a server-computed versioned edit directly (one undo step) and says what changed;
 * refuses it when the document changed meanwhile.
 */
async function applyVersioned(result: VersionedEditResult | null): Promise<void> {
  if (!result || !client) return;
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === result.uri);
  if (!doc || doc.version !== result.version) {
    void vscode.window.showWarningMessage(t('文档已更改，请重试。', 'The document changed; please try again.'));
    return;
  }
  if (result.edits.length === 0) {
    void vscode.window.showInformationMessage(result.summary);
    return;
  }
  const edit = new vscode.WorkspaceEdit();
  for (const e of result.edits) edit.replace(doc.uri, client.protocol2CodeConverter.asRange(e.range), e.newText);
  const ok = await vscode.workspace.applyEdit(edit);
  if (!ok) void vscode.window.showWarningMessage(t('未能修改文档，请重试。', 'The document could not be changed; please try again.'));
  else void vscode.window.showInformationMessage(`${result.summary}${t('（可按 Ctrl+Z 撤销）', ' (Ctrl+Z to undo)')}`);
}

/** The server's bundle; forked at activation (before the language client library is loaded), unless under a debugger. */
function earlyServer(context: vscode.ExtensionContext) {
  return hostIsDebugged() ? undefined : forkServer(context);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  // Order (issue 13 item 8, first squiggle): fork the server first, then the status bar (start-up progress), then load
  // the language client library while the server loads; everything else is registered once the client runs.
  startup = new StartupTimer((m) => client?.info(m));
  const early = earlyServer(context);
  extensionRoot = context.extensionPath;
  const status = new StatusBar(() => client, isOurs);
  context.subscriptions.push(status.register());
  status.starting();
  void vscode.commands.executeCommand('setContext', 'gongwen.activeLanguages', languages());
  const ignoreList = new IgnoreList(context, () => client);
  context.subscriptions.push(ignoreList.register());
  const { startClient } = await import('./languageClient.js');
  startup.loaded();
  const start = async (early?: ChildProcess) => {
    status.starting();
    started = await startClient({ context, ignoreList, startup, documentSelector: selector(), isOwnFile, early });
    client = started.client;
  };
  await start(early);
  startup.ready();
  context.subscriptions.push(new StructureView(() => client, isOurs).register(), new ProblemsView(() => client, isOurs).register());
  status.schedule(0);

  // 公文预览 and its listeners load with the first preview.
  let preview: PreviewManager | undefined;
  let loading: Promise<PreviewManager> | undefined;
  const showPreview = async (uri: unknown, toSide: boolean) => {
    loading ??= import('./preview/panel.js').then(({ PreviewManager }) => {
      preview = new PreviewManager(context, () => client, isOurs, t);
      context.subscriptions.push(preview.register());
      return preview;
    });
    await (await loading).show(uri instanceof vscode.Uri ? uri : undefined, toSide);
  };
  const restart = async () => {
    await stopClient();
    await start();
    status.schedule(0);
    preview?.refreshAll();
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('gongwen.showPreview', (uri?: unknown) => showPreview(uri, false)),
    vscode.commands.registerCommand('gongwen.showPreviewToSide', (uri?: unknown) => showPreview(uri, true)),
    vscode.commands.registerCommand('gongwen.restart', restart),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if ((e.affectsConfiguration(`${SECTION}.languages`) || e.affectsConfiguration(`${SECTION}.locale`)) && client) {
        await vscode.commands.executeCommand('setContext', 'gongwen.activeLanguages', languages());
        await restart();
      }
    }),
    ...commands(context),
  );
}

/** The commands that need the client but no state of activate(); the Word, template and help code loads when first used. */
function commands(context: vscode.ExtensionContext): vscode.Disposable[] {
  const activeUri = () => vscode.window.activeTextEditor?.document.uri.toString();
  async function convert(to: ConvertScriptParams['to']): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !client) return;
    const range = editor.selection.isEmpty ? undefined : client.code2ProtocolConverter.asRange(editor.selection);
    const params: ConvertScriptParams = { uri: editor.document.uri.toString(), to, range };
    await applyVersioned(await client.sendRequest<VersionedEditResult | null>(ConvertScriptRequest, params));
  }
  return [
    vscode.commands.registerCommand('gongwen.fixAll', async () => {
      await vscode.commands.executeCommand('editor.action.codeAction', { kind: FIX_ALL_KIND, apply: 'first' });
    }),
    vscode.commands.registerCommand('gongwen.showOutput', () => client?.outputChannel.show()),
    vscode.commands.registerCommand('gongwen.showRuleHelp', async (id: unknown) =>
      (await import('./ruleHelp.js')).showRuleHelp(context, id),
    ),
    vscode.commands.registerCommand('gongwen.newDocument', async (kind?: unknown) =>
      (await import('./preview/newDocument.js')).newDocument(client, t, kind),
    ),
    vscode.commands.registerCommand('gongwen.renumber', async () => {
      const uri = activeUri();
      if (!uri || !client) return;
      const params: RenumberParams = { uri, scope: 'document' };
      await applyVersioned(await client.sendRequest<VersionedEditResult | null>(RenumberRequest, params));
    }),
    vscode.commands.registerCommand('gongwen.exportDocx', async () => (await import('./docx.js')).exportDocx(client)),
    vscode.commands.registerCommand('gongwen.importDocx', async () => (await import('./docx.js')).importDocx(client)),
    vscode.commands.registerCommand('gongwen.convertToSimplified', () => convert('simplified')),
    vscode.commands.registerCommand('gongwen.convertToTraditional', async () => {
      const items: (vscode.QuickPickItem & { to: ConvertScriptParams['to'] })[] = [
        { label: t('繁体（台湾）', 'Traditional (Taiwan)'), to: 'tw' },
        { label: t('繁体（香港）', 'Traditional (Hong Kong)'), to: 'hk' },
        { label: t('繁体（通用 OpenCC）', 'Traditional (OpenCC standard)'), to: 'traditional' },
      ];
      const pick = await vscode.window.showQuickPick(items, {
        placeHolder: t('转换为哪种繁体？', 'Convert to which traditional standard?'),
      });
      if (pick) await convert(pick.to);
    }),
  ];
}

async function stopClient(): Promise<void> {
  const s = started;
  started = undefined;
  client = undefined;
  await s?.stop();
}

export async function deactivate(): Promise<void> {
  await stopClient();
}
