import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  DiagnosticPullMode,
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import {
  ConvertScriptRequest,
  FIX_ALL_KIND,
  RenumberRequest,
  SECTION,
  StatsRequest,
  type ConvertScriptParams,
  type RenumberParams,
  type StatsResult,
  type VersionedEditResult,
} from '../../server/src/lsp/protocol';
import { StructureView } from './structureView';

let client: LanguageClient | undefined;
const zh = !vscode.env.language.toLowerCase().startsWith('en');
const t = (zhText: string, enText: string) => (zh ? zhText : enText);

function languages(): string[] {
  const v = vscode.workspace.getConfiguration(SECTION).get<string[]>('languages', ['gongwen', 'plaintext', 'markdown']);
  return Array.from(new Set(['gongwen', ...v]));
}

function selector(): { language: string; scheme: string }[] {
  return languages().flatMap((language) => ['file', 'untitled'].map((scheme) => ({ language, scheme })));
}

function isOurs(doc: vscode.TextDocument | undefined): doc is vscode.TextDocument {
  return !!doc && languages().includes(doc.languageId) && (doc.uri.scheme === 'file' || doc.uri.scheme === 'untitled');
}

async function startClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const module = context.asAbsolutePath(path.join('server', 'dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: selector(),
    // The client watches .gongwenrc.json itself (synchronize.fileEvents), so the server need not register a watcher.
    initializationOptions: { locale: vscode.env.language, watchesConfigFiles: true },
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/.gongwenrc.json') },
    diagnosticPullOptions: {
      onChange: true,
      onSave: true,
      // true = skip this pull (vscode-eslint's pattern for `run: onSave`).
      filter: (document, mode) => {
        const run = vscode.workspace.getConfiguration(SECTION, document).get<'onType' | 'onSave'>('run', 'onType');
        return (mode === DiagnosticPullMode.onType && run !== 'onType') || (mode === DiagnosticPullMode.onSave && run !== 'onSave');
      },
    },
  };
  const c = new LanguageClient(SECTION, t('公文校对', 'Gongwen'), serverOptions, clientOptions);
  await c.start();
  return c;
}

/** Applies a server-computed versioned edit; refuses it when the document changed meanwhile. */
async function applyVersioned(result: VersionedEditResult | null, preview: boolean): Promise<void> {
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
  // With `preview`, VS Code shows the Refactor Preview of every change before applying it.
  const metadata = preview ? { needsConfirmation: true, label: result.summary } : undefined;
  for (const e of result.edits) edit.replace(doc.uri, client.protocol2CodeConverter.asRange(e.range), e.newText, metadata);
  await vscode.workspace.applyEdit(edit, { isRefactoring: preview });
}

function setupStatusBar(context: vscode.ExtensionContext): () => void {
  const item = vscode.window.createStatusBarItem('gongwen.status', vscode.StatusBarAlignment.Right, 100);
  item.name = t('公文校对', 'Gongwen');
  item.command = 'workbench.actions.view.problems';
  context.subscriptions.push(item);
  let timer: NodeJS.Timeout | undefined;
  let generation = 0;
  const update = async () => {
    const editor = vscode.window.activeTextEditor;
    if (!client || !isOurs(editor?.document)) {
      item.hide();
      return;
    }
    const gen = ++generation;
    let stats: StatsResult | null = null;
    try {
      stats = await client.sendRequest<StatsResult | null>(StatsRequest, { uri: editor.document.uri.toString() });
    } catch {
      stats = null;
    }
    if (gen !== generation || !stats) return;
    const problems = stats.errors + stats.warnings + stats.infos + stats.hints;
    const icon = stats.errors ? '$(error)' : stats.warnings ? '$(warning)' : problems ? '$(info)' : '$(check)';
    item.text = `${icon} ${t('公文', 'Gongwen')} ${problems}  ${t('字数', 'Chars')} ${stats.hanCount}`;
    const lines = [
      t(`公文校对：${stats.errors} 个错误，${stats.warnings} 个警告，${stats.infos + stats.hints} 个提示`, `Gongwen: ${stats.errors} errors, ${stats.warnings} warnings, ${stats.infos + stats.hints} infos`),
      t(`字数（汉字）：${stats.hanCount}`, `Han characters: ${stats.hanCount}`),
      stats.script ? t(`文档字体判断：${stats.script.label}`, `Script: ${stats.script.label}`) : '',
      t(`配置来源：${stats.configSource === 'settings' ? 'VS Code 设置' : stats.configSource}`, `Configuration: ${stats.configSource === 'settings' ? 'VS Code settings' : stats.configSource}`),
    ].filter(Boolean);
    item.tooltip = lines.join('\n');
    item.show();
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), 300);
  };
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(schedule),
    vscode.languages.onDidChangeDiagnostics(schedule),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document) schedule();
    }),
    { dispose: () => clearTimeout(timer) },
  );
  return schedule;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  await vscode.commands.executeCommand('setContext', 'gongwen.activeLanguages', languages());
  client = await startClient(context);
  const refreshStatus = setupStatusBar(context);
  const structure = new StructureView(() => client, isOurs);
  context.subscriptions.push(structure.register());
  refreshStatus();

  const activeUri = () => vscode.window.activeTextEditor?.document.uri.toString();
  context.subscriptions.push(
    vscode.commands.registerCommand('gongwen.fixAll', async () => {
      await vscode.commands.executeCommand('editor.action.codeAction', { kind: FIX_ALL_KIND, apply: 'first' });
    }),
    vscode.commands.registerCommand('gongwen.restart', async () => {
      await client?.restart();
      refreshStatus();
    }),
    vscode.commands.registerCommand('gongwen.showOutput', () => client?.outputChannel.show()),
    vscode.commands.registerCommand('gongwen.renumber', async () => {
      const uri = activeUri();
      if (!uri || !client) return;
      const params: RenumberParams = { uri, scope: 'document' };
      await applyVersioned(await client.sendRequest<VersionedEditResult | null>(RenumberRequest, params), false);
    }),
    vscode.commands.registerCommand('gongwen.convertToSimplified', () => convert('simplified')),
    vscode.commands.registerCommand('gongwen.convertToTraditional', async () => {
      const items: (vscode.QuickPickItem & { to: ConvertScriptParams['to'] })[] = [
        { label: t('繁体（台湾）', 'Traditional (Taiwan)'), to: 'tw' },
        { label: t('繁体（香港）', 'Traditional (Hong Kong)'), to: 'hk' },
        { label: t('繁体（通用 OpenCC）', 'Traditional (OpenCC standard)'), to: 'traditional' },
      ];
      const pick = await vscode.window.showQuickPick(items, { placeHolder: t('转换为哪种繁体？', 'Convert to which traditional standard?') });
      if (pick) await convert(pick.to);
    }),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration(`${SECTION}.languages`) && client) {
        await vscode.commands.executeCommand('setContext', 'gongwen.activeLanguages', languages());
        await client.stop();
        client = await startClient(context);
        refreshStatus();
      }
    }),
  );

  async function convert(to: ConvertScriptParams['to']): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !client) return;
    const range = editor.selection.isEmpty ? undefined : client.code2ProtocolConverter.asRange(editor.selection);
    const params: ConvertScriptParams = { uri: editor.document.uri.toString(), to, range };
    await applyVersioned(await client.sendRequest<VersionedEditResult | null>(ConvertScriptRequest, params), true);
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
