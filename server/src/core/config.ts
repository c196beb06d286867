import { allRules, ruleById } from './rules/index';
import { CORE_MESSAGES, listData, renderBoth, type MessageData } from './i18n';
import { DEFAULT_SHARED, SEVERITIES, type Config, type Rule, type RuleSetting, type RuleSeverity, type SharedSettings, type Text2 } from './types';

/** A problem found in a configuration object; `path` is a JSON path such as `rules.foo.severity`. */
export interface ConfigIssue { readonly path: string; readonly message: Text2 }

const SCRIPT_VALUES = ['auto', 'simplified', 'traditional', 'tw', 'hk'] as const;
const STRUCTURE_VALUES = ['auto', 'gongwen', 'legal'] as const;
const TOP_KEYS = new Set(['$schema', 'rules', 'words', 'protectedWords', 'script', 'structureMode']);

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
  return scored.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3).map((s) => s[0]);
}

type IssueId = keyof typeof CORE_MESSAGES;
const issue = (path: string, id: IssueId, data?: MessageData): ConfigIssue => ({ path, message: renderBoth(CORE_MESSAGES[id], data) });
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Validates `options` of rule `id` against its defaults (same keys, same types). */
function parseOptions(id: string, rule: Rule, raw: Record<string, unknown>, issues: ConfigIssue[]): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  const defaults = rule.meta.defaultOptions as Record<string, unknown>;
  for (const [k, val] of Object.entries(raw)) {
    const path = `rules.${id}.options.${k}`;
    if (!(k in defaults)) issues.push(issue(path, 'unknownOption', { id, key: k }));
    else if (typeof val !== typeof defaults[k] || Array.isArray(val) !== Array.isArray(defaults[k])) {
      issues.push(issue(path, 'optionType', { key: k, dflt: JSON.stringify(defaults[k]) }));
    } else options[k] = val;
  }
  return options;
}

/** One entry of `rules`: a severity or { severity, options }; undefined when invalid (reported). */
function parseRuleSetting(id: string, v: unknown, issues: ConfigIssue[]): RuleSetting | undefined {
  const rule = ruleById.get(id);
  if (!rule) {
    const hint = nearRuleIds(id)[0];
    issues.push(hint ? issue(`rules.${id}`, 'unknownRuleHint', { id, hint }) : issue(`rules.${id}`, 'unknownRule', { id }));
    return undefined;
  }
  if (isSeverity(v)) return v;
  if (!isObject(v)) {
    issues.push(issue(`rules.${id}`, 'badRuleSetting', listData(SEVERITIES)));
    return undefined;
  }
  let ok = true;
  for (const k of Object.keys(v)) if (k !== 'severity' && k !== 'options') issues.push(issue(`rules.${id}.${k}`, 'ruleSettingKey', { key: k }));
  if (v.severity !== undefined && !isSeverity(v.severity)) {
    issues.push(issue(`rules.${id}.severity`, 'badSeverity', listData(SEVERITIES)));
    ok = false;
  }
  let options: Record<string, unknown> | undefined;
  if (v.options !== undefined) {
    if (!isObject(v.options)) {
      issues.push(issue(`rules.${id}.options`, 'optionsNotObject'));
      ok = false;
    } else options = parseOptions(id, rule, v.options, issues);
  }
  if (!ok) return undefined;
  return { ...(v.severity !== undefined ? { severity: v.severity as RuleSeverity } : {}), ...(options ? { options } : {}) };
}

/** The shared settings (words, protectedWords, script, structureMode). */
function parseShared(obj: Record<string, unknown>, issues: ConfigIssue[]): SharedSettings {
  const shared: { -readonly [K in keyof SharedSettings]: SharedSettings[K] } = { ...DEFAULT_SHARED };
  if (obj.words !== undefined) {
    if (isObject(obj.words) && Object.values(obj.words).every((v) => typeof v === 'string')) {
      shared.words = Object.fromEntries(Object.entries(obj.words as Record<string, string>).filter(([k]) => k.length > 0));
    } else issues.push(issue('words', 'badWords'));
  }
  if (obj.protectedWords !== undefined) {
    if (Array.isArray(obj.protectedWords) && obj.protectedWords.every((v) => typeof v === 'string')) shared.protectedWords = (obj.protectedWords as string[]).filter((w) => w.length > 0);
    else issues.push(issue('protectedWords', 'badProtectedWords'));
  }
  if (obj.script !== undefined) {
    if ((SCRIPT_VALUES as readonly unknown[]).includes(obj.script)) shared.script = obj.script as SharedSettings['script'];
    else issues.push(issue('script', 'badEnum', { key: 'script', ...listData(SCRIPT_VALUES) }));
  }
  if (obj.structureMode !== undefined) {
    if ((STRUCTURE_VALUES as readonly unknown[]).includes(obj.structureMode)) shared.structureMode = obj.structureMode as SharedSettings['structureMode'];
    else issues.push(issue('structureMode', 'badEnum', { key: 'structureMode', ...listData(STRUCTURE_VALUES) }));
  }
  return shared;
}

/** Validates a parsed configuration object. Invalid parts are reported and ignored; the rest applies. */
export function parseConfigObject(raw: unknown): { config: Config; issues: ConfigIssue[] } {
  const issues: ConfigIssue[] = [];
  if (!isObject(raw)) return { config: EMPTY_CONFIG, issues: [issue('', 'configNotObject')] };
  for (const k of Object.keys(raw)) if (!TOP_KEYS.has(k)) issues.push(issue(k, 'unknownSetting', { key: k }));
  const rules: Record<string, RuleSetting> = {};
  if (raw.rules !== undefined) {
    if (!isObject(raw.rules)) issues.push(issue('rules', 'rulesNotObject'));
    else {
      for (const [id, v] of Object.entries(raw.rules)) {
        const setting = parseRuleSetting(id, v, issues);
        if (setting !== undefined) rules[id] = setting;
      }
    }
  }
  return { config: { rules, shared: parseShared(raw, issues) }, issues };
}

/** `override` wins rule by rule and setting by setting. */
export function mergeConfig(base: Config, override: Partial<Config>): Config {
  return {
    rules: { ...base.rules, ...(override.rules ?? {}) },
    shared: { ...base.shared, ...(override.shared ?? {}) },
  };
}
