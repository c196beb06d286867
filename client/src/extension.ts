import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  DiagnosticPullMode,
  LanguageClient,
  TransportKind,
  vsdiag,
  type LanguageClientOptions,
  type Middleware,
  type ServerOptions,
} from 'vscode-languageclient/node';
import {
  ConvertScriptRequest,
  FIX_ALL_KIND,
  RenumberRequest,
  SECTION,
  type ConvertScriptParams,
  type RenumberParams,
  type VersionedEditResult,
} from '../../server/src/lsp/protocol';
import { exportDocx, importDocx } from './docx';
import { t, uiLocale } from './locale';
import { newDocument } from './preview/newDocument';
import { PreviewManager } from './preview/panel';
import { relinkHover, ruleHelpCommand, showRuleHelp } from './ruleHelp';
import { StartupTimer } from './startup';
import { IgnoreList } from './ignoreList';
import { ProblemsView } from './problemsView';
import { StatusBar } from './statusBar';
import { StructureView } from './structureView';

let client: LanguageClient | undefined;
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

/** Rule links open a rendered page; the extension's files are not synchronised; Format Document on .txt/.md says once how to enable it. */
function middleware(context: vscode.ExtensionContext): Middleware {
  const relink = (ds: vscode.Diagnostic[]) => {
    for (const d of ds)
      if (typeof d.code === 'object' && typeof d.code.value === 'string')
        d.code = { value: d.code.value, target: ruleHelpCommand(d.code.value) };
    return ds;
  };
  return {
    didOpen: (doc, next) => (isOwnFile(doc.uri) ? Promise.resolve() : next(doc)),
    didChange: (e, next) => (isOwnFile(e.document.uri) ? Promise.resolve() : next(e)),
    didClose: (doc, next) => (isOwnFile(doc.uri) ? Promise.resolve() : next(doc)),
    handleDiagnostics: (uri, ds, next) => {
      startup?.diagnostics();
      next(uri, isOwnFile(uri) ? [] : relink(ds));
    },
    provideDiagnostics: async (doc, previousResultId, token, next) => {
      const uri = doc instanceof vscode.Uri ? doc : doc.uri;
      if (isOwnFile(uri)) return { kind: vsdiag.DocumentDiagnosticReportKind.full, items: [] };
      const report = await next(doc, previousResultId, token);
      if (report) startup?.diagnostics();
      if (report && report.kind === vsdiag.DocumentDiagnosticReportKind.full) relink(report.items);
      return report;
    },
    provideHover: async (doc, position, token, next) => {
      const hover = await next(doc, position, token);
      if (hover) hover.contents = hover.contents.map((c) => (c instanceof vscode.MarkdownString ? relinkHover(c) : c));
      return hover;
    },
    provideDocumentFormattingEdits: async (doc, options, token, next) => {
      const enabled = vscode.workspace.getConfiguration(SECTION, doc).get<boolean>('format.enable', false);
      if (doc.languageId !== 'gongwen' && !enabled) {
        void formatHintOnce(context);
        return [];
      }
      return next(doc, options, token);
    },
  };
}

const FORMAT_HINT_KEY = 'gongwen.formatHintShown';

async function formatHintOnce(context: vscode.ExtensionContext): Promise<void> {
  if (context.globalState.get<boolean>(FORMAT_HINT_KEY)) return;
  await context.globalState.update(FORMAT_HINT_KEY, true);
  const enable = t('启用', 'Enable');
  const pick = await vscode.window.showInformationMessage(
    t(
      '公文校对：纯文本和 Markdown 文档默认不做“格式化文档”（.gongwen 文档始终可以）。要启用，请打开设置 gongwen.format.enable。',
      'Gongwen: Format Document is off for plain text and Markdown by default (.gongwen documents always have it). Turn on the setting gongwen.format.enable to use it.',
    ),
    enable,
  );
  if (pick === enable) await vscode.workspace.getConfiguration(SECTION).update('format.enable', true, vscode.ConfigurationTarget.Global);
}

