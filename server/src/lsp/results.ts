import type { CancellationToken } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  allRules,
  checkSteps,
  parseStructure,
  resolveRule,
  type Config,
  type ElementModel,
  type Outline,
  type Problem,
} from '../core/index';
import { cancelledError, checkToken, runSteps, supersededError } from './bounds';
import type { DocContext } from './context';
import { log, type Session } from './session';

interface Entry {
  readonly version: number;
  readonly key: string;
  problems?: Problem[];
  running?: Promise<Problem[]>;
  outline?: { readonly key: string; readonly outline: Outline; readonly elements: ElementModel };
}

/**
 * Results per document version and context: the problems (computed once, step by step, and shared by
 * diagnostics, code actions, stats and the outline view) and the element model with the heading outline
 * (shared by symbols, folding, the outline view and gongwen/elements). A computation is abandoned as soon as its document changes.
 */
export class ResultsCache {
  private readonly entries = new Map<string, Entry>();

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
    const entry: Entry = { version, key: ctx.key, outline: hit?.version === version ? hit.outline : undefined };
    const steps = checkSteps(doc.getText(), {
      config: ctx.config,
      language: ctx.language,
      locale: this.session.locale,
      deferUnready: true,
      onRuleError: (id, e) => log(this.session, `rule ${id} failed on ${uri}: ${e instanceof Error ? e.stack : String(e)}`),
    });
    // Only a newer version abandons the run; a run replaced for other settings finishes for its waiting requests.
    const superseded = () => {
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

  /** The heading outline of `doc` (cached per version, language and structure mode). */
  outline(doc: TextDocument, ctx: DocContext): Outline {
    return this.structure(doc, ctx).outline;
  }

  /** The element model and the heading outline inside it (cached together per version, language and structure mode). */
  structure(doc: TextDocument, ctx: DocContext): { readonly outline: Outline; readonly elements: ElementModel } {
    let entry = this.entries.get(doc.uri);
    if (!entry || entry.version !== doc.version) {
      entry = { version: doc.version, key: '' };
      this.entries.set(doc.uri, entry);
    }
    const key = `${ctx.language}|${ctx.config.shared.structureMode}`;
    if (entry.outline?.key !== key)
      entry.outline = { key, ...parseStructure(doc.getText(), ctx.language, ctx.config.shared.structureMode) };
    return entry.outline;
  }

  /** Whether some enabled lazy rule was skipped for not being ready. */
  lazyPending(config: Config): boolean {
    return lazyPending(config);
  }

  clear(): void {
    this.entries.clear();
  }

  forget(uri: string): void {
    this.entries.delete(uri);
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
