import { ErrorCodes, ResponseError, type Connection, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { render, type DocumentLanguage, type IgnoreEntry, type Locale, type Text2 } from '../core/index';

/** What the client told us at `initialize`, plus the connection and the open documents. Set once, read by every module. */
export interface Session {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  locale: Locale;
  /** The client pulls diagnostics (textDocument/diagnostic) rather than receiving them. */
  pull: boolean;
  pullRefresh: boolean;
  canPullSettings: boolean;
  canWatchFiles: boolean;
  /** The client resolves code actions lazily (codeAction/resolve with the `edit` property). */
  resolveEdits: boolean;
  /** Lifecycle: requests are served only between `initialize` and `shutdown`. */
  state: 'starting' | 'running' | 'shutdown';
  /**
   * Diagnostics carry the rule page's URL (codeDescription.href). False when the client links rule codes itself
   * (initializationOptions.linksRules: the VS Code extension, whose middleware makes the link open the rendered page).
   */
  ruleLinks: boolean;
  /** Counts requests, document notifications, refreshes and real checks' steps: background work (lsp/editWarmup.ts) runs only while it stays put. */
  activity: number;
  /** Ignored findings kept by the client in its workspace state (gongwen/setIgnored), added to every document's config. */
  ignored: IgnoreEntry[];
}

export function createSession(connection: Connection, documents: TextDocuments<TextDocument>): Session {
  return {
    connection,
    documents,
    locale: 'zh',
    pull: false,
    pullRefresh: false,
    canPullSettings: false,
    canWatchFiles: false,
    resolveEdits: false,
    state: 'starting',
    ruleLinks: true,
    activity: 0,
    ignored: [],
  };
}

/** Wraps a request handler: before `initialize` it answers ServerNotInitialized (-32002), after `shutdown` InvalidRequest (-32600). */
export function request<A extends unknown[], R>(session: Session, handler: (...args: A) => R): (...args: A) => R {
  return (...args: A): R => {
    session.activity++;
    if (session.state === 'starting') throw new ResponseError(ErrorCodes.ServerNotInitialized, tr(session, T.notInitialized));
    if (session.state === 'shutdown') throw new ResponseError(ErrorCodes.InvalidRequest, tr(session, T.shutDown));
    return handler(...args);
  };
}

export function log(session: Session, msg: string): void {
  session.connection.console.log(msg);
}

/** A bilingual text (or an already rendered string) in the session's locale. */
export function tr(session: Session, t: Text2, data?: Record<string, string | number>): string {
  return render(t, session.locale, data);
}

export function languageOf(doc: TextDocument): DocumentLanguage {
  return doc.languageId === 'markdown' ? 'markdown' : doc.languageId === 'gongwen' ? 'gongwen' : 'plaintext';
}

/** User-facing texts of the server (简体中文 first, English second). */
export const T = {
  tooLarge: {
    zh: '文件过大（{{n}} 个字符，上限 {{max}}），公文校对未检查此文件',
    en: 'File too large ({{n}} characters, limit {{max}}); gongwen did not check it',
  },
  binary: { zh: '此文件含有二进制内容（NUL 字符），公文校对未检查', en: 'This file looks binary (contains NUL); gongwen did not check it' },
  truncated: { zh: '问题过多：只显示前 {{n}} 个', en: 'Too many problems: only the first {{n}} are shown' },
  fixAll: { zh: '修复所有可自动修复的问题', en: 'Fix all auto-fixable problems' },
  fixRule: { zh: '修复本文档中所有“{{rule}}”问题', en: 'Fix all "{{rule}}" problems in this document' },
  ruleHelp: { zh: '规则说明', en: 'Rule help' },
  disableLine: { zh: '在此行禁用规则“{{rule}}”', en: 'Disable "{{rule}}" for this line' },
  ignore: { zh: '忽略此问题（{{rule}}）', en: 'Ignore this problem ({{rule}})' },
  ignoreGroup: { zh: '忽略本行全部 {{n}} 处“{{rule}}”问题', en: 'Ignore all {{n}} "{{rule}}" problems on this line' },
  fixGroup: { zh: '修复本行全部 {{n}} 处“{{rule}}”问题', en: 'Fix all {{n}} "{{rule}}" problems on this line' },
  grouped: {
    zh: '本行有 {{n}} 处“{{rule}}”问题，例如：{{first}}',
    en: '{{n}} "{{rule}}" problems on this line, e.g.: {{first}}',
  },
  configInvalid: {
    zh: '公文校对：配置文件 {{file}} 有误，已按默认设置检查。详见该文件中的问题。',
    en: 'Gongwen: the config file {{file}} is invalid; default settings are used. See the problems in that file.',
  },
  settingsInvalid: { zh: '公文校对：设置 gongwen.* 有误：{{msg}}', en: 'Gongwen: invalid gongwen.* settings: {{msg}}' },
  notInitialized: { zh: '服务器尚未初始化（须先发送 initialize）', en: 'Server not initialized (send initialize first)' },
  shutDown: { zh: '服务器已关闭（shutdown 之后只接受 exit）', en: 'Server is shut down (only exit is accepted after shutdown)' },
  cancelled: { zh: '请求已取消', en: 'Request cancelled' },
  superseded: { zh: '文档已更改，结果作废', en: 'The document changed; result discarded' },
} as const;
