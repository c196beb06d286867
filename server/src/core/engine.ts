import { parseDirectives } from './directives';
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
import { allRules, ruleById } from './rules/index';
import { buildModel } from './segments';
import {
  DEFAULT_SHARED,
  type CheckOptions,
  type Fix,
  type Locale,
  type MessageRef,
  type Problem,
  type ReportDescriptor,
  type Rule,
  type RuleContext,
  type RuleSetting,
  type Severity,
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
  const steps = checkSteps(text, opts);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Builds the rendered Problem of one report of `rule` (range and message checked). */
function problemOf(meta: Rule['meta'], severity: Severity, locale: Locale, textLength: number, d: ReportDescriptor): Problem {
  if (!(d.start >= 0 && d.end >= d.start && d.end <= textLength)) throw new RangeError(`${meta.id}: bad range ${d.start}-${d.end}`);
  const say = (ref: MessageRef): string => {
    const template = meta.messages[ref.messageId];
    if (!template) throw new Error(`${meta.id}: unknown messageId ${ref.messageId}`);
    return render(template, locale, ref.data);
  };
  const message = say(d);
  let fix: Problem['fix'];
  if (d.fix && d.fix.length > 0) {
    const kind = d.fixKind ?? meta.fixable;
    if (!kind) throw new Error(`${meta.id}: reports a fix but meta.fixable is unset`);
    fix = { title: d.fixTitle ? say(d.fixTitle) : render(CORE_MESSAGES.fixThis, locale), edits: d.fix, kind };
  }
  return {
    ruleId: meta.id,
    category: meta.category,
    messageId: d.messageId,
    message,
    severity: d.severity ?? severity,
    start: d.start,
    end: d.end,
    ...(fix ? { fix } : {}),
    ...(d.suggestions && d.suggestions.length ? { suggestions: d.suggestions.map((x): Fix => ({ title: say(x), edits: x.edits })) } : {}),
    ...(d.related && d.related.length ? { related: d.related.map((r) => ({ start: r.start, end: r.end, message: say(r) })) } : {}),
  };
}

/** What the paragraph rules' cached problems depend on besides the line: configuration, language, locale, rule list. */
function configKey(opts: EngineOptions, locale: Locale, paragraphRules: readonly { rule: Rule }[]): string {
  return JSON.stringify([opts.config ?? null, opts.language ?? 'plaintext', locale, paragraphRules.map((r) => r.rule.meta.id)]);
}

/** The enabled rules of a check with their severity and options, in registry order. */
function enabledRules(opts: EngineOptions): { rule: Rule; severity: Severity; options: object }[] {
  const rulesConfig = opts.config?.rules ?? {};
  const rules = opts.onlyRules ? opts.onlyRules.map((id) => ruleById.get(id)).filter((r): r is Rule => r !== undefined) : allRules;
  const out: { rule: Rule; severity: Severity; options: object }[] = [];
  for (const rule of rules) {
    const { severity, options } = resolveRule(rule, rulesConfig[rule.meta.id]);
    if (severity === 'off') continue;
    if (opts.deferUnready && rule.lazy && !rule.lazy.isReady()) continue;
    out.push({ rule, severity, options });
  }
  return out;
}

/**
 * `check()` one rule at a time: the generator yields after building the model and after each
 * rule, and returns the sorted problems. A caller may pause between steps (to let newer input
 * in) or stop iterating (to abandon the run). With `paragraphCache`, the paragraph rules
 * (`meta.scope: 'paragraph'`) run only on lines the cache has not seen (see incremental.ts).
 */
export function* checkSteps(text: string, opts: EngineOptions = {}): Generator<void, Problem[], void> {
  const locale: Locale = opts.locale ?? 'zh';
  const shared = { ...DEFAULT_SHARED, ...(opts.config?.shared ?? {}) };
  const doc = buildModel(text, opts.language ?? 'plaintext');
  const directives = parseDirectives(doc);
  const memoMap = opts.analyses ?? new Map<string, unknown>();
  const memo = <T>(key: string, compute: () => T): T => {
    if (!memoMap.has(key)) memoMap.set(key, compute());
    return memoMap.get(key) as T;
  };
  const problems: Problem[] = [];
  const rules = enabledRules(opts);
  const base = { doc, text, segments: doc.segments, shared, memo };
  const cache = opts.paragraphCache ?? undefined;
  const paragraphRules = cache ? rules.filter((r) => r.rule.meta.scope === 'paragraph') : [];
  let plan: ParagraphPlan | undefined;
  yield;
  for (const { rule, severity, options } of rules) {
    const meta = rule.meta;
    const ids = [meta.id, ...(meta.aliases ?? [])];
    const ri = cache ? paragraphRules.findIndex((r) => r.rule === rule) : -1;
    let ctx: RuleContext;
    if (ri >= 0) {
      const p = (plan ??= planParagraphs(cache!, { ...base, options: {}, report: () => {} }, configKey(opts, locale, paragraphRules)));
      const report = (d: ReportDescriptor): void => fileProblem(p, doc, ri, problemOf(meta, severity, locale, text.length, d));
      ctx = { ...base, segments: p.segments, memo: paragraphMemo(memo), options, report };
    } else {
      const report = (d: ReportDescriptor): void => {
        if (d.start >= 0 && d.end >= d.start && d.end <= text.length && directives.isSuppressed(ids, d.start)) return;
        problems.push(problemOf(meta, severity, locale, text.length, d));
      };
      ctx = { ...base, options, report };
    }
    try {
      rule.check(ctx);
    } catch (e) {
      if (plan && ri >= 0) spoil(plan);
      if (opts.onRuleError) opts.onRuleError(meta.id, e);
      else throw e;
    }
    if (plan && ri >= 0) for (const p of problemsOf(plan, ri)) if (!directives.isSuppressed(ids, p.start)) problems.push(p);
    yield;
  }
  if (cache && plan) finish(cache, plan);
  const guarded = shared.protectedWords.length ? protectedRanges(text, shared.protectedWords) : [];
  const unguarded = guarded.length ? problems.filter((p) => !guarded.some(([s, e]) => p.start < e && s < p.end)) : problems;
  const kept = dropIgnored(text, dropOwned(unguarded), opts.config?.ignore);
  return kept.sort((a, b) => a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}
