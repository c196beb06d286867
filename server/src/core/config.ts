import { CORE_MESSAGES, listData, renderBoth, type MessageData } from './i18n';
import { allRules, ruleById } from './rules/index';
import { resolveLayout } from './layout/spec';
import {
  DEFAULT_SHARED,
  SEVERITIES,
  type Config,
  type IgnoreEntry,
  type RuleSetting,
  type RuleSeverity,
  type SharedSettings,
  type Text2,
} from './types';

/** A problem found in a configuration object; `path` is a JSON path such as `rules.foo.severity`. */
export interface ConfigIssue {
  readonly path: string;
  readonly message: Text2;
  /** The value was understood and applied after normalisation (e.g. "Warning"): a note, not an ignored setting. */
  readonly applied?: boolean;
}

const SCRIPT_VALUES = ['auto', 'simplified', 'traditional', 'tw', 'hk'] as const;
const STRUCTURE_VALUES = ['auto', 'gongwen', 'legal'] as const;
const TOP_KEYS = new Set(['$schema', 'rules', 'words', 'protectedWords', 'script', 'structureMode', 'ignore', 'layout']);

/** A configuration message of the core's table (core/i18n.ts), rendered in both languages. */
function msg(key: keyof typeof CORE_MESSAGES, data?: MessageData): Text2 {
  return renderBoth(CORE_MESSAGES[key], data);
}

export const EMPTY_CONFIG: Config = { rules: {}, shared: DEFAULT_SHARED };

function isSeverity(v: unknown): v is RuleSeverity {
  return typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v);
}

function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/** Rule ids close to `id` (edit distance; also ids sharing a word or containing it), best first, at most 3. */
export function nearRuleIds(id: string): string[] {
  const q = id.toLowerCase();
  const qTokens = new Set(q.split(/[-_\s]+/).filter((t) => t.length > 2));
  const scored: [string, number][] = [];
  for (const r of allRules) {
    let best = Infinity;
    let related = false;
    for (const n of [r.meta.id, ...(r.meta.aliases ?? [])].map((x) => x.toLowerCase())) {
      best = Math.min(best, levenshtein(q, n));
      if (n.includes(q) || q.includes(n) || n.split('-').some((t) => qTokens.has(t))) related = true;
    }
    if (related || best <= Math.max(2, Math.floor(q.length / 3))) scored.push([r.meta.id, best]);
  }
  return scored
    .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 3)
    .map((s) => s[0]);
}

const own = (o: object, k: string): unknown => (Object.prototype.hasOwnProperty.call(o, k) ? (o as Record<string, unknown>)[k] : undefined);
const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * A severity as written in a config file: exact, or (like the command line) in any letter case
 * and with `warn` for `warning`. A normalised value is applied with a note (`applied: true`).
 */
function severityOf(v: unknown, path: string, issues: ConfigIssue[]): RuleSeverity | undefined {
  if (isSeverity(v)) return v;
  if (typeof v !== 'string') return undefined;
  const lower = v.trim().toLowerCase();
  const sev = lower === 'warn' ? 'warning' : lower;
  if (!isSeverity(sev)) return undefined;
  issues.push({ path, applied: true, message: msg('severityNormalised', { found: v, sev }) });
  return sev;
}

/** Checks one option value against its default's type and the rule's JSON schema (minimum, maximum, enum, item lengths). */
function optionProblem(k: string, val: unknown, dflt: unknown, schema: Record<string, unknown> | undefined): Text2 | undefined {
  if (typeof val !== typeof dflt || Array.isArray(val) !== Array.isArray(dflt)) {
    return msg('optionType', { key: k, dflt: JSON.stringify(dflt) });
  }
  if (!schema) return undefined;
  if (typeof val === 'number') {
    if (!Number.isFinite(val)) return msg('optionNotFinite', { key: k });
    if (typeof schema.minimum === 'number' && val < schema.minimum) return msg('optionMin', { key: k, min: schema.minimum, val });
    if (typeof schema.maximum === 'number' && val > schema.maximum) return msg('optionMax', { key: k, max: schema.maximum, val });
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(val)) {
    const list = schema.enum.map((x) => JSON.stringify(x)).join(', ');
    return msg('optionEnum', { key: k, list });
  }
  if (Array.isArray(val)) {
    const items = isPlainObject(schema.items) ? schema.items : {};
    for (const item of val) {
      if (items.type === 'string' && typeof item !== 'string') return msg('optionItemString', { key: k });
      const len = typeof item === 'string' ? [...item].length : 0;
      if (typeof items.minLength === 'number' && typeof item === 'string' && len < items.minLength)
        return msg('optionItemShort', { key: k, item, min: items.minLength });
      if (typeof items.maxLength === 'number' && typeof item === 'string' && len > items.maxLength)
        return msg('optionItemLong', { key: k, item, max: items.maxLength });
    }
  }
  return undefined;
}

