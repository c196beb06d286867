import {
  DiagnosticSeverity,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type Diagnostic,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { allRules, checkSteps, EMPTY_CONFIG, ParagraphCache, type Problem } from '../core/index';
import { MAX_DIAGNOSTICS, refusal, runSteps } from './bounds';
import type { DocumentContexts } from './context';
import { toDiagnostic, toRange } from './convert';
import { groupDiagnostic, groupProblems, isGroup } from './grouping';
import { OWN_CODES, SECTION } from './protocol';
import { EditWarmup } from './editWarmup';
import { markWarm } from './warm';
import type { ResultsCache } from './results';
import { log, request, T, tr, type Session } from './session';

/**
 * Quiet time after a change before pushed diagnostics are computed. Issue 14: published within 150 ms of the last
 * keystroke, check included (≈ 25–60 ms for 50 000 characters). A keystroke during the check abandons it
 * (runSteps), so typing faster than this costs only the model of the abandoned runs. bench/lsp-load.mjs measures it.
 */
const PUSH_DEBOUNCE_MS = 50;

/** What the first-check warm-up checks: a short 公文 with the usual defects (numbering, half-width marks, 繁体, a repeat). */
const FIRST_CHECK_SAMPLE = [
  '关于做好2025年度安全生产检查工作的通知',
  '',
  '各区县人民政府,市政府各部门：',
  '',
  '根据国办发〔2024〕5号文件精神，现就有关事项通知如下(请认真落实)。',
  '',
  '一、检查范围',
  '（一）重点企业。各单位要要高度重视，認真組織自查。',
  '三、工作要求',
  '1.加强领导。请于9:30前报送，联系电话：12345678。',
  '',
  '附件：检查表',
  '',
  'XX市人民政府',
  '2025年3月5日',
  '',
].join('\n');

/** Thrown by the first-check warm-up's stop() to end it (a document opened, or the server shut down). */
const warmupEnded = new Error('first-check warm-up ended');

/** Diagnostics, pulled (textDocument/diagnostic) or pushed (debounced, versioned), from the results cache. */
export class Diagnostics {
  private readonly pushTimers = new Map<string, NodeJS.Timeout>();
  private warmScheduled = false;
  /** Called once, when the first complete diagnostics are computed (the start-up timing line, lsp/startServer.ts). */
  firstComplete: (() => void) | undefined;
  /** Types into a copy of the first long document while the server is idle, so that real keystrokes run optimised code. */
  private readonly editWarmup: EditWarmup;

  constructor(
    private readonly session: Session,
    private readonly contexts: DocumentContexts,
    private readonly results: ResultsCache,
  ) {
    this.editWarmup = new EditWarmup(session);
  }

  register(): void {
    const { connection, documents } = this.session;
    connection.languages.diagnostics.on(
      request(this.session, async (params, token) => {
        const doc = documents.get(params.textDocument?.uri);
        if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
        const version = doc.version; // diagnosticsFor refuses a version that moves on while it computes
        const items = await this.diagnosticsFor(doc, token);
        // The same diagnostics as the client's previous result: «unchanged», not 100 kB again (lsp/reports.ts).
        return this.results.reports.answer(doc.uri, version, items, params.previousResultId);
      }),
    );
    documents.onDidChangeContent((e) => {
      if (!this.session.pull) this.schedulePush(e.document);
    });
    documents.onDidClose((e) => {
      clearTimeout(this.pushTimers.get(e.document.uri));
      this.pushTimers.delete(e.document.uri);
      if (!this.session.pull) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    });
  }

  async diagnosticsFor(doc: TextDocument, token?: CancellationToken): Promise<Diagnostic[]> {
    const asked = doc.version;
    const refused = refusal(this.session, doc);
    if (refused)
      return [
        { range: toRange(doc, 0, 0), severity: DiagnosticSeverity.Information, source: SECTION, code: OWN_CODES.skipped, message: refused },
      ];
    const ctx = await this.contexts.contextFor(doc);
    if (!ctx.settings.enable) return [];
    const problems = await this.results.problems(doc, ctx, token, asked);
    if (this.results.lazyPending(ctx.config)) this.scheduleWarm();
    else {
      markWarm(); // complete diagnostics: the launcher may now write the code cache (launch.ts)
      this.firstComplete?.();
      this.firstComplete = undefined;
      const { config, language } = ctx;
      this.editWarmup.start(doc.getText(), { config, language, locale: this.session.locale, deferUnready: true });
    }
    return this.present(doc, problems);
  }

  /** The editor's diagnostics for `problems`: grouped, converted, capped. */
  private present(doc: TextDocument, problems: readonly Problem[]): Diagnostic[] {
    // Many findings of one rule on one line: one diagnostic with the count (lsp/grouping.ts).
    const shown = groupProblems(doc, problems);
    const out = shown
      .slice(0, MAX_DIAGNOSTICS)
      .map((p) => (isGroup(p) ? groupDiagnostic(this.session, doc, p) : toDiagnostic(doc, p, this.session.ruleLinks)));
    if (shown.length > MAX_DIAGNOSTICS) {
      out.push({
        range: toRange(doc, 0, 0),
        severity: DiagnosticSeverity.Information,
        source: SECTION,
        code: OWN_CODES.truncated,
        message: tr(this.session, T.truncated, { n: MAX_DIAGNOSTICS }),
      });
    }
    return out;
  }

  /** Everything changed (settings, config files, warmed rules): recompute all open documents. */
  refreshAll(): void {
    this.session.activity++; // settings, config files, the ignore list: background work waits (lsp/editWarmup.ts)
    this.results.clear();
    if (this.session.pull) {
      if (this.session.pullRefresh) void this.session.connection.languages.diagnostics.refresh();
    } else {
      for (const d of this.session.documents.all()) this.schedulePush(d, 0);
    }
  }

  private schedulePush(doc: TextDocument, delay = PUSH_DEBOUNCE_MS): void {
    const { uri } = doc;
    clearTimeout(this.pushTimers.get(uri));
    const timer = setTimeout(() => {
      this.pushTimers.delete(uri);
      const current = this.session.documents.get(uri);
      if (!current) return;
      const version = current.version;
      this.diagnosticsFor(current).then(
        // Drop a result computed for a version that is no longer current.
        (diagnostics) => {
          if (this.session.documents.get(uri)?.version === version)
            void this.session.connection.sendDiagnostics({ uri, version, diagnostics });
        },
        (e: unknown) => {
          if (!(e instanceof ResponseError && e.code === LSPErrorCodes.ServerCancelled))
            log(this.session, `diagnostics of ${uri} failed: ${String(e)}`);
        },
      );
    }, delay);
    this.pushTimers.set(uri, timer);
  }

  /**
   * Issue 13 item 8, the first squiggle: the server starts while the editor opens its window, some time before the first
   * document. A process's first check compiles every rule on the way (≈ 40–80 ms for a few lines, against ≈ 4 ms for the
   * second). So, if no document is open once the client has initialised, the server checks FIRST_CHECK_SAMPLE in each
   * language and converts the findings as for the editor, then drops them: the first real document runs compiled code.
   * With a document already open, its own check does the same work, and this does nothing; one opened meanwhile ends it.
   */
  warmFirstCheck(): void {
    setTimeout(() => void this.firstCheckWarmup(), 0);
  }

  private async firstCheckWarmup(): Promise<void> {
    const t0 = Date.now();
    // Driven like a real check (bounds.ts runSteps), with a turn of the event loop before each language: a document
    // opened meanwhile waits for one slice at most, and ends the warm-up (its own check warms the rest).
    const stop = (): void => {
      if (this.session.documents.all().length || this.session.state !== 'running') throw warmupEnded;
    };
    try {
      for (const language of ['gongwen', 'plaintext', 'markdown'] as const) {
        stop();
        const steps = checkSteps(FIRST_CHECK_SAMPLE, {
          paragraphCache: new ParagraphCache(),
          analyses: new Map(),
          config: EMPTY_CONFIG,
          language,
          locale: this.session.locale,
          deferUnready: true,
          onRuleError: () => undefined,
        });
        const problems = await runSteps(steps, stop);
        this.present(TextDocument.create(`untitled:gongwen-warm.${language}`, language, 0, FIRST_CHECK_SAMPLE), problems);
        await new Promise((resolve) => setImmediate(resolve));
      }
      log(this.session, `first-check warm-up ${Date.now() - t0} ms`);
    } catch (e) {
      if (e !== warmupEnded) log(this.session, `first-check warm-up failed: ${e instanceof Error ? e.stack : String(e)}`);
    }
  }

  /** Initialises the slow rules soon (at startup), unless they are ready or already scheduled. */
  warmSoon(): void {
    if (allRules.some((r) => r.lazy && !r.lazy.isReady())) this.scheduleWarm();
  }

  /** Initialises slow rules (dictionaries) after the first diagnostics went out, then refreshes. */
  private scheduleWarm(): void {
    if (this.warmScheduled) return;
    this.warmScheduled = true;
    setTimeout(() => {
      const t0 = Date.now();
      for (const r of allRules) {
        try {
          r.lazy?.warm();
        } catch (e) {
          log(this.session, `warming ${r.meta.id} failed: ${String(e)}`);
        }
      }
      log(this.session, `lazy rules ready in ${Date.now() - t0} ms`);
      this.refreshAll();
    }, 10);
  }
}
