import { allRules, ruleById } from './rules/index';
import { DEFAULT_SHARED, SEVERITIES, type Config, type RuleSetting, type RuleSeverity, type SharedSettings, type Text2 } from './types';

/** A problem found in a configuration object; `path` is a JSON path such as `rules.foo.severity`. */
export interface ConfigIssue {
  readonly path: string;
  readonly message: Text2;
  /** The value was understood and applied after normalisation (e.g. "Warning"): a note, not an ignored setting. */
  readonly applied?: boolean;
}

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
  issues.push({ path, applied: true, message: { zh: `级别“${v}”已按“${sev}”处理，请写作小写的“${sev}”`, en: `Severity "${v}" was read as "${sev}"; write "${sev}"` } });
  return sev;
}

/** Checks one option value against its default's type and the rule's JSON schema (minimum, maximum, enum, item lengths). */
function optionProblem(k: string, val: unknown, dflt: unknown, schema: Record<string, unknown> | undefined): Text2 | undefined {
  if (typeof val !== typeof dflt || Array.isArray(val) !== Array.isArray(dflt)) {
    return { zh: `选项“${k}”的类型应与默认值 ${JSON.stringify(dflt)} 相同`, en: `Option "${k}" must have the type of its default ${JSON.stringify(dflt)}` };
  }
  if (!schema) return undefined;
  if (typeof val === 'number') {
    if (!Number.isFinite(val)) return { zh: `选项“${k}”必须是有限的数`, en: `Option "${k}" must be a finite number` };
    if (typeof schema.minimum === 'number' && val < schema.minimum) return { zh: `选项“${k}”不能小于 ${schema.minimum}（现为 ${val}）`, en: `Option "${k}" must be at least ${schema.minimum} (is ${val})` };
    if (typeof schema.maximum === 'number' && val > schema.maximum) return { zh: `选项“${k}”不能大于 ${schema.maximum}（现为 ${val}）`, en: `Option "${k}" must be at most ${schema.maximum} (is ${val})` };
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(val)) {
    const list = schema.enum.map((x) => JSON.stringify(x)).join(', ');
    return { zh: `选项“${k}”必须是 ${list} 之一`, en: `Option "${k}" must be one of ${list}` };
  }
  if (Array.isArray(val)) {
    const items = isPlainObject(schema.items) ? schema.items : {};
    for (const item of val) {
      if (items.type === 'string' && typeof item !== 'string') return { zh: `选项“${k}”的每一项都必须是字符串`, en: `Every item of option "${k}" must be a string` };
      const len = typeof item === 'string' ? [...item].length : 0;
      if (typeof items.minLength === 'number' && typeof item === 'string' && len < items.minLength) return { zh: `选项“${k}”中的“${item}”短于 ${items.minLength} 个字`, en: `"${item}" in option "${k}" is shorter than ${items.minLength} characters` };
      if (typeof items.maxLength === 'number' && typeof item === 'string' && len > items.maxLength) return { zh: `选项“${k}”中的“${item}”长于 ${items.maxLength} 个字`, en: `"${item}" in option "${k}" is longer than ${items.maxLength} characters` };
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
      issues.push({ path, message: { zh: `规则“${id}”没有选项“${k}”`, en: `Rule "${id}" has no option "${k}"` } });
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
      issues.push({ path: `rules.${id}.${k}`, message: { zh: `规则设置只能包含 severity 和 options，不认识“${k}”`, en: `A rule setting has only "severity" and "options", not "${k}"` } });
    }
  }
  const rawSev = own(o, 'severity');
  const severity = rawSev === undefined ? undefined : severityOf(rawSev, `rules.${id}.severity`, issues);
  if (rawSev !== undefined && severity === undefined) {
    issues.push({ path: `rules.${id}.severity`, message: { zh: `严重级别必须是 ${SEVERITIES.join('、')} 之一`, en: `Severity must be one of ${SEVERITIES.join(', ')}` } });
  }
  const rawOpts = own(o, 'options');
  let options: Record<string, unknown> | undefined;
  if (rawOpts !== undefined) {
    if (isPlainObject(rawOpts)) options = parseRuleOptions(id, rawOpts, issues);
    else issues.push({ path: `rules.${id}.options`, message: { zh: '“options”必须是对象', en: '"options" must be an object' } });
  }
  // The valid parts apply: a bad severity leaves the default severity, bad options their defaults.
  if (severity === undefined && options === undefined) return rawSev === undefined && rawOpts === undefined ? {} : undefined;
  return { ...(severity !== undefined ? { severity } : {}), ...(options ? { options } : {}) };
}

