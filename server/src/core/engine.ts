import { parseDirectives, type Directives } from './directives';
import { CORE_MESSAGES, render } from './i18n';
import { dropIgnored } from './ignore';
import {
  fileProblem,
  paragraphMemo,
  planParagraphs,
  problemsOf,
  spoil,
  finish,
  type ParagraphCache,
  type ParagraphPlan,
} from './incremental';
import { LINE_FACTS_CACHE } from './line-facts';
import { PASS_CARRY, type PassCarry } from './pass-carry';
import { allRules, ruleById } from './rules/index';
import { buildModel } from './segments';
import {
  DEFAULT_SHARED,
  type CheckOptions,
  type DocumentModel,
  type Fix,
  type Locale,
  type MessageRef,
  type Problem,
  type ReportDescriptor,
  type Rule,
  type RuleContext,
  type RuleSetting,
  type Severity,
  type SharedSettings,
  type Text2,
} from './types';

/** Severity and options of one rule under a config (defaults from its meta). */
export function resolveRule(rule: Rule, setting: RuleSetting | undefined): { severity: Severity | 'off'; options: object } {
  const base = rule.meta.defaultOptions;
  if (setting === undefined) return { severity: rule.meta.defaultSeverity, options: base };
  if (typeof setting === 'string') return { severity: setting, options: base };
  return { severity: setting.severity ?? rule.meta.defaultSeverity, options: { ...base, ...(setting.options ?? {}) } };
}

function protectedRanges(text: string, words: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  for (const w of words) {
    if (!w) continue;
    for (let i = text.indexOf(w); i !== -1; i = text.indexOf(w, i + 1)) out.push([i, i + w.length]);
  }
  return out;
}

/**
 * One defect, one report: problems of rules without `meta.ownsSpan` lying fully inside a span reported by a rule
 * with it (a pinyin annotation 關(guān), a share bar, a licence notice) are dropped, so the punctuation, spacing
 * and script rules neither repeat the residue rule nor offer fixes inside text that is to be deleted.
 */
function dropOwned(problems: Problem[]): Problem[] {
  const owned: [number, number][] = [];
  for (const p of problems) if (p.end > p.start && ruleById.get(p.ruleId)?.meta.ownsSpan) owned.push([p.start, p.end]);
  if (owned.length === 0) return problems;
  owned.sort((a, b) => a[0] - b[0]);
  const inside = (p: Problem): boolean => {
    for (const [s, e] of owned) {
      if (s > p.start) return false;
      if (p.end <= e && p.start < e) return true;
    }
    return false;
  };
  return problems.filter((p) => ruleById.get(p.ruleId)?.meta.ownsSpan || !inside(p));
}

export interface EngineOptions extends CheckOptions {
  /** Called when a rule throws; the other rules still run. Default: rethrow. */
  readonly onRuleError?: (ruleId: string, error: unknown) => void;
  /**
   * The paragraph rules' results of earlier checks (of this document, usually its previous version): lines seen
   * before are not checked again by them. Owned by the caller (one per document); the result equals a check without.
   * fixAll makes one per run unless given one; `null`: none at all (a reference run).
   */
  readonly paragraphCache?: ParagraphCache | null;
  /**
   * The check's memo of document analyses (ctx.memo: outline, script decision, quotations…), for a caller that
   * shares them with other work on the same text, language and configuration (the language server's outline).
   */
  readonly analyses?: Map<string, unknown>;
}

/** Runs every enabled rule over `text` and returns problems sorted by position. Pure and synchronous. */
export function check(text: string, opts: EngineOptions = {}): Problem[] {
  const r = new Run(text, opts, undefined);
  for (let i = 0; i < r.rules.length && r.step(i); i++);
  return r.result();
}

type FixKind = 'safe' | 'suggestion';
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The template of `ref` in `meta.messages` (a rule naming a message it does not have is a bug: thrown). */
function templateOf(meta: Rule['meta'], ref: MessageRef): Text2 {
  const template = meta.messages[ref.messageId];
  if (!template) throw new Error(`${meta.id}: unknown messageId ${ref.messageId}`);
  return template;
}

/**
 * Checks one report of `rule` (range, message ids, fix kind) and returns the kind of its fix, if any. The same checks
 * whether the report is rendered or not, so a faulty rule fails alike in a check and in a fixAll pass.
 */
