import {
  CodeActionKind,
  ResponseError,
  type CancellationToken,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type Range,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  allRules,
  disableLineEdit,
  ignoreEntryFor,
  ruleById,
  isSafe,
  renumberEdits,
  selectNonOverlapping,
  type Problem,
} from '../core/index';
import { checkToken, MAX_CODE_ACTIONS, MAX_EAGER_FIX_ALL_CHARS, refusal } from './bounds';
import type { DocContext, DocumentContexts } from './context';
import { dataVersion, diagnosticKey, problemKey, toLspEdit } from './convert';
import { boundedEdits, fixAllEdits, versioned } from './fixes';
import { groupDataOf, groupMembers } from './grouping';
import { FIX_ALL_KIND, IGNORE_COMMAND, SECTION, type IgnoreCommandArgs } from './protocol';
import type { ResultsCache } from './results';
import { log, request, T, tr, type Session } from './session';

const STRUCTURE_RULES = new Set(allRules.filter((r) => r.meta.category === 'structure').map((r) => r.meta.id));

/** What a lazily resolved whole-document action remembers (codeAction/resolve computes its edit). */
interface ResolveData {
  readonly uri: string;
  readonly version: number;
  readonly rule?: string;
}

function kindWanted(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

function intersects(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/** Quick fixes for the diagnostics of the requested range, fix-all (source.fixAll) and formatting. */
export class CodeActions {
  constructor(
    private readonly session: Session,
    private readonly contexts: DocumentContexts,
    private readonly results: ResultsCache,
  ) {}

  register(): void {
    const { connection, documents } = this.session;
    connection.onCodeAction(
      request(this.session, (params, token) => this.codeActions(params, token).catch((e: unknown) => this.failed(e))),
    );
    connection.onCodeActionResolve(request(this.session, (action, token) => this.resolve(action, token)));
    connection.onDocumentFormatting(
      request(this.session, async (params, token) => {
        const doc = documents.get(params.textDocument?.uri);
        if (!doc || refusal(this.session, doc)) return null;
        const ctx = await this.contexts.contextFor(doc);
        if (!ctx.settings.enable || (ctx.language !== 'gongwen' && !ctx.settings.formatEnable)) return null;
        return fixAllEdits(this.session, doc, ctx, isSafe, undefined, token);
      }),
    );
  }

  private failed(e: unknown): CodeAction[] {
    if (e instanceof ResponseError) throw e; // cancelled or superseded: the client is told so
    log(this.session, `codeAction failed: ${String(e)}`);
    return [];
  }

  private async codeActions(params: CodeActionParams, token: CancellationToken): Promise<CodeAction[]> {
    const doc = this.session.documents.get(params.textDocument?.uri);
    if (!doc || refusal(this.session, doc)) return [];
    const ctx = await this.contexts.contextFor(doc);
    if (!ctx.settings.enable) return [];
    const only = params.context?.only;
    if (only && kindWanted(only, FIX_ALL_KIND)) {
      const edits = await fixAllEdits(this.session, doc, ctx, isSafe, undefined, token);
      return edits.length ? [{ title: tr(this.session, T.fixAll), kind: FIX_ALL_KIND, edit: versioned(doc, edits) }] : [];
    }
    if (!kindWanted(only, CodeActionKind.QuickFix)) return [];
    // The diagnostics in the request came from the cached results: reuse them, even before lazy rules are warm.
    const problems = await this.results.problems(doc, ctx, token);
    const byKey = new Map(problems.map((p) => [problemKey(p), p]));
    const ours = (params.context?.diagnostics ?? []).filter(
      (d) => d.source === SECTION && (!params.range || !d.range || intersects(d.range, params.range)),
    );
    const actions: CodeAction[] = [];
    const seenRules = new Set<string>();
    for (const d of ours) {
      const group = groupDataOf(d);
      // Sent for another version but reported unchanged since: the range is right, the offsets in `data` are not.
      const sent = dataVersion(d) ?? doc.version;
      const byRange = sent !== doc.version && !!d.range && this.results.reports.sameReport(doc.uri, sent, doc.version);
      const span = byRange ? { start: doc.offsetAt(d.range.start), end: doc.offsetAt(d.range.end) } : undefined;
      const members = !group
        ? []
        : span
          ? groupMembers(problems, { ...group, ...span })
          : sent === doc.version
            ? groupMembers(problems, group)
            : [];
      const key = group ? undefined : diagnosticKey(doc, d, byRange);
      const p = group ? members[0] : key ? byKey.get(key) : undefined;
      if (!p) continue; // stale diagnostic: offer nothing rather than a wrong edit
      actions.push(...(group ? this.groupActions(doc, d, members) : this.problemActions(doc, d, p)));
      // Plain text and .gongwen: an ignore kept outside the document, first after the fixes (no comment in 公文 text);
      // for a group, one entry per finding, all ignored at once.
      if (ctx.language !== 'markdown') actions.push(this.ignore(doc, ctx, d, group ? members : [p]));
      if (seenRules.has(p.ruleId)) continue;
      seenRules.add(p.ruleId);
      if (p.fix?.kind === 'safe' && problems.some((q) => q !== p && q.ruleId === p.ruleId && q.fix?.kind === 'safe'))
        actions.push(await this.wholeDocument(doc, ctx, [d], p.ruleId, token));
      // Markdown keeps the inline directive: an HTML comment is invisible in its rendering.
      if (ctx.language === 'markdown') actions.push(this.disableLine(doc, d, p));
      if (actions.length >= MAX_CODE_ACTIONS) break;
    }
    actions.push(...this.renumberActions(doc, ctx, ours, problems));
    if (problems.some(isSafe)) actions.push(await this.wholeDocument(doc, ctx, undefined, undefined, token));
    return actions
      .filter((a) => a.edit === undefined || a.command || a.edit.documentChanges?.some((c) => 'edits' in c && c.edits.length > 0))
      .slice(0, MAX_CODE_ACTIONS);
  }

  /** The problem's own fix and its suggestions. */
  private problemActions(doc: TextDocument, d: Diagnostic, p: Problem): CodeAction[] {
    const out: CodeAction[] = [];
    if (p.fix) {
      out.push({
        title: p.fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: p.fix.kind === 'safe',
        edit: versioned(doc, boundedEdits(doc, p.fix.edits)),
      });
    }
    for (const s of p.suggestions ?? []) {
      out.push({ title: s.title, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: versioned(doc, boundedEdits(doc, s.edits)) });
    }
    return out;
  }

  /** «修复本行全部 N 处…» for a grouped diagnostic: the certain fixes of its findings (guesses stay single quick fixes). */
  private groupActions(doc: TextDocument, d: Diagnostic, members: Problem[]): CodeAction[] {
    const fixes = selectNonOverlapping(members.filter((q) => q.fix?.kind === 'safe').map((q) => q.fix!));
    if (fixes.length === 0) return [];
    return [
      {
        title: tr(this.session, T.fixGroup, { n: members.length, rule: this.ruleName(members[0].ruleId) }),
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: true,
        edit: versioned(
          doc,
          boundedEdits(
            doc,
            fixes.flatMap((f) => f.edits),
          ),
        ),
      },
    ];
  }

  /**
   * «忽略此问题»: the client stores the entry (rule, text, context) in .gongwenrc.json or the workspace state. For a
   * grouped diagnostic «忽略本行全部 N 处…»: an entry per finding (each keeps matching its own place when the line is
   * edited elsewhere), identical entries once.
   */
  private ignore(doc: TextDocument, ctx: DocContext, d: Diagnostic, problems: Problem[]): CodeAction {
    const rule = this.ruleName(problems[0].ruleId);
    const text = doc.getText();
    const byKey = new Map(problems.map((q) => ignoreEntryFor(text, q)).map((e) => [`${e.text}\u0000${e.context ?? ''}`, e]));
    const entries = [...byKey.values()];
    const title =
      problems.length > 1 ? tr(this.session, T.ignoreGroup, { n: problems.length, rule }) : tr(this.session, T.ignore, { rule });
    const args: IgnoreCommandArgs = {
      uri: doc.uri,
      entry: entries[0],
      ...(problems.length > 1 ? { entries } : {}),
      ruleName: rule,
      ...(ctx.configSource !== 'settings' ? { configFile: ctx.configSource } : {}),
    };
    // An empty edit: VS Code then runs the command at once instead of first resolving the action (codeAction/resolve),
    // a round trip during which the closed menu releases the command's arguments («Actual command not found»).
    return {
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      edit: { documentChanges: [] },
      command: { title, command: IGNORE_COMMAND, arguments: [args] },
    };
  }

  /** The rule's short name in the session's language (「半角标点」), the id when unknown. */
  private ruleName(id: string): string {
    const name = ruleById.get(id)?.meta.name;
    return name ? tr(this.session, name) : id;
  }

  private disableLine(doc: TextDocument, d: Diagnostic, p: Problem): CodeAction {
    const edit = disableLineEdit(doc.getText(), p.start, p.ruleId);
    return {
      title: tr(this.session, T.disableLine, { rule: this.ruleName(p.ruleId) }),
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      edit: versioned(doc, [toLspEdit(doc, edit)]),
    };
  }

  /**
   * Fix all of one rule (its certain fixes, at any severity: the user asked for this rule), or every fix that
   * format would apply (isSafe). Guesses (suggestion fixes) are never applied in bulk. Eager for small documents or clients without resolve, else resolved on demand. */
  private async wholeDocument(
    doc: TextDocument,
    ctx: DocContext,
    diagnostics: Diagnostic[] | undefined,
    rule: string | undefined,
    token: CancellationToken,
  ): Promise<CodeAction> {
    const title = rule ? tr(this.session, T.fixRule, { rule: this.ruleName(rule) }) : tr(this.session, T.fixAll);
    const action: CodeAction = { title, kind: CodeActionKind.QuickFix, ...(diagnostics ? { diagnostics } : {}) };
    if (this.session.resolveEdits || doc.getText().length > MAX_EAGER_FIX_ALL_CHARS) {
      if (!this.session.resolveEdits) return { ...action, edit: versioned(doc, []) }; // dropped below: too large to compute for a lightbulb
      const data: ResolveData = { uri: doc.uri, version: doc.version, ...(rule ? { rule } : {}) };
      return { ...action, data };
    }
    return { ...action, edit: versioned(doc, await this.fixEdits(doc, ctx, rule, token)) };
  }

  private fixEdits(doc: TextDocument, ctx: DocContext, rule: string | undefined, token: CancellationToken) {
    return rule
      ? fixAllEdits(this.session, doc, ctx, (q) => q.ruleId === rule && q.fix?.kind === 'safe', [rule], token)
      : fixAllEdits(this.session, doc, ctx, isSafe, undefined, token);
  }

  private async resolve(action: CodeAction, token: CancellationToken): Promise<CodeAction> {
    const data = action.data as ResolveData | undefined;
    const doc = data && this.session.documents.get(data.uri);
    if (!data || !doc || doc.version !== data.version || refusal(this.session, doc)) return action;
    checkToken(this.session, token);
    const ctx = await this.contexts.contextFor(doc);
    return { ...action, edit: versioned(doc, await this.fixEdits(doc, ctx, data.rule, token)) };
  }

  /** Renumbering for a numbering (structure) diagnostic. */
  private renumberActions(doc: TextDocument, ctx: DocContext, diagnostics: Diagnostic[], problems: Problem[]): CodeAction[] {
    const seq = diagnostics.find(
      (d) =>
        typeof d.code === 'string' &&
        STRUCTURE_RULES.has(d.code) &&
        problems.some((p) => p.ruleId === d.code && p.start === doc.offsetAt(d.range.start)),
    );
    if (!seq) return [];
    const en = this.session.locale === 'en';
    const offset = doc.offsetAt(seq.range.start);
    const actions: CodeAction[] = [];
    for (const scope of ['siblings', 'document'] as const) {
      const edits = renumberEdits(
        doc.getText(),
        scope === 'document' ? { scope } : { scope, offset },
        ctx.language,
        ctx.config.shared.structureMode,
      );
      if (edits.length === 0) continue;
      const title =
        scope === 'siblings' ? (en ? 'Renumber this level' : '重新编号（本级）') : en ? 'Renumber the whole document' : '重新编号（全文）';
      actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [seq], edit: versioned(doc, boundedEdits(doc, edits)) });
    }
    return actions;
  }
}