function parseRuleOptions(id: string, raw: Record<string, unknown>, issues: ConfigIssue[]): Record<string, unknown> {
  const rule = ruleById.get(id)!;
  const defaults = rule.meta.defaultOptions as Record<string, unknown>;
  const schema = (rule.meta.optionsSchema ?? {}) as Record<string, unknown>;
  const options: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(raw)) {
    const path = `rules.${id}.options.${k}`;
    if (!Object.prototype.hasOwnProperty.call(defaults, k)) {
      issues.push({ path, message: msg('unknownOption', { id, key: k }) });
      continue;
    }
    const s = own(schema, k);
    const problem = optionProblem(k, val, defaults[k], isPlainObject(s) ? s : undefined);
    if (problem) issues.push({ path, message: problem });
    else options[k] = val;
  }
  return options;
}

function parseRuleObject(id: string, o: Record<string, unknown>, issues: ConfigIssue[]): RuleSetting | undefined {
  for (const k of Object.keys(o)) {
    if (k !== 'severity' && k !== 'options') {
      issues.push({ path: `rules.${id}.${k}`, message: msg('ruleSettingKey', { key: k }) });
    }
  }
  const rawSev = own(o, 'severity');
  const severity = rawSev === undefined ? undefined : severityOf(rawSev, `rules.${id}.severity`, issues);
  if (rawSev !== undefined && severity === undefined) {
    issues.push({ path: `rules.${id}.severity`, message: msg('badSeverity', listData(SEVERITIES)) });
  }
  const rawOpts = own(o, 'options');
  let options: Record<string, unknown> | undefined;
  if (rawOpts !== undefined) {
    if (isPlainObject(rawOpts)) options = parseRuleOptions(id, rawOpts, issues);
    else issues.push({ path: `rules.${id}.options`, message: msg('optionsNotObject') });
  }
  // The valid parts apply: a bad severity leaves the default severity, bad options their defaults.
  if (severity === undefined && options === undefined) return rawSev === undefined && rawOpts === undefined ? {} : undefined;
  return { ...(severity !== undefined ? { severity } : {}), ...(options ? { options } : {}) };
}

function parseRules(raw: unknown, issues: ConfigIssue[]): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  if (raw === undefined) return rules;
  if (!isPlainObject(raw)) {
    issues.push({ path: 'rules', message: msg('rulesNotObject') });
    return rules;
  }
  for (const [id, v] of Object.entries(raw)) {
    if (!ruleById.has(id)) {
      const hint = nearRuleIds(id)[0];
      issues.push({ path: `rules.${id}`, message: hint ? msg('unknownRuleHint', { id, hint }) : msg('unknownRule', { id }) });
      continue;
    }
    const sev = severityOf(v, `rules.${id}`, issues);
    if (sev !== undefined) rules[id] = sev;
    else if (isPlainObject(v)) {
      const setting = parseRuleObject(id, v, issues);
      if (setting !== undefined) rules[id] = setting;
    } else {
      issues.push({ path: `rules.${id}`, message: msg('badRuleSetting', listData(SEVERITIES)) });
    }
  }
  return rules;
}

/** At most this many issues are listed for one list-like setting (words); the rest are counted. */
const MAX_LISTED = 20;

/** `words`: each entry on its own; a bad entry is reported and dropped, the others apply. Linear in the entry count. */
function parseWords(raw: unknown, issues: ConfigIssue[]): Record<string, string> | undefined {
  if (!isPlainObject(raw)) {
    issues.push({ path: 'words', message: msg('badWords') });
    return undefined;
  }
  const words: Record<string, string> = {};
  let bad = 0;
  for (const k of Object.keys(raw)) {
    const v = raw[k];
    if (typeof v === 'string' && k.length > 0) {
      Object.defineProperty(words, k, { value: v, enumerable: true, writable: true, configurable: true });
      continue;
    }
    if (++bad <= MAX_LISTED) {
      issues.push({ path: `words.${k}`, message: k.length === 0 ? msg('wordsEmpty') : msg('wordsNotString', { key: k }) });
    }
  }
  if (bad > MAX_LISTED) issues.push({ path: 'words', message: msg('wordsMore', { n: bad - MAX_LISTED }) });
  return words;
}