function fixKindOf(meta: Rule['meta'], textLength: number, d: ReportDescriptor): FixKind | undefined {
  if (!(d.start >= 0 && d.end >= d.start && d.end <= textLength)) throw new RangeError(`${meta.id}: bad range ${d.start}-${d.end}`);
  templateOf(meta, d);
  let kind: FixKind | undefined;
  if (d.fix && d.fix.length > 0) {
    kind = d.fixKind ?? meta.fixable;
    if (!kind) throw new Error(`${meta.id}: reports a fix but meta.fixable is unset`);
    // fixAll runs only the rules whose meta says 'safe' (fixPassSteps): a report may lower the kind, never raise it.
    if (kind === 'safe' && meta.fixable !== 'safe') throw new Error(`${meta.id}: reports a safe fix but meta.fixable is '${meta.fixable}'`);
    if (d.fixTitle) templateOf(meta, d.fixTitle);
  }
  if (d.suggestions) for (const x of d.suggestions) templateOf(meta, x);
  if (d.related) for (const r of d.related) templateOf(meta, r);
  return kind;
}

/**
 * The Problem of one report of `rule` (checked by fixKindOf), rendered in `locale`; with `locale` null (a fixAll
 * pass, which reads only ranges, severities and edits) every message and title is left empty.
 */
function problemOf(meta: Rule['meta'], severity: Severity, locale: Locale | null, d: ReportDescriptor, kind: FixKind | undefined): Problem {
  const say = (ref: MessageRef): string => (locale === null ? '' : render(templateOf(meta, ref), locale, ref.data));
  // Built key by key in this order (fix, suggestions, related only when present): the JSON output shows it.
  const p: Mutable<Problem> = {
    ruleId: meta.id,
    category: meta.category,
    messageId: d.messageId,
    message: say(d),
    severity: d.severity ?? severity,
    start: d.start,
    end: d.end,
  };
  if (kind) {
    const title = d.fixTitle ? say(d.fixTitle) : locale === null ? '' : render(CORE_MESSAGES.fixThis, locale);
    p.fix = { title, edits: d.fix!, kind };
  }
  if (d.suggestions && d.suggestions.length) p.suggestions = d.suggestions.map((x): Fix => ({ title: say(x), edits: x.edits }));
  if (d.related && d.related.length) p.related = d.related.map((r) => ({ start: r.start, end: r.end, message: say(r) }));
  return p;
}

/** What the paragraph rules' cached problems depend on besides the line: configuration, language, locale, rule list, purpose. */
function configKey(opts: EngineOptions, locale: Locale, paragraphRules: readonly { rule: Rule }[], pass: FixPass | undefined): string {
  const ids = paragraphRules.map((r) => r.rule.meta.id);
  return JSON.stringify([opts.config ?? null, opts.language ?? 'plaintext', locale, ids, pass ? pass.severities : null]);
}

const RULE_IDS = new WeakMap<Rule, readonly string[]>();

/** The names a directive may silence `rule` by: its id and its catalogue aliases. */
function idsOf(rule: Rule): readonly string[] {
  let ids = RULE_IDS.get(rule);
  if (!ids) RULE_IDS.set(rule, (ids = [rule.meta.id, ...(rule.meta.aliases ?? [])]));
  return ids;
}

type Enabled = { rule: Rule; severity: Severity; options: object };

/** The enabled rules of a check with their severity and options, in registry order. */
function enabledRules(opts: EngineOptions): readonly Enabled[] {
  const rulesConfig = opts.config?.rules ?? {};
  if (!opts.onlyRules && isEmpty(rulesConfig)) {
    // Every rule at its defaults (the CLI without a config file, the bench): the list is made once.
    const all = (allByDefault ??= allRules.map((r) => withSetting(r, undefined)).filter((e): e is Enabled => e !== undefined));
    return opts.deferUnready ? all.filter((e) => !e.rule.lazy || e.rule.lazy.isReady()) : all;
  }
  const rules = opts.onlyRules ? opts.onlyRules.map((id) => ruleById.get(id)).filter((r): r is Rule => r !== undefined) : allRules;
  const out: Enabled[] = [];
  for (const rule of rules) {
    const e = withSetting(rule, rulesConfig[rule.meta.id]);
    if (e === undefined) continue;
    if (opts.deferUnready && rule.lazy && !rule.lazy.isReady()) continue;
    out.push(e);
  }
  return out;
}