function parseRules(raw: unknown, issues: ConfigIssue[]): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  if (raw === undefined) return rules;
  if (!isPlainObject(raw)) {
    issues.push({ path: 'rules', message: { zh: '“rules”必须是对象：{ "规则名": "warning" }', en: '"rules" must be an object: { "rule-id": "warning" }' } });
    return rules;
  }
  for (const [id, v] of Object.entries(raw)) {
    if (!ruleById.has(id)) {
      const hint = nearRuleIds(id)[0];
      issues.push({ path: `rules.${id}`, message: { zh: `未知规则“${id}”${hint ? `，是否是“${hint}”？` : ''}`, en: `Unknown rule "${id}"${hint ? `; did you mean "${hint}"?` : ''}` } });
      continue;
    }
    const sev = severityOf(v, `rules.${id}`, issues);
    if (sev !== undefined) rules[id] = sev;
    else if (isPlainObject(v)) {
      const setting = parseRuleObject(id, v, issues);
      if (setting !== undefined) rules[id] = setting;
    } else {
      issues.push({ path: `rules.${id}`, message: { zh: `规则设置必须是严重级别（${SEVERITIES.join('、')}）或 { "severity", "options" } 对象`, en: `A rule setting is a severity (${SEVERITIES.join(', ')}) or a { "severity", "options" } object` } });
    }
  }
  return rules;
}

/** At most this many issues are listed for one list-like setting (words); the rest are counted. */
const MAX_LISTED = 20;

/** `words`: each entry on its own; a bad entry is reported and dropped, the others apply. Linear in the entry count. */
function parseWords(raw: unknown, issues: ConfigIssue[]): Record<string, string> | undefined {
  if (!isPlainObject(raw)) {
    issues.push({ path: 'words', message: { zh: '“words”必须是 { "错误写法": "建议写法" } 形式的对象', en: '"words" must be an object { "wrong": "right" }' } });
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
      issues.push({ path: `words.${k}`, message: k.length === 0 ? { zh: '“words”中的空写法已忽略', en: 'An empty entry in "words" is ignored' } : { zh: `“words”中“${k}”的建议写法必须是字符串，此条已忽略`, en: `"words": the replacement for "${k}" must be a string; entry ignored` } });
    }
  }
  if (bad > MAX_LISTED) issues.push({ path: 'words', message: { zh: `“words”中另有 ${bad - MAX_LISTED} 条无效，已忽略`, en: `${bad - MAX_LISTED} more invalid entries in "words" ignored` } });
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
      if (pw.some((w) => typeof w !== 'string')) issues.push({ path: 'protectedWords', message: { zh: '“protectedWords”中不是字符串的项已忽略', en: 'Non-string items in "protectedWords" are ignored' } });
    } else issues.push({ path: 'protectedWords', message: { zh: '“protectedWords”必须是字符串数组', en: '"protectedWords" must be an array of strings' } });
  }
  const script = own(obj, 'script');
  if (script !== undefined) {
    if ((SCRIPT_VALUES as readonly unknown[]).includes(script)) shared.script = script as SharedSettings['script'];
    else issues.push({ path: 'script', message: { zh: `“script”必须是 ${SCRIPT_VALUES.join('、')} 之一`, en: `"script" must be one of ${SCRIPT_VALUES.join(', ')}` } });
  }
  const mode = own(obj, 'structureMode');
  if (mode !== undefined) {
    if ((STRUCTURE_VALUES as readonly unknown[]).includes(mode)) shared.structureMode = mode as SharedSettings['structureMode'];
    else issues.push({ path: 'structureMode', message: { zh: `“structureMode”必须是 ${STRUCTURE_VALUES.join('、')} 之一`, en: `"structureMode" must be one of ${STRUCTURE_VALUES.join(', ')}` } });
  }
  return shared;
}

/**
 * Validates a parsed configuration object. Invalid parts are reported and ignored; the rest applies.
 * Only own properties count: a `__proto__` key is an unknown setting like any other.
 */
export function parseConfigObject(raw: unknown): { config: Config; issues: ConfigIssue[] } {
  const issues: ConfigIssue[] = [];
  if (!isPlainObject(raw)) {
    return { config: EMPTY_CONFIG, issues: [{ path: '', message: { zh: '配置必须是一个 JSON 对象', en: 'The configuration must be a JSON object' } }] };
  }
  for (const k of Object.keys(raw)) {
    if (!TOP_KEYS.has(k)) issues.push({ path: k, message: { zh: `未知的配置项“${k}”`, en: `Unknown setting "${k}"` } });
  }
  const rules = parseRules(own(raw, 'rules'), issues);
  const shared = parseShared(raw, issues);
  return { config: { rules, shared }, issues };
}

/** `override` wins rule by rule and setting by setting. */
export function mergeConfig(base: Config, override: Partial<Config>): Config {
  return {
    rules: { ...base.rules, ...(override.rules ?? {}) },
    shared: { ...base.shared, ...(override.shared ?? {}) },
  };
}
