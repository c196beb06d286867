import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { allRules, parseConfigObject, type IgnoreEntry } from '../core/index';
import { CodeActions } from './codeActions';
import { Commands } from './commands';
import { DocxRequests } from './docx';
import { registerCompletion } from './completion';
import { DocumentContexts } from './context';
import { Diagnostics } from './diagnostics';
import { IdleScavenge } from './idleScavenge';
import { registerHover } from './hover';
import { registerPreview } from './preview';
import { FIX_ALL_KIND, SECTION, SetIgnoredNotification, type SetIgnoredParams } from './protocol';
import { ResultsCache } from './results';
import { createSession, log, type Session } from './session';
import { Symbols } from './symbols';
import { codeCacheState } from './warm';

export type { DocContext } from './context';

declare const __VERSION__: string | undefined;
export const SERVER_VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

/** Reads the client's capabilities into the session and answers with ours. */
function initialize(session: Session, params: InitializeParams): InitializeResult {
  const init = (params.initializationOptions ?? {}) as {
    locale?: unknown;
    watchesConfigFiles?: unknown;
    ignored?: unknown;
    linksRules?: unknown;
  };
  const requested = typeof init.locale === 'string' ? init.locale : (params.locale ?? 'zh-cn');
  const caps = params.capabilities;
  session.locale = requested.toLowerCase().startsWith('en') ? 'en' : 'zh';
  session.pull = caps.textDocument?.diagnostic !== undefined;
  session.pullRefresh = caps.workspace?.diagnostics?.refreshSupport === true;
  session.canPullSettings = caps.workspace?.configuration === true;
  session.canWatchFiles = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true && init.watchesConfigFiles !== true;
  session.resolveEdits = caps.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true;
  session.ignored = validIgnored(init.ignored);
  session.ruleLinks = init.linksRules !== true;
  session.state = 'running';
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      ...(session.pull ? { diagnosticProvider: { identifier: SECTION, interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
      documentFormattingProvider: true,
      documentSymbolProvider: { label: '公文结构' },
      foldingRangeProvider: true,
      hoverProvider: true,
      completionProvider: { triggerCharacters: ['（', '(', '第'], resolveProvider: false },
    },
    serverInfo: { name: 'gongwen-language-server', version: SERVER_VERSION },
  };
}

/** An ignore list sent by the client (initializationOptions.ignored, gongwen/setIgnored), validated like the config file's. */
function validIgnored(raw: unknown): IgnoreEntry[] {
  if (raw === undefined) return [];
  return [...(parseConfigObject({ ignore: raw }).config.ignore ?? [])];
}

/** Milliseconds since this process started (the editor's spawn, give or take Node's own start). */
const uptimeMs = (): number => Math.round(process.uptime() * 1000);

/**
 * Editors other than VS Code (whose client watches .gongwenrc.json itself) are asked to watch it. Logs the server's
 * start-up timing (issue 13 item 8: the e2e suite reads the 启动计时 lines beside the client's, client/src/startup.ts).
 */
function initialized(session: Session, timing: { readonly loaded: number; readonly initialize: number }): void {
  const { connection } = session;
  if (session.canWatchFiles) {
    void connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.gongwenrc.json' }] })
      .catch((e: unknown) => log(session, `could not register a file watcher: ${String(e)}`));
  }
  if (session.canPullSettings) void connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(() => undefined);
  log(
    session,
    `gongwen-language-server ${SERVER_VERSION}: ${session.pull ? 'pull' : 'push'} diagnostics, locale ${session.locale}, ${allRules.length} rules`,
  );
  const cache = codeCacheState();
  log(
    session,
    session.locale === 'zh'
      ? `启动计时：服务器进程启动 → 程序已加载 ${timing.loaded} ms，→ 收到 initialize ${timing.initialize} ms（V8 代码缓存：${{ used: '已用', none: '尚无', rejected: '被拒，将重写', off: '未启用' }[cache]}）`
      : `Start-up timing: server process start → program loaded ${timing.loaded} ms, → initialize received ${timing.initialize} ms (V8 code cache: ${cache})`,
  );
}

/**
 * Wires the language server onto a connection. Each feature module is a few lines over the core:
 * handler → results cache (or core) → convert; they share only the session, the document contexts
 * and the results cache.
 */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const session = createSession(connection, documents);
  const contexts = new DocumentContexts(session);
  const results = new ResultsCache(session);
  const diagnostics = new Diagnostics(session, contexts, results);

  const timing = { loaded: uptimeMs(), initialize: 0 };
  // The first document: when it came and when its first complete diagnostics were computed (one more 启动计时 line).
  let opened = 0;
  documents.onDidOpen(() => {
    opened ||= uptimeMs();
  });
  diagnostics.firstComplete = () => {
    const done = uptimeMs();
    log(
      session,
      session.locale === 'zh'
        ? `启动计时：服务器进程启动 → 首个文档打开 ${opened} ms，→ 首次完整诊断 ${done} ms`
        : `Start-up timing: server process start → first document opened ${opened} ms, → first complete diagnostics ${done} ms`,
    );
  };
  connection.onInitialize((params) => {
    timing.initialize = uptimeMs();
    return initialize(session, params);
  });
  connection.onInitialized(() => {
    initialized(session, timing);
    diagnostics.warmFirstCheck();
    // Warm any rule with an expensive first use now, while the client opens its documents, so that the first
    // diagnostics are complete instead of a partial pass followed by a refresh (issue 14). The script rules have
    // none since their OpenCC tables are precomputed (core/script/opencc-data.ts).
    diagnostics.warmSoon();
  });
  connection.onShutdown(() => {
    session.state = 'shutdown';
  });
  connection.onDidChangeConfiguration(() => {
    contexts.settingsChanged();
    diagnostics.refreshAll();
  });
  connection.onNotification(SetIgnoredNotification, (params: SetIgnoredParams) => {
    session.ignored = validIgnored(params?.entries ?? []);
    diagnostics.refreshAll();
  });
  connection.onDidChangeWatchedFiles(() => {
    contexts.configFilesChanged();
    diagnostics.refreshAll();
  });
  // Document notifications count as activity too (session.activity), like every request (session.request).
  // After a keystroke and its burst, the young generation is collected in the gap rather than during the next one.
  const scavenge = new IdleScavenge(session);
  documents.onDidChangeContent(() => {
    session.activity++;
    scavenge.kick();
  });
  documents.onDidClose((e) => {
    session.activity++;
    results.forget(e.document.uri);
    contexts.forget(e.document.uri);
  });

  diagnostics.register();
  new CodeActions(session, contexts, results).register();
  new Symbols(session, contexts, results).register();
  registerCompletion(session, contexts);
  registerHover(session, contexts, results);
  registerPreview(session, contexts, results);
  new Commands(session, contexts, results).register();
  new DocxRequests(session, contexts).register();

  documents.listen(connection);
  connection.listen();
}