async function startClient(context: vscode.ExtensionContext, status: StatusBar, ignoreList: IgnoreList): Promise<LanguageClient> {
  status.starting();
  const module = context.asAbsolutePath(path.join('server', 'dist', 'server.js'));
  const serverOptions: ServerOptions = {
    // GONGWEN_CODE_CACHE: the server keeps V8's code cache there and starts faster from the second time (server/src/launch.ts).
    run: {
      module,
      transport: TransportKind.ipc,
      options: { env: { GONGWEN_CODE_CACHE: path.join(context.globalStorageUri.fsPath, 'code-cache') } },
    },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: selector(),
    // The client watches .gongwenrc.json itself (synchronize.fileEvents), so the server need not register a watcher.
    // `ignored`: the «忽略此问题» list kept in the workspace state (client/src/ignoreList.ts).
    initializationOptions: { locale: uiLocale(), watchesConfigFiles: true, ignored: ignoreList.stateEntries() },
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/.gongwenrc.json') },
    middleware: middleware(context),
    diagnosticPullOptions: {
      onChange: true,
      onSave: true,
      // Pull again when a document gets focus: after a restart (gongwen.locale, gongwen.languages) a document that was
      // in a background tab would otherwise keep no diagnostics until it is edited.
      onFocus: true,
      // true = skip this pull (vscode-eslint's pattern for `run: onSave`).
      filter: (document, mode) => {
        const run = vscode.workspace.getConfiguration(SECTION, document).get<'onType' | 'onSave'>('run', 'onType');
        return (
          ((mode === DiagnosticPullMode.onType || mode === DiagnosticPullMode.onFocus) && run !== 'onType') ||
          (mode === DiagnosticPullMode.onSave && run !== 'onSave')
        );
      },
    },
  };
  const c = new LanguageClient(SECTION, t('公文校对', 'Gongwen'), serverOptions, clientOptions);
  await c.start();
  return c;
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

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  extensionRoot = context.extensionPath;
  startup = new StartupTimer((m) => client?.info(m));
  // The status bar first (it shows the start-up progress), then the server; nothing else waits before it.
  const status = new StatusBar(() => client, isOurs);
  context.subscriptions.push(status.register());
  void vscode.commands.executeCommand('setContext', 'gongwen.activeLanguages', languages());
  const ignoreList = new IgnoreList(context, () => client);
  context.subscriptions.push(ignoreList.register());
  client = await startClient(context, status, ignoreList);
  startup.ready();
  const structure = new StructureView(() => client, isOurs);
  context.subscriptions.push(structure.register(), new ProblemsView(() => client, isOurs).register());
  const preview = new PreviewManager(context, () => client, isOurs, t);
  context.subscriptions.push(
    preview.register(),
    vscode.commands.registerCommand('gongwen.newDocument', (kind?: unknown) => newDocument(client, t, kind)),
  );
  status.schedule(0);

  const restart = async () => {
    await client?.stop();
    client = await startClient(context, status, ignoreList);
    status.schedule(0);
    preview.refreshAll();
  };
  const activeUri = () => vscode.window.activeTextEditor?.document.uri.toString();
  context.subscriptions.push(
    vscode.commands.registerCommand('gongwen.fixAll', async () => {
      await vscode.commands.executeCommand('editor.action.codeAction', { kind: FIX_ALL_KIND, apply: 'first' });
    }),
    vscode.commands.registerCommand('gongwen.restart', restart),
    vscode.commands.registerCommand('gongwen.showOutput', () => client?.outputChannel.show()),
    vscode.commands.registerCommand('gongwen.showRuleHelp', (id: unknown) => showRuleHelp(context, id)),
    vscode.commands.registerCommand('gongwen.renumber', async () => {
      const uri = activeUri();
      if (!uri || !client) return;
      const params: RenumberParams = { uri, scope: 'document' };
      await applyVersioned(await client.sendRequest<VersionedEditResult | null>(RenumberRequest, params));
    }),
    vscode.commands.registerCommand('gongwen.exportDocx', () => exportDocx(client)),
    vscode.commands.registerCommand('gongwen.importDocx', () => importDocx(client)),
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
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if ((e.affectsConfiguration(`${SECTION}.languages`) || e.affectsConfiguration(`${SECTION}.locale`)) && client) {
        await vscode.commands.executeCommand('setContext', 'gongwen.activeLanguages', languages());
        await restart();
      }
    }),
  );

  async function convert(to: ConvertScriptParams['to']): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !client) return;
    const range = editor.selection.isEmpty ? undefined : client.code2ProtocolConverter.asRange(editor.selection);
    const params: ConvertScriptParams = { uri: editor.document.uri.toString(), to, range };
    await applyVersioned(await client.sendRequest<VersionedEditResult | null>(ConvertScriptRequest, params));
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
