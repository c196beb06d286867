import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  allRules,
  check,
  countHan,
  diffToEdit,
  disableLineComment,
  EMPTY_CONFIG,
  fixAll,
  isSafe,
  render,
  resolveRule,
  type Config,
  type DocumentLanguage,
  type Locale,
  type Problem,
} from '../core/index';
import { clearConfigCache, findConfigFile, loadConfigFile, type LoadedConfig } from '../node/configFile';
import { diagnosticKey, problemKey, toDiagnostic, toLspEdit, toRange } from './convert';
import { FIX_ALL_KIND, SECTION, StatsRequest, type StatsParams, type StatsResult } from './protocol';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from './settings';
import { registerExtensions, type ServerApi } from './extensions';

/** Documents larger than this are not checked (a clear diagnostic says so). */
export { MAX_CHECK_CHARS as MAX_CHECK_LENGTH } from '../core/limits';
import { MAX_CHECK_CHARS as MAX_CHECK_LENGTH } from '../core/limits';
const PUSH_DEBOUNCE_MS = 200;

interface DocContext {
  readonly settings: Settings;
  readonly config: Config;
  readonly configSource: string;
  readonly language: DocumentLanguage;
}

interface CachedResult { readonly version: number; readonly key: string; readonly problems: Problem[]; readonly complete: boolean }

const T = {
  tooLarge: { zh: '文件过大（{{n}} 个字符），公文校对未检查此文件', en: 'File too large ({{n}} characters); gongwen did not check it' },
  binary: { zh: '此文件含有二进制内容（NUL 字符），公文校对未检查', en: 'This file looks binary (contains NUL); gongwen did not check it' },
  fixAll: { zh: '修复所有可自动修复的问题', en: 'Fix all auto-fixable problems' },
  fixRule: { zh: '修复本文档中所有“{{rule}}”问题', en: 'Fix all "{{rule}}" problems in this document' },
  disableLine: { zh: '在此行禁用规则“{{rule}}”', en: 'Disable "{{rule}}" for this line' },
  configInvalid: { zh: '公文校对：配置文件 {{file}} 有误，已按默认设置检查。详见该文件中的问题。', en: 'Gongwen: the config file {{file}} is invalid; default settings are used. See the problems in that file.' },
  settingsInvalid: { zh: '公文校对：设置 gongwen.* 有误：{{msg}}', en: 'Gongwen: invalid gongwen.* settings: {{msg}}' },
} as const;

const tr = (locale: Locale, t: { zh: string; en: string }, data?: Record<string, string | number>): string => render(t, locale, data);

function languageOf(doc: TextDocument): DocumentLanguage {
  return doc.languageId === 'markdown' ? 'markdown' : doc.languageId === 'gongwen' ? 'gongwen' : 'plaintext';
}

