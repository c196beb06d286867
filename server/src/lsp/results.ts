import type { CancellationToken } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  allRules,
  checkSteps,
  decisionIn,
  detectScriptOf,
  hanCountOf,
  ParagraphCache,
  parseStructure,
  resolveRule,
  type Config,
  type ElementModel,
  type Outline,
  type Problem,
  type ScriptDetection,
} from '../core/index';
import { cancelledError, checkToken, runSteps, supersededError } from './bounds';
import type { DocContext } from './context';
import { DiagnosticReports } from './reports';
import { log, type Session } from './session';

interface Entry {
  readonly version: number;
  readonly key: string;
  problems?: Problem[];
  running?: Promise<Problem[]>;
  outline?: { readonly key: string; readonly outline: Outline; readonly elements: ElementModel };
  /** The check's document analyses (its ctx.memo), with the outline key they were made under. */
  analyses?: { readonly key: string; readonly map: Map<string, unknown> };
  /** Han count and script detection of the version (the status bar's gongwen/stats). */
  text?: { readonly hanCount: number; readonly script: ScriptDetection };
}

/** What the heading outline depends on besides the text. */
const outlineKey = (ctx: DocContext): string => `${ctx.language}|${ctx.config.shared.structureMode}`;

/**
 * Results per document version and context: the problems (computed once, step by step, and shared by
 * diagnostics, code actions, stats and the outline view) and the element model with the heading outline
 * (shared by symbols, folding, the outline view and gongwen/elements). A computation is abandoned as soon as its document changes.
 */
export class ResultsCache {
  private readonly entries = new Map<string, Entry>();
  /** Per document: the paragraph rules' problems per line, so that an edit re-checks only the lines it changed. */
  private readonly paragraphs = new Map<string, ParagraphCache>();
  /** Result ids of the pulled diagnostics, and which versions each stands for. */
  readonly reports = new DiagnosticReports();

  constructor(private readonly session: Session) {}

  /**
   * The problems of `doc` under `ctx` (lazy rules that are not warmed up yet are left out; warming
   * them clears the cache). With `asked`, the version the request was made for: if the document moved on since, the request is superseded.
   */
  async problems(doc: TextDocument, ctx: DocContext, token?: CancellationToken, asked?: number): Promise<Problem[]> {
    checkToken(this.session, token);
    if (asked !== undefined && doc.version !== asked) throw supersededError(this.session);
    const hit = this.entries.get(doc.uri);
    if (hit && hit.version === doc.version && hit.key === ctx.key) {
      if (hit.problems) return hit.problems;
      if (hit.running) return this.wait(hit.running, token);
    }
    const { uri, version } = doc;
    const same = hit?.version === version ? hit : undefined;
    const entry: Entry = { version, key: ctx.key, outline: same?.outline, text: same?.text };
    // One outline per version: the check takes the one symbols or folding already parsed, and leaves its own to them.
    const analyses = new Map<string, unknown>();
    if (entry.outline?.key === outlineKey(ctx)) {
      analyses.set('outline', entry.outline.outline);
      analyses.set('elements', entry.outline.elements);
    }
    entry.analyses = { key: outlineKey(ctx), map: analyses };
    let paragraphCache = this.paragraphs.get(uri);
    if (!paragraphCache) this.paragraphs.set(uri, (paragraphCache = new ParagraphCache()));
    const steps = checkSteps(doc.getText(), {
      paragraphCache,
      analyses,
      config: ctx.config,
      language: ctx.language,
      locale: this.session.locale,
      deferUnready: true,
      onRuleError: (id, e) => log(this.session, `rule ${id} failed on ${uri}: ${e instanceof Error ? e.stack : String(e)}`),
    });
    // Only a newer version abandons the run; a run replaced for other settings finishes for its waiting requests.
    // Between its steps, a real check also counts as activity: the idle warm-up (lsp/editWarmup.ts) yields to it.
    const superseded = () => {
      this.session.activity++;
      if (this.session.documents.get(uri)?.version !== version) throw supersededError(this.session);
    };
    entry.running = runSteps(steps, superseded);
    this.entries.set(uri, entry);
    entry.running.then(
      (problems) => {
        entry.problems = problems;
        entry.running = undefined;
      },
      () => {
        if (this.entries.get(uri) === entry) this.entries.delete(uri);
      },
    );
    return this.wait(entry.running, token);
  }