function parseShared(obj: Record<string, unknown>, issues: ConfigIssue[]): SharedSettings {
  const shared: { -readonly [K in keyof SharedSettings]: SharedSettings[K] } = { ...DEFAULT_SHARED };
  const words = own(obj, 'words');
  if (words !== undefined) {
    const w = parseWords(words, issues);
    if (w) shared.words = w;
  }
  const pw = own(obj, 'protectedWords');
  if (pw !== undefined) {
    if (Array.isArray(pw)) {
      shared.protectedWords = pw.filter((w): w is string => typeof w === 'string' && w.length > 0);
      if (pw.some((w) => typeof w !== 'string')) issues.push({ path: 'protectedWords', message: msg('protectedWordsNonString') });
    } else issues.push({ path: 'protectedWords', message: msg('badProtectedWords') });
  }
  const script = own(obj, 'script');
  if (script !== undefined) {
    if ((SCRIPT_VALUES as readonly unknown[]).includes(script)) shared.script = script as SharedSettings['script'];
    else issues.push({ path: 'script', message: msg('badEnum', { key: 'script', ...listData(SCRIPT_VALUES) }) });
  }
  const mode = own(obj, 'structureMode');
  if (mode !== undefined) {
    if ((STRUCTURE_VALUES as readonly unknown[]).includes(mode)) shared.structureMode = mode as SharedSettings['structureMode'];
    else issues.push({ path: 'structureMode', message: msg('badEnum', { key: 'structureMode', ...listData(STRUCTURE_VALUES) }) });
  }
  return shared;
}

/**
 * `ignore`: [{ "rule": "rule-id", "text": "flagged text", "context": "text around it" }]. Each entry on its own: a bad
 * entry is reported and dropped, the others apply. An entry for an unknown rule is kept (it matches nothing) but noted.
 */
function parseIgnore(raw: unknown, issues: ConfigIssue[]): IgnoreEntry[] | undefined {
  if (!Array.isArray(raw)) {
    issues.push({ path: 'ignore', message: msg('badIgnore') });
    return undefined;
  }
  const out: IgnoreEntry[] = [];
  let bad = 0;
  raw.forEach((item: unknown, i) => {
    const rule = isPlainObject(item) ? own(item, 'rule') : undefined;
    const text = isPlainObject(item) ? own(item, 'text') : undefined;
    const context = isPlainObject(item) ? own(item, 'context') : undefined;
    const extra = isPlainObject(item) ? Object.keys(item).find((k) => k !== 'rule' && k !== 'text' && k !== 'context') : undefined;
    const ok = typeof rule === 'string' && typeof text === 'string' && (context === undefined || typeof context === 'string');
    if (!ok || extra !== undefined || (typeof context === 'string' && !context.includes(text as string))) {
      if (++bad <= MAX_LISTED) issues.push({ path: `ignore.${i}`, message: msg('badIgnoreEntry') });
      return;
    }
    if (!ruleById.has(rule)) issues.push({ path: `ignore.${i}.rule`, applied: true, message: msg('unknownRule', { id: rule }) });
    out.push({ rule, text, ...(typeof context === 'string' ? { context } : {}) });
  });
  if (bad > MAX_LISTED) issues.push({ path: 'ignore', message: msg('ignoreMore', { n: bad - MAX_LISTED }) });
  return out;
}

/**
 * Validates a parsed configuration object. Invalid parts are reported and ignored; the rest applies.
 * Only own properties count: a `__proto__` key is an unknown setting like any other.
 */
export function parseConfigObject(raw: unknown): { config: Config; issues: ConfigIssue[] } {
  const issues: ConfigIssue[] = [];
  if (!isPlainObject(raw)) {
    return { config: EMPTY_CONFIG, issues: [{ path: '', message: msg('configNotObject') }] };
  }
  for (const k of Object.keys(raw)) {
    if (!TOP_KEYS.has(k)) issues.push({ path: k, message: msg('unknownSetting', { key: k }) });
  }
  const rules = parseRules(own(raw, 'rules'), issues);
  const shared = parseShared(raw, issues);
  const rawIgnore = own(raw, 'ignore');
  const ignore = rawIgnore === undefined ? undefined : parseIgnore(rawIgnore, issues);
  const layout = own(raw, 'layout');
  // The page layout of the preview and the Word export (core/layout/spec.ts): checked here, applied there.
  if (layout !== undefined) for (const i of resolveLayout(layout).issues) issues.push({ path: i.path, message: i.message });
  return {
    config: { rules, shared, ...(ignore && ignore.length ? { ignore } : {}), ...(isPlainObject(layout) ? { layout } : {}) },
    issues,
  };
}

/** `override` wins rule by rule and setting by setting; the ignore lists add up. */
export function mergeConfig(base: Config, override: Partial<Config>): Config {
  return {
    rules: { ...base.rules, ...(override.rules ?? {}) },
    shared: { ...base.shared, ...(override.shared ?? {}) },
    ...(base.ignore || override.ignore ? { ignore: [...(base.ignore ?? []), ...(override.ignore ?? [])] } : {}),
    ...((override.layout ?? base.layout) ? { layout: override.layout ?? base.layout } : {}),
  };
}