/** Wires the language server onto a connection. Handlers stay thin: get document, settings, call core, convert. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let locale: Locale = 'zh';
  let pull = false;
  let pullRefresh = false;
  let canPullSettings = false;
  let canWatchFiles = false;
  const settingsCache = new Map<string, Promise<Settings>>();
  const results = new Map<string, CachedResult>();
  const configDirCache = new Map<string, string | undefined>();
  const configFileState = new Map<string, string>(); // config file → last reported issues fingerprint
  const warnedSettings = new Set<string>();
  const pushTimers = new Map<string, NodeJS.Timeout>();
  let warmScheduled = false;

  const log = (msg: string) => connection.console.log(msg);
  /** A warning popup (window/showMessage notification). */
  const warn = (msg: string) => connection.window.showWarningMessage(msg);

  async function getSettings(uri: string): Promise<Settings> {
    if (!canPullSettings) return DEFAULT_SETTINGS;
    let p = settingsCache.get(uri);
    if (!p) {
      p = connection.workspace
        .getConfiguration({ scopeUri: uri, section: SECTION })
        .then((raw) => {
          const s = normalizeSettings(raw);
          if (s.issues.length) {
            const msg = s.issues.map((i) => `${i.path}: ${i.message[locale]}`).join('; ');
            log(`settings: ${msg}`);
            if (!warnedSettings.has(msg)) {
              warnedSettings.add(msg);
              warn(tr(locale, T.settingsInvalid, { msg }));
            }
          }
          return s;
        })
        .catch(() => DEFAULT_SETTINGS);
      settingsCache.set(uri, p);
    }
    return p;
  }

  function configFileFor(uri: string): string | undefined {
    if (!uri.startsWith('file:')) return undefined;
    let dir: string;
    try {
      dir = dirname(fileURLToPath(uri));
    } catch {
      return undefined;
    }
    if (!configDirCache.has(dir)) configDirCache.set(dir, findConfigFile(dir));
    return configDirCache.get(dir);
  }

  /** Publishes the config file's own problems on it, and warns once per distinct content. */
  function reportConfigFile(loaded: LoadedConfig): void {
    const fingerprint = loaded.issues.map((i) => `${i.start}:${i.path}:${i.message.en}`).join('|');
    if (configFileState.get(loaded.file) === fingerprint) return;
    configFileState.set(loaded.file, fingerprint);
    const uri = pathToFileURL(loaded.file).href;
    // Positions in the open editor's text, else in the file on disk.
    const doc = documents.get(uri) ?? TextDocument.create(uri, 'json', 0, readTextOrEmpty(loaded.file));
    const pos = (o: number) => doc.positionAt(o);
    const diagnostics: Diagnostic[] = loaded.issues.map((i) => ({
      range: { start: pos(i.start), end: pos(i.end) },
      severity: loaded.fatal ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
      source: SECTION,
      code: 'config',
      message: (i.path ? `${i.path}: ` : '') + i.message[locale],
    }));
    void connection.sendDiagnostics({ uri, diagnostics });
    if (loaded.issues.length) {
      log(`config ${loaded.file}: ${loaded.issues.map((i) => i.message[locale]).join('; ')}`);
      warn(tr(locale, T.configInvalid, { file: loaded.file }));
    }
  }

  async function contextFor(doc: TextDocument): Promise<DocContext> {
    const settings = await getSettings(doc.uri);
    const file = configFileFor(doc.uri);
    let config = settings.config;
    let configSource = 'settings';
    if (file) {
      const loaded = loadConfigFile(file);
      reportConfigFile(loaded);
      config = loaded.fatal ? EMPTY_CONFIG : loaded.config;
      configSource = file;
    }
    return { settings, config, configSource, language: languageOf(doc) };
  }

  function skippedDiagnostic(doc: TextDocument): Diagnostic | undefined {
    const text = doc.getText();
    const t = text.length > MAX_CHECK_LENGTH ? T.tooLarge : text.includes('\u0000') ? T.binary : undefined;
    if (!t) return undefined;
    return { range: toRange(doc, 0, 0), severity: DiagnosticSeverity.Information, source: SECTION, code: 'skipped', message: tr(locale, t, { n: text.length }) };
  }

  function getProblems(doc: TextDocument, ctx: DocContext, complete: boolean): Problem[] {
    const key = `${ctx.settings.key}|${ctx.configSource}|${JSON.stringify(ctx.config)}|${locale}`;
    const hit = results.get(doc.uri);
    if (hit && hit.version === doc.version && hit.key === key && (hit.complete || !complete)) return hit.problems;
    const text = doc.getText();
    if (text.length > MAX_CHECK_LENGTH || text.includes('\u0000')) return [];
    const problems = check(text, {
      config: ctx.config,
      language: ctx.language,
      locale,
      deferUnready: !complete,
      onRuleError: (id, e) => log(`rule ${id} failed on ${doc.uri}: ${e instanceof Error ? e.stack : String(e)}`),
    });
    const pending = !complete && lazyPending(ctx.config);
    results.set(doc.uri, { version: doc.version, key, problems, complete: !pending });
    if (pending) scheduleWarm();
    return problems;
  }

  function lazyPending(config: Config): boolean {
    return allRules.some((r) => r.lazy && !r.lazy.isReady() && resolveRule(r, config.rules[r.meta.id]).severity !== 'off');
  }

  /** Initialises slow rules (dictionaries) after the first diagnostics went out, then refreshes. */
  function scheduleWarm(): void {
    if (warmScheduled) return;
    warmScheduled = true;
    setTimeout(() => {
      const t0 = Date.now();
      for (const r of allRules) {
        try {
          r.lazy?.warm();
        } catch (e) {
          log(`warming ${r.meta.id} failed: ${String(e)}`);
        }
      }
      log(`lazy rules ready in ${Date.now() - t0} ms`);
      results.clear();
      refreshAll();
    }, 10);
  }

  async function diagnosticsFor(doc: TextDocument): Promise<Diagnostic[]> {
    const skipped = skippedDiagnostic(doc);
    if (skipped) return [skipped];
    const ctx = await contextFor(doc);
    if (!ctx.settings.enable) return [];
    return getProblems(doc, ctx, false).map((p) => toDiagnostic(doc, p));
  }

  function refreshAll(): void {
    if (pull) {
      if (pullRefresh) void connection.languages.diagnostics.refresh();
    } else {
      for (const d of documents.all()) schedulePush(d, 0);
    }
  }

  function schedulePush(doc: TextDocument, delay = PUSH_DEBOUNCE_MS): void {
    clearTimeout(pushTimers.get(doc.uri));
    pushTimers.set(
      doc.uri,
      setTimeout(() => {
        pushTimers.delete(doc.uri);
        const current = documents.get(doc.uri);
        if (!current) return;
        const version = current.version;
        void diagnosticsFor(current).then((diagnostics) => {
          // Drop a result computed for a version that is no longer current.
          if (documents.get(doc.uri)?.version === version) void connection.sendDiagnostics({ uri: doc.uri, version, diagnostics });
        });
      }, delay),
    );
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const opts = (params.initializationOptions ?? {}) as { locale?: unknown };
    const requested = typeof opts.locale === 'string' ? opts.locale : params.locale ?? 'zh-cn';
    locale = requested.toLowerCase().startsWith('en') ? 'en' : 'zh';
    pull = params.capabilities.textDocument?.diagnostic !== undefined;
    pullRefresh = params.capabilities.workspace?.diagnostics?.refreshSupport === true;
    canPullSettings = params.capabilities.workspace?.configuration === true;
    const init = (params.initializationOptions ?? {}) as { watchesConfigFiles?: unknown };
    canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true && init.watchesConfigFiles !== true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        ...(pull ? { diagnosticProvider: { identifier: SECTION, interFileDependencies: false, workspaceDiagnostics: false } } : {}),
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        documentFormattingProvider: true,
        ...api.capabilities,
      },
      serverInfo: { name: 'gongwen-language-server', version: SERVER_VERSION },
    };
  });

  connection.onInitialized(() => {
    // Editors other than VS Code (whose client watches .gongwenrc.json itself) are asked to watch it.
    if (canWatchFiles) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.gongwenrc.json' }] })
        .catch((e: unknown) => log(`could not register a file watcher: ${String(e)}`));
    }
    if (canPullSettings) {
      void connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(() => undefined);
    }
    log(`gongwen-language-server ${SERVER_VERSION}: ${pull ? 'pull' : 'push'} diagnostics, locale ${locale}, ${allRules.length} rules`);
  });

  connection.onDidChangeConfiguration(() => {
    settingsCache.clear();
    results.clear();
    refreshAll();
  });

  connection.onDidChangeWatchedFiles(() => {
    clearConfigCache();
    configDirCache.clear();
    results.clear();
    refreshAll();
  });

  connection.languages.diagnostics.on(async (params) => {
    const doc = documents.get(params.textDocument?.uri);
    const items = doc ? await diagnosticsFor(doc) : [];
    return { kind: DocumentDiagnosticReportKind.Full, items };
  });

  documents.onDidChangeContent((e) => {
    if (!pull) schedulePush(e.document);
  });
  documents.onDidClose((e) => {
    results.delete(e.document.uri);
    settingsCache.delete(e.document.uri);
    clearTimeout(pushTimers.get(e.document.uri));
    pushTimers.delete(e.document.uri);
    if (!pull) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  /** All fixes of `filter` applied (multi-pass), as one minimal edit. */
  function fixAllEdits(doc: TextDocument, ctx: DocContext, filter: (p: Problem) => boolean, onlyRules?: string[]): LspTextEdit[] {
    const text = doc.getText();
    if (text.length > MAX_CHECK_LENGTH || text.includes('\u0000')) return [];
    const out = fixAll(text, { config: ctx.config, language: ctx.language, locale, filter, onlyRules }).output;
    const e = diffToEdit(text, out);
    return e ? [toLspEdit(doc, e)] : [];
  }

  function versioned(doc: TextDocument, edits: LspTextEdit[]) {
    return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] };
  }

  function kindWanted(only: string[] | undefined, kind: string): boolean {
    return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  }

  async function codeActions(params: CodeActionParams): Promise<CodeAction[]> {
    const doc = documents.get(params.textDocument?.uri);
    if (!doc || skippedDiagnostic(doc)) return [];
    const ctx = await contextFor(doc);
    if (!ctx.settings.enable) return [];
    const only = params.context?.only;
    const actions: CodeAction[] = [];
    if (only && kindWanted(only, FIX_ALL_KIND)) {
      const edits = fixAllEdits(doc, ctx, isSafe);
      if (edits.length) actions.push({ title: tr(locale, T.fixAll), kind: FIX_ALL_KIND, edit: versioned(doc, edits) });
      return actions;
    }
    if (!kindWanted(only, CodeActionKind.QuickFix)) return actions;
    const problems = getProblems(doc, ctx, true);
    const byKey = new Map(problems.map((p) => [problemKey(p), p]));
    const seenRules = new Set<string>();
    let anySafe = false;
    for (const d of params.context?.diagnostics ?? []) {
      if (d.source !== SECTION) continue;
      const key = diagnosticKey(doc, d);
      const p = key ? byKey.get(key) : undefined;
      if (!p) continue; // stale diagnostic: offer nothing rather than a wrong edit
      if (p.fix) {
        actions.push({ title: p.fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: p.fix.kind === 'safe', edit: versioned(doc, p.fix.edits.map((e) => toLspEdit(doc, e))) });
        anySafe ||= p.fix.kind === 'safe';
      }
      for (const s of p.suggestions ?? []) {
        actions.push({ title: s.title, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: versioned(doc, s.edits.map((e) => toLspEdit(doc, e))) });
      }
      if (!seenRules.has(p.ruleId)) {
        seenRules.add(p.ruleId);
        const sameRule = problems.filter((q) => q.ruleId === p.ruleId && q.fix);
        if (p.fix && sameRule.length > 1) {
          const edits = fixAllEdits(doc, ctx, (q) => q.ruleId === p.ruleId && q.fix !== undefined, [p.ruleId]);
          if (edits.length) actions.push({ title: tr(locale, T.fixRule, { rule: p.ruleId }), kind: CodeActionKind.QuickFix, diagnostics: [d], edit: versioned(doc, edits) });
        }
        const line = doc.positionAt(p.start).line;
        const lineEnd = doc.offsetAt({ line: line + 1, character: 0 });
        const text = doc.getText();
        let end = lineEnd;
        while (end > 0 && end > doc.offsetAt({ line, character: 0 }) && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
        actions.push({
          title: tr(locale, T.disableLine, { rule: p.ruleId }),
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          edit: versioned(doc, [{ range: toRange(doc, end, end), newText: ` ${disableLineComment(p.ruleId)}` }]),
        });
      }
    }
    actions.push(...(api.codeActions?.(doc, ctx, (params.context?.diagnostics ?? []).filter((d) => d.source === SECTION), problems) ?? []));
    if (anySafe || problems.some(isSafe)) {
      const edits = fixAllEdits(doc, ctx, isSafe);
      if (edits.length) actions.push({ title: tr(locale, T.fixAll), kind: CodeActionKind.QuickFix, edit: versioned(doc, edits) });
    }
    return actions;
  }

  connection.onCodeAction(async (params) => {
    try {
      return await codeActions(params);
    } catch (e) {
      log(`codeAction failed: ${String(e)}`);
      return [];
    }
  });

  connection.onDocumentFormatting(async (params) => {
    const doc = documents.get(params.textDocument?.uri);
    if (!doc || skippedDiagnostic(doc)) return null;
    const ctx = await contextFor(doc);
    if (!ctx.settings.enable || (ctx.language !== 'gongwen' && !ctx.settings.formatEnable)) return null;
    return fixAllEdits(doc, ctx, isSafe);
  });

  connection.onRequest(StatsRequest, async (params: StatsParams): Promise<StatsResult | null> => {
    const doc = documents.get(params?.uri);
    if (!doc) return null;
    const text = doc.getText();
    const result: StatsResult = { hanCount: countHan(text), errors: 0, warnings: 0, infos: 0, hints: 0, configSource: 'settings' };
    if (skippedDiagnostic(doc)) return result;
    const ctx = await contextFor(doc);
    result.configSource = ctx.configSource;
    if (ctx.settings.enable) {
      for (const p of getProblems(doc, ctx, false)) {
        if (p.severity === 'error') result.errors++;
        else if (p.severity === 'warning') result.warnings++;
        else if (p.severity === 'info') result.infos++;
        else result.hints++;
      }
    }
    Object.assign(result, api.stats?.(text, ctx.config) ?? {});
    return result;
  });

  const api: ServerApi = registerExtensions({
    connection,
    documents,
    locale: () => locale,
    contextFor,
    getProblems,
    log,
  });

  documents.listen(connection);
  connection.listen();
}

declare const __VERSION__: string | undefined;
export const SERVER_VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev'; // defined by esbuild.mjs from package.json

function readTextOrEmpty(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

export type { DocContext };
