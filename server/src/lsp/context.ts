import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { EMPTY_CONFIG, mergeConfig, type Config, type DocumentLanguage, type IgnoreEntry } from '../core/index';
import { clearConfigCache, findConfigFile, loadConfigFile, type LoadedConfig } from '../node/configFile';
import { OWN_CODES, SECTION } from './protocol';
import { languageOf, log, T, tr, type Session } from './session';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from './settings';

/** How one document is checked: the gongwen.* settings of its scope and its nearest config file. */
export interface DocContext {
  readonly settings: Settings;
  readonly config: Config;
  readonly configSource: string;
  readonly language: DocumentLanguage;
  /** Identifies settings, config and locale: results computed under another key are stale. */
  readonly key: string;
}

/** Settings (pulled per document scope) and config files (looked up per directory), cached until they change. */
export class DocumentContexts {
  private readonly settingsCache = new Map<string, Promise<Settings>>();
  private readonly configDirCache = new Map<string, string | undefined>();
  /** Config file → fingerprint of the issues last reported on it. */
  private readonly configFileState = new Map<string, string>();
  private readonly warnedSettings = new Set<string>();
  /** Per document: its last context, with what it was made of. */
  private readonly contexts = new Map<
    string,
    { settings: Settings; base: Config; ignored: readonly IgnoreEntry[]; locale: string; ctx: DocContext }
  >();

  constructor(private readonly session: Session) {}

  /**
   * The context of `doc`. Every request of the editor's burst asks for it, on every keystroke: the same inputs
   * (settings, config file contents, ignore list, language, locale) give the same context object, without merging
   * or serialising the config again.
   */
  async contextFor(doc: TextDocument): Promise<DocContext> {
    const settings = await this.settings(doc.uri);
    const file = this.configFileFor(doc.uri);
    const loaded = file ? loadConfigFile(file) : undefined;
    if (loaded) this.reportConfigFile(loaded);
    const base = loaded ? (loaded.fatal ? EMPTY_CONFIG : loaded.config) : settings.config;
    const { ignored, locale } = this.session;
    const language = languageOf(doc);
    const hit = this.contexts.get(doc.uri);
    if (
      hit &&
      hit.settings === settings &&
      hit.base === base &&
      hit.ignored === ignored &&
      hit.locale === locale &&
      hit.ctx.language === language
    )
      return hit.ctx;
    const configSource = file ?? 'settings';
    // The ignore list of the workspace state («忽略此问题» without a config file) adds to the config's.
    const config = ignored.length ? mergeConfig(base, { ignore: ignored }) : base;
    const key = `${settings.key}|${configSource}|${configJson(config)}|${locale}`;
    const ctx: DocContext = { settings, config, configSource, language, key };
    this.contexts.set(doc.uri, { settings, base, ignored, locale, ctx });
    return ctx;
  }

  /** The settings changed (didChangeConfiguration). */
  settingsChanged(): void {
    this.settingsCache.clear();
  }

  /** A config file changed on disk (didChangeWatchedFiles). */
  configFilesChanged(): void {
    clearConfigCache();
    this.configDirCache.clear();
  }

  forget(uri: string): void {
    this.settingsCache.delete(uri);
    this.contexts.delete(uri);
  }

  private settings(uri: string): Promise<Settings> {
    if (!this.session.canPullSettings) return Promise.resolve(DEFAULT_SETTINGS);
    let p = this.settingsCache.get(uri);
    if (!p) {
      p = this.session.connection.workspace
        .getConfiguration({ scopeUri: uri, section: SECTION })
        .then((raw) => this.checked(normalizeSettings(raw)))
        .catch(() => DEFAULT_SETTINGS);
      this.settingsCache.set(uri, p);
    }
    return p;
  }

  private checked(s: Settings): Settings {
    if (s.issues.length) {
      const msg = s.issues.map((i) => `${i.path}: ${i.message[this.session.locale]}`).join('; ');
      log(this.session, `settings: ${msg}`);
      if (!this.warnedSettings.has(msg)) {
        this.warnedSettings.add(msg);
        this.session.connection.window.showWarningMessage(tr(this.session, T.settingsInvalid, { msg }));
      }
    }
    return s;
  }

  /** The config file of `uri`'s directory (looked up once per directory). */
  private configFileFor(uri: string): string | undefined {
    if (!uri.startsWith('file:')) return undefined;
    let dir: string;
    try {
      dir = dirname(fileURLToPath(uri));
    } catch {
      return undefined;
    }
    if (!this.configDirCache.has(dir)) this.configDirCache.set(dir, findConfigFile(dir));
    return this.configDirCache.get(dir);
  }

  /** Publishes the config file's own problems on it, and warns once per distinct content. */
  private reportConfigFile(loaded: LoadedConfig): void {
    const fingerprint = loaded.issues.map((i) => `${i.start}:${i.path}:${i.message.en}`).join('|');
    if (this.configFileState.get(loaded.file) === fingerprint) return;
    this.configFileState.set(loaded.file, fingerprint);
    const { connection, documents, locale } = this.session;
    const uri = pathToFileURL(loaded.file).href;
    // Positions in the open editor's text, else in the file on disk.
    const doc = documents.get(uri) ?? TextDocument.create(uri, 'json', 0, readTextOrEmpty(loaded.file));
    const diagnostics: Diagnostic[] = loaded.issues.map((i) => ({
      range: { start: doc.positionAt(i.start), end: doc.positionAt(i.end) },
      severity: loaded.fatal ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
      source: SECTION,
      code: OWN_CODES.config,
      message: (i.path ? `${i.path}: ` : '') + i.message[locale],
    }));
    void connection.sendDiagnostics({ uri, diagnostics });
    if (loaded.issues.length) {
      log(this.session, `config ${loaded.file}: ${loaded.issues.map((i) => i.message[locale]).join('; ')}`);
      connection.window.showWarningMessage(tr(this.session, T.configInvalid, { file: loaded.file }));
    }
  }
}

/** JSON of a config, once per config object (each request of the editor's burst asks for its document's context). */
const configJsons = new WeakMap<Config, string>();
function configJson(config: Config): string {
  let json = configJsons.get(config);
  if (json === undefined) configJsons.set(config, (json = JSON.stringify(config)));
  return json;
}

function readTextOrEmpty(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