  /** The heading outline of `doc` (cached per version, language and structure mode; shared with the check). */
  outline(doc: TextDocument, ctx: DocContext): Outline {
    return this.structure(doc, ctx).outline;
  }

  /**
   * The element model and the heading outline inside it (cached together per version, language and structure mode;
   * shared with the check through its analyses, in both directions).
   */
  structure(doc: TextDocument, ctx: DocContext): { readonly outline: Outline; readonly elements: ElementModel } {
    const entry = this.entryOf(doc);
    const key = outlineKey(ctx);
    if (entry.outline?.key !== key) {
      const shared = entry.analyses?.key === key ? entry.analyses.map : undefined;
      const fromCheck = shared?.get('outline') as Outline | undefined;
      const elements = shared?.get('elements') as ElementModel | undefined;
      const parsed =
        fromCheck && elements
          ? { outline: fromCheck, elements }
          : parseStructure(doc.getText(), ctx.language, ctx.config.shared.structureMode);
      shared?.set('outline', parsed.outline);
      shared?.set('elements', parsed.elements);
      entry.outline = { key, ...parsed };
    }
    return entry.outline;
  }

  /**
   * Han count and script detection of `doc` (cached per version). The detection is the check's when it has made one
   * for this version: its script decision (core/script/decision.ts, `decisionIn`), unless the \`script\`
   * setting forced it, is detectScript of the text. Both are made line by line from the per-line facts of the document's
   * cache (core/line-facts.ts), which its check of the version has just filled.
   */
  textStats(doc: TextDocument): { readonly hanCount: number; readonly script: ScriptDetection } {
    const entry = this.entryOf(doc);
    if (!entry.text) {
      const text = doc.getText();
      const decided = entry.analyses && decisionIn(entry.analyses.map);
      // Line by line through the document's cache, whose facts the check of this version has just made.
      const cache = this.paragraphs.get(doc.uri);
      entry.text = {
        hanCount: hanCountOf(text, cache),
        script: decided?.forced === false ? decided : detectScriptOf(text, cache),
      };
    }
    return entry.text;
  }

  /** The entry of the document's current version (a fresh one, without results, when it has moved on). */
  private entryOf(doc: TextDocument): Entry {
    let entry = this.entries.get(doc.uri);
    if (!entry || entry.version !== doc.version) {
      entry = { version: doc.version, key: '' };
      this.entries.set(doc.uri, entry);
    }
    return entry;
  }

  /** Whether some enabled lazy rule was skipped for not being ready. */
  lazyPending(config: Config): boolean {
    return lazyPending(config);
  }

  clear(): void {
    this.entries.clear();
    this.paragraphs.clear();
    this.reports.clear();
  }

  forget(uri: string): void {
    this.entries.delete(uri);
    this.paragraphs.delete(uri);
    this.reports.forget(uri);
  }

  /** Waits for a shared computation; a cancelled request stops waiting at once (the computation goes on for others). */
  private wait<R>(p: Promise<R>, token: CancellationToken | undefined): Promise<R> {
    if (!token) return p;
    return new Promise<R>((resolve, reject) => {
      const d = token.onCancellationRequested(() => reject(cancelledError(this.session)));
      p.then(
        (v) => (d.dispose(), resolve(v)),
        (e: unknown) => (d.dispose(), reject(e)),
      );
    });
  }
}

function lazyPending(config: Config): boolean {
  return allRules.some((r) => r.lazy && !r.lazy.isReady() && resolveRule(r, config.rules[r.meta.id]).severity !== 'off');
}