/** The enabled rules of a check without settings (read only). */
let allByDefault: readonly Enabled[] | undefined;

function isEmpty(o: object): boolean {
  for (const _ in o) return false;
  return true;
}

function withSetting(rule: Rule, setting: RuleSetting | undefined): Enabled | undefined {
  const { severity, options } = resolveRule(rule, setting);
  return severity === 'off' ? undefined : { rule, severity, options };
}

/**
 * A pass of fixAll under its default policy: only problems with a safe fix at one of `severities` can be applied.
 * Such a pass runs only the rules whose meta.fixable is 'safe' (a report may lower its rule's kind, never raise it:
 * fixKindOf) and then, if they found a candidate, the other span owners (meta.ownsSpan), whose spans drop other
 * rules' problems; it keeps only the reports that are candidates plus the owners', and renders no message.
 */
interface FixPass {
  readonly severities: readonly Severity[];
}

const isCandidate = (pass: FixPass, p: Problem): boolean => p.fix?.kind === 'safe' && pass.severities.includes(p.severity);

/** The rules of a run in order: a check's enabled rules; a fixAll pass's fixers, then the owners run only when needed. */
function runOrder(enabled: readonly Enabled[], pass: FixPass | undefined): { rules: readonly Enabled[]; ownersFrom: number } {
  if (!pass) return { rules: enabled, ownersFrom: enabled.length };
  const fixers = enabled.filter((r) => r.rule.meta.fixable === 'safe');
  const owners = enabled.filter((r) => r.rule.meta.ownsSpan && r.rule.meta.fixable !== 'safe');
  return { rules: [...fixers, ...owners], ownersFrom: fixers.length };
}

/**
 * `check()` one rule at a time: the generator yields after building the model and after each
 * rule, and returns the sorted problems. A caller may pause between steps (to let newer input
 * in) or stop iterating (to abandon the run). With `paragraphCache`, the paragraph rules
 * (`meta.scope: 'paragraph'`) run only on lines the cache has not seen (see incremental.ts).
 */
export function checkSteps(text: string, opts: EngineOptions = {}): Generator<void, Problem[], void> {
  return run(text, opts, undefined);
}

/**
 * One pass of fixAll with its default filter (safe fixes at `severities`): `checkSteps` restricted to what the
 * filter can keep (see FixPass). The problems it returns that pass the filter are exactly those of `checkSteps`,
 * without their messages. Internal to fixes.ts.
 */
export function fixPassSteps(text: string, opts: EngineOptions, severities: readonly Severity[]): Generator<void, Problem[], void> {
  return run(text, opts, { severities });
}

function* run(text: string, opts: EngineOptions, pass: FixPass | undefined): Generator<void, Problem[], void> {
  const r = new Run(text, opts, pass);
  yield;
  for (let i = 0; i < r.rules.length && r.step(i); i++) yield;
  return r.result();
}

/**
 * The state of one run (a check or a fixAll pass): the text model and the rules, built once; `step(i)` runs rule i,
 * `result()` gives the final problems. `check` loops over it directly, `checkSteps` and `fixPassSteps` yield between
 * steps.
 */
class Run {
  readonly rules: readonly Enabled[];
  private readonly ownersFrom: number;
  private readonly locale: Locale;
  private readonly shown: Locale | null;
  private readonly shared: SharedSettings;
  private readonly doc: DocumentModel;
  private readonly directives: Directives;
  private readonly memo: RuleContext['memo'];
  private readonly problems: Problem[] = [];
  private readonly cache: ParagraphCache | undefined;
  private readonly paragraphRules: readonly Enabled[];
  private plan: ParagraphPlan | undefined;
  private planMemo: RuleContext['memo'] | undefined;

