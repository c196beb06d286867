/**
 * The language client: the only module that loads vscode-languageclient's code (the other modules import its types
 * only). extension.ts imports this file lazily, after it has forked the server, so the library (about 440 KB of the
 * 480 KB bundle) is evaluated while the server process loads.
 */
import type { ChildProcess } from 'node:child_process';
import * as readline from 'node:readline';
import * as vscode from 'vscode';
import {
  DiagnosticPullMode,
  IPCMessageReader,
  IPCMessageWriter,
  LanguageClient,
  TransportKind,
  vsdiag,
  type LanguageClientOptions,
  type Middleware,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { OWN_CODES, SECTION } from '../../server/src/lsp/protocol';
import type { IgnoreList } from './ignoreList';
import { t, uiLocale } from './locale';
import { relinkHover, ruleHelpCommand } from './ruleHelp';
import { forkServer, hostIsDebugged, reap, serverModule } from './serverProcess';
import type { StartupTimer } from './startup';

export interface ClientParts {
  context: vscode.ExtensionContext;
  ignoreList: IgnoreList;
  startup: StartupTimer | undefined;
  documentSelector: { language: string; scheme: string }[];
  isOwnFile: (uri: vscode.Uri) => boolean;
  /** The server process forked at activation (used for the first start only). */
  early?: ChildProcess;
}

export interface StartedClient {
  client: LanguageClient;
  /** Stops the client (shutdown + exit) and ends its server process if it does not exit by itself. */
  stop(): Promise<void>;
}

const ownCodes = new Set<unknown>(Object.values(OWN_CODES));

/**
 * Rule links open a rendered page (the server sends no link of its own: initializationOptions.linksRules); the
 * extension's files are not synchronised; Format Document on .txt/.md says once how to enable it.
 */
function middleware({ context, startup, isOwnFile }: ClientParts): Middleware {
  const targets = new Map<string, vscode.Uri>();
  const target = (id: string) => targets.get(id) ?? targets.set(id, ruleHelpCommand(id)).get(id)!;
  const relink = (ds: vscode.Diagnostic[]) => {
    for (const d of ds) {
      const id = typeof d.code === 'object' ? d.code.value : d.code;
      if (d.source === SECTION && typeof id === 'string' && !ownCodes.has(id)) d.code = { value: id, target: target(id) };
    }
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

/** The server's stdout and stderr, line by line into the output channel (what the library does for the processes it forks). */
function pipeOutput(child: ChildProcess, channel: vscode.LogOutputChannel): void {
  const lines = (input: NodeJS.ReadableStream | null, log: (line: string) => void) => {
    if (input) readline.createInterface({ input, crlfDelay: Infinity, terminal: false, historySize: 0 }).on('line', log);
  };
  lines(child.stdout, (l) => channel.info(l));
  lines(child.stderr, (l) => channel.error(l));
}

/**
 * The server options: under a debugger the library forks the server with --inspect; otherwise we fork it (the process
 * forked at activation for the first start, a new one for every restart the library makes after a crash).
 */
function serverOptions(parts: ClientParts, children: ChildProcess[], channel: () => vscode.LogOutputChannel) {
  const module = serverModule(parts.context);
  if (hostIsDebugged()) {
    return {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    } satisfies ServerOptions;
  }
  let early = parts.early;
  return async () => {
    // A process that already exited (it failed to start) is not reused: its 'close' event is gone.
    const child = early && early.exitCode === null && early.signalCode === null ? early : forkServer(parts.context);
    early = undefined;
    children.push(child);
    pipeOutput(child, channel());
    return { reader: new IPCMessageReader(child), writer: new IPCMessageWriter(child) };
  };
}

export async function startClient(parts: ClientParts): Promise<StartedClient> {
  const { ignoreList } = parts;
  const children: ChildProcess[] = [];
  const clientOptions: LanguageClientOptions = {
    documentSelector: parts.documentSelector,
    // The client watches .gongwenrc.json itself (synchronize.fileEvents), so the server need not register a watcher.
    // `ignored`: the «忽略此问题» list kept in the workspace state (client/src/ignoreList.ts). `linksRules`: the
    // middleware links rule codes itself (relink), so the server leaves its rule page URL out of every diagnostic.
    initializationOptions: { locale: uiLocale(), watchesConfigFiles: true, ignored: ignoreList.stateEntries(), linksRules: true },
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/.gongwenrc.json') },
    middleware: middleware(parts),
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
  const client: LanguageClient = new LanguageClient(
    SECTION,
    t('公文校对', 'Gongwen'),
    serverOptions(parts, children, () => client.outputChannel),
    clientOptions,
  );
  await client.start();
  return {
    client,
    stop: async () => {
      await client.stop();
      for (const child of children.splice(0)) reap(child);
    },
  };
}
