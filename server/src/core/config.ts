import { allRules, ruleById } from './rules/index';
import { DEFAULT_SHARED, SEVERITIES, type Config, type RuleSetting, type RuleSeverity, type SharedSettings, type Text2 } from './types';

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

/** Validates a parsed configuration object. Invalid parts are reported and ignored; the rest applies. */
export function parseConfigObject(raw: unknown): { config: Config; issues: ConfigIssue[] } {
  const issues: ConfigIssue[] = [];
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { config: EMPTY_CONFIG, issues: [{ path: '', message: { zh: '配置必须是一个 JSON 对象', en: 'The configuration must be a JSON object' } }] };
  }
  const obj = raw as Record<string, unknown>;
  for (const k of Object.keys(obj)) {
    if (!TOP_KEYS.has(k)) issues.push({ path: k, message: { zh: `未知的配置项“${k}”`, en: `Unknown setting "${k}"` } });
  }
  const rules: Record<string, RuleSetting> = {};
  if (obj.rules !== undefined) {
    if (obj.rules === null || typeof obj.rules !== 'object' || Array.isArray(obj.rules)) {
      issues.push({ path: 'rules', message: { zh: '“rules”必须是对象：{ "规则名": "warning" }', en: '"rules" must be an object: { "rule-id": "warning" }' } });
    } else {
      for (const [id, v] of Object.entries(obj.rules as Record<string, unknown>)) {
        const rule = ruleById.get(id);
        if (!rule) {
          const hint = nearRuleIds(id)[0];
          issues.push({
            path: `rules.${id}`,
            message: {
              zh: `未知规则“${id}”${hint ? `，是否是“${hint}”？` : ''}`,
              en: `Unknown rule "${id}"${hint ? `; did you mean "${hint}"?` : ''}`,
            },
          });
          continue;
        }
        if (isSeverity(v)) { rules[id] = v; continue; }
        if (v && typeof v === 'object' && !Array.isArray(v)) {
          const o = v as Record<string, unknown>;
          let ok = true;
          for (const k of Object.keys(o)) {
            if (k !== 'severity' && k !== 'options') {
              issues.push({ path: `rules.${id}.${k}`, message: { zh: `规则设置只能包含 severity 和 options，不认识“${k}”`, en: `A rule setting has only "severity" and "options", not "${k}"` } });
            }
          }
          if (o.severity !== undefined && !isSeverity(o.severity)) {
            issues.push({ path: `rules.${id}.severity`, message: { zh: `严重级别必须是 ${SEVERITIES.join('、')} 之一`, en: `Severity must be one of ${SEVERITIES.join(', ')}` } });
            ok = false;
          }
          let options: Record<string, unknown> | undefined;
          if (o.options !== undefined) {
            if (!o.options || typeof o.options !== 'object' || Array.isArray(o.options)) {
              issues.push({ path: `rules.${id}.options`, message: { zh: '“options”必须是对象', en: '"options" must be an object' } });
              ok = false;
            } else {
              options = {};
              const defaults = rule.meta.defaultOptions as Record<string, unknown>;
              for (const [k, val] of Object.entries(o.options as Record<string, unknown>)) {
                if (!(k in defaults)) {
                  issues.push({ path: `rules.${id}.options.${k}`, message: { zh: `规则“${id}”没有选项“${k}”`, en: `Rule "${id}" has no option "${k}"` } });
                } else if (typeof val !== typeof defaults[k] || Array.isArray(val) !== Array.isArray(defaults[k])) {
                  issues.push({ path: `rules.${id}.options.${k}`, message: { zh: `选项“${k}”的类型应与默认值 ${JSON.stringify(defaults[k])} 相同`, en: `Option "${k}" must have the type of its default ${JSON.stringify(defaults[k])}` } });
                } else options[k] = val;
              }
            }
          }
          if (ok) rules[id] = { ...(o.severity !== undefined ? { severity: o.severity as RuleSeverity } : {}), ...(options ? { options } : {}) };
          continue;
        }
        issues.push({ path: `rules.${id}`, message: { zh: `规则设置必须是严重级别（${SEVERITIES.join('、')}）或 { "severity", "options" } 对象`, en: `A rule setting is a severity (${SEVERITIES.join(', ')}) or a { "severity", "options" } object` } });
      }
    }
  }
  const shared: { -readonly [K in keyof SharedSettings]: SharedSettings[K] } = { ...DEFAULT_SHARED };
  if (obj.words !== undefined) {
    if (obj.words && typeof obj.words === 'object' && !Array.isArray(obj.words) && Object.values(obj.words).every((v) => typeof v === 'string')) {
      shared.words = Object.fromEntries(Object.entries(obj.words as Record<string, string>).filter(([k]) => k.length > 0));
    } else issues.push({ path: 'words', message: { zh: '“words”必须是 { "错误写法": "建议写法" } 形式的对象', en: '"words" must be an object { "wrong": "right" }' } });
  }
  if (obj.protectedWords !== undefined) {
    if (Array.isArray(obj.protectedWords) && obj.protectedWords.every((v) => typeof v === 'string')) shared.protectedWords = (obj.protectedWords as string[]).filter((w) => w.length > 0);
    else issues.push({ path: 'protectedWords', message: { zh: '“protectedWords”必须是字符串数组', en: '"protectedWords" must be an array of strings' } });
  }
  if (obj.script !== undefined) {
    if ((SCRIPT_VALUES as readonly unknown[]).includes(obj.script)) shared.script = obj.script as SharedSettings['script'];
    else issues.push({ path: 'script', message: { zh: `“script”必须是 ${SCRIPT_VALUES.join('、')} 之一`, en: `"script" must be one of ${SCRIPT_VALUES.join(', ')}` } });
  }
  if (obj.structureMode !== undefined) {
    if ((STRUCTURE_VALUES as readonly unknown[]).includes(obj.structureMode)) shared.structureMode = obj.structureMode as SharedSettings['structureMode'];
    else issues.push({ path: 'structureMode', message: { zh: `“structureMode”必须是 ${STRUCTURE_VALUES.join('、')} 之一`, en: `"structureMode" must be one of ${STRUCTURE_VALUES.join(', ')}` } });
  }
  return { config: { rules, shared }, issues };
}

/** `override` wins rule by rule and setting by setting. */
export function mergeConfig(base: Config, override: Partial<Config>): Config {
  return {
    rules: { ...base.rules, ...(override.rules ?? {}) },
    shared: { ...base.shared, ...(override.shared ?? {}) },
  };
}