  constructor(
    private readonly text: string,
    private readonly opts: EngineOptions,
    private readonly pass: FixPass | undefined,
  ) {
    this.locale = opts.locale ?? 'zh';
    this.shown = pass ? null : this.locale;
    this.shared = opts.config?.shared ? { ...DEFAULT_SHARED, ...opts.config.shared } : DEFAULT_SHARED;
    // A fixAll pass after the first takes the lines its last edits left alone from the last pass's model (pass-carry.ts).
    const carry = opts.analyses?.get(PASS_CARRY) as PassCarry | undefined;
    this.doc = carry ? carry.model(text, opts.language ?? 'plaintext') : buildModel(text, opts.language ?? 'plaintext');
    this.directives = parseDirectives(this.doc);
    const memoMap = opts.analyses ?? new Map<string, unknown>();
    // The per-line facts of the document-wide analyses (line-facts.ts) live with the paragraph cache.
    if (opts.paragraphCache?.lines) memoMap.set(LINE_FACTS_CACHE, opts.paragraphCache.lines);
    this.memo = <T>(key: string, compute: () => T): T => {
      let v = memoMap.get(key) as T | undefined;
      if (v === undefined && !memoMap.has(key)) memoMap.set(key, (v = compute()));
      return v as T;
    };
    const { rules, ownersFrom } = runOrder(enabledRules(opts), pass);
    this.rules = rules;
    this.ownersFrom = ownersFrom;
    this.cache = opts.paragraphCache ?? undefined;
    this.paragraphRules = this.cache ? rules.filter((r) => r.rule.meta.scope === 'paragraph') : [];
  }

  /** Runs rule `i`; false when the run is over (a fixAll pass with no candidate need not run the span owners). */
  step(i: number): boolean {
    const { text, pass, problems, directives, doc, cache } = this;
    // With no candidate, a fixAll pass fixes nothing whatever the owners' spans: they need not run.
    if (pass && i === this.ownersFrom && !problems.some((p) => isCandidate(pass, p))) return false;
    const { rule, severity, options } = this.rules[i];
    const meta = rule.meta;
    const ids = idsOf(rule);
    const ri = cache ? this.paragraphRules.findIndex((r) => r.rule === rule) : -1;
    const shown = this.shown;
    /** The report's Problem, or undefined when a fixAll pass has no use for it. */
    const problem = (d: ReportDescriptor): Problem | undefined => {
      const kind = fixKindOf(meta, text.length, d);
      if (pass && !meta.ownsSpan && !(kind === 'safe' && pass.severities.includes(d.severity ?? severity))) return undefined;
      return problemOf(meta, severity, shown, d, kind);
    };
    // Every context has the same keys in the same order (one object shape for the rules' property reads).
    let ctx: RuleContext;
    if (ri >= 0) {
      const p = this.paragraphPlan();
      const report = (d: ReportDescriptor): void => fileProblem(p, doc, ri, d, problem(d));
      ctx = { doc, text, segments: p.segments, options, shared: this.shared, memo: (this.planMemo ??= paragraphMemo(this.memo)), report };
    } else {
      const report = (d: ReportDescriptor): void => {
        if (d.start >= 0 && d.end >= d.start && d.end <= text.length && directives.isSuppressed(ids, d.start)) return;
        const p = problem(d);
        if (p) problems.push(p);
      };
      ctx = { doc, text, segments: doc.segments, options, shared: this.shared, memo: this.memo, report };
    }
    try {
      rule.check(ctx);
    } catch (e) {
      if (this.plan && ri >= 0) spoil(this.plan);
      if (this.opts.onRuleError) this.opts.onRuleError(meta.id, e);
      else throw e;
    }
    if (this.plan && ri >= 0) for (const p of problemsOf(this.plan, ri)) if (!directives.isSuppressed(ids, p.start)) problems.push(p);
    return true;
  }

  /** The paragraph rules' plan over the cache, made when the first of them runs. */
  private paragraphPlan(): ParagraphPlan {
    const { doc, text, shared, memo } = this;
    const none = (): void => {};
    return (this.plan ??= planParagraphs(
      this.cache!,
      { doc, text, segments: doc.segments, options: {}, shared, memo, report: none },
      configKey(this.opts, this.locale, this.paragraphRules, this.pass),
    ));
  }

  /** The problems of the run (after its last step, or after one returned false). */
  result(): Problem[] {
    if (this.cache && this.plan) finish(this.cache, this.plan);
    return finalProblems(this.text, this.problems, this.shared, this.opts);
  }
}

/** Protected words, owned spans and the ignore list applied; sorted by position, then rule. */
function finalProblems(text: string, problems: Problem[], shared: SharedSettings, opts: EngineOptions): Problem[] {
  const guarded = shared.protectedWords.length ? protectedRanges(text, shared.protectedWords) : [];
  const unguarded = guarded.length ? problems.filter((p) => !guarded.some(([s, e]) => p.start < e && s < p.end)) : problems;
  const kept = dropIgnored(text, dropOwned(unguarded), opts.config?.ignore);
  return kept.sort((a, b) => a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}
