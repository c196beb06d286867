/**
 * The one localisation path of the core: bilingual templates (Text2, 简体中文 first) in tables —
 * rule messages and fix titles in meta.messages, the core's own strings in CORE_MESSAGES — rendered by
 * `render` with {{name}} placeholders. A Problem leaves the engine fully rendered in the chosen locale.
 */
import type { Locale, Text2 } from './types';

export type MessageData = Readonly<Record<string, string | number>>;

/** `template` in `locale` (zh when missing) with {{name}} replaced from `data`; unknown names stay. */
export function render(template: Text2, locale: Locale, data?: MessageData): string {
  const t = template[locale] ?? template.zh;
  if (!data) return t;
  const parts = partsOf(t);
  if (parts.length === 1) return t;
  // Joined, not concatenated: one flat string, which holds no reference to the values (a value cut from the document
  // would otherwise keep the whole text alive for as long as the message lives), as the regex replacement gave.
  const out = [parts[0]];
  for (let i = 1; i < parts.length; i += 3) out.push(parts[i + 1] in data ? String(data[parts[i + 1]]) : parts[i], parts[i + 2]);
  return out.join('');
}

const PLACEHOLDER_RE = /\{\{\s*(\w+)\s*\}\}/g;
/** Templates split at their placeholders, by template text (a few hundred: the rules' messages). */
const PARTS = new Map<string, readonly string[]>();

/**
 * `t` as [text, placeholder, name, text, placeholder, name, text…]: rendering joins them (what `t.replace` of every
 * placeholder did, without a regex pass and a callback per message: a large document has tens of thousands).
 */
function partsOf(t: string): readonly string[] {
  let parts = PARTS.get(t);
  if (parts) return parts;
  const out: string[] = [];
  let last = 0;
  for (const m of t.matchAll(PLACEHOLDER_RE)) {
    out.push(t.slice(last, m.index), m[0], m[1]);
    last = m.index + m[0].length;
  }
  out.push(t.slice(last));
  // Bounded: templates come from the rules' and the core's tables (a caller's own template is kept once too).
  if (PARTS.size < 4096) PARTS.set(t, (parts = out));
  return out;
}

/** `template` rendered in both languages (for values the consumer renders later, such as config issues). */
export function renderBoth(template: Text2, data?: MessageData): Text2 {
  return { zh: render(template, 'zh', data), en: render(template, 'en', data) };
}

/** Strings of the core that belong to no rule. */
export const CORE_MESSAGES = {
  fixThis: { zh: '修复此问题', en: 'Fix this problem' },
  configNotObject: { zh: '配置必须是一个 JSON 对象', en: 'The configuration must be a JSON object' },
  unknownSetting: { zh: '未知的配置项“{{key}}”', en: 'Unknown setting "{{key}}"' },
  rulesNotObject: { zh: '“rules”必须是对象：{ "规则名": "warning" }', en: '"rules" must be an object: { "rule-id": "warning" }' },
  unknownRule: { zh: '未知规则“{{id}}”', en: 'Unknown rule "{{id}}"' },
  unknownRuleHint: { zh: '未知规则“{{id}}”，是否是“{{hint}}”？', en: 'Unknown rule "{{id}}"; did you mean "{{hint}}"?' },
  ruleSettingKey: {
    zh: '规则设置只能包含 severity 和 options，不认识“{{key}}”',
    en: 'A rule setting has only "severity" and "options", not "{{key}}"',
  },
  badSeverity: { zh: '严重级别必须是 {{zhList}} 之一', en: 'Severity must be one of {{enList}}' },
  optionsNotObject: { zh: '“options”必须是对象', en: '"options" must be an object' },
  unknownOption: { zh: '规则“{{id}}”没有选项“{{key}}”', en: 'Rule "{{id}}" has no option "{{key}}"' },
  optionType: { zh: '选项“{{key}}”的类型应与默认值 {{dflt}} 相同', en: 'Option "{{key}}" must have the type of its default {{dflt}}' },
  badRuleSetting: {
    zh: '规则设置必须是严重级别（{{zhList}}）或 { "severity", "options" } 对象',
    en: 'A rule setting is a severity ({{enList}}) or a { "severity", "options" } object',
  },
  badWords: { zh: '“words”必须是 { "错误写法": "建议写法" } 形式的对象', en: '"words" must be an object { "wrong": "right" }' },
  badProtectedWords: { zh: '“protectedWords”必须是字符串数组', en: '"protectedWords" must be an array of strings' },
  badEnum: { zh: '“{{key}}”必须是 {{zhList}} 之一', en: '"{{key}}" must be one of {{enList}}' },
  severityNormalised: {
    zh: '级别“{{found}}”已按“{{sev}}”处理，请写作小写的“{{sev}}”',
    en: 'Severity "{{found}}" was read as "{{sev}}"; write "{{sev}}"',
  },
  optionNotFinite: { zh: '选项“{{key}}”必须是有限的数', en: 'Option "{{key}}" must be a finite number' },
  optionMin: { zh: '选项“{{key}}”不能小于 {{min}}（现为 {{val}}）', en: 'Option "{{key}}" must be at least {{min}} (is {{val}})' },
  optionMax: { zh: '选项“{{key}}”不能大于 {{max}}（现为 {{val}}）', en: 'Option "{{key}}" must be at most {{max}} (is {{val}})' },
  optionEnum: { zh: '选项“{{key}}”必须是 {{list}} 之一', en: 'Option "{{key}}" must be one of {{list}}' },
  optionItemString: { zh: '选项“{{key}}”的每一项都必须是字符串', en: 'Every item of option "{{key}}" must be a string' },
  optionItemShort: {
    zh: '选项“{{key}}”中的“{{item}}”短于 {{min}} 个字',
    en: '"{{item}}" in option "{{key}}" is shorter than {{min}} characters',
  },
  optionItemLong: {
    zh: '选项“{{key}}”中的“{{item}}”长于 {{max}} 个字',
    en: '"{{item}}" in option "{{key}}" is longer than {{max}} characters',
  },
  wordsEmpty: { zh: '“words”中的空写法已忽略', en: 'An empty entry in "words" is ignored' },
  wordsNotString: {
    zh: '“words”中“{{key}}”的建议写法必须是字符串，此条已忽略',
    en: '"words": the replacement for "{{key}}" must be a string; entry ignored',
  },
  wordsMore: { zh: '“words”中另有 {{n}} 条无效，已忽略', en: '{{n}} more invalid entries in "words" ignored' },
  badIgnore: {
    zh: '“ignore”必须是数组：[{ "rule": "规则名", "text": "原文", "context": "前后文" }]',
    en: '"ignore" must be an array: [{ "rule": "rule-id", "text": "flagged text", "context": "text around it" }]',
  },
  badIgnoreEntry: {
    zh: '“ignore”中的这一项无效，已忽略：须为 { "rule": 字符串, "text": 字符串, "context": 含 text 的字符串（可省略）}',
    en: 'This "ignore" entry is invalid and skipped: it must be { "rule": string, "text": string, "context": string containing text (optional) }',
  },
  ignoreMore: { zh: '“ignore”中另有 {{n}} 项无效，已忽略', en: '{{n}} more invalid entries in "ignore" skipped' },
  protectedWordsNonString: { zh: '“protectedWords”中不是字符串的项已忽略', en: 'Non-string items in "protectedWords" are ignored' },
} as const satisfies Record<string, Text2>;

/** The lists in badSeverity/badEnum/badRuleSetting: 、-separated in Chinese, comma-separated in English. */
export function listData(values: readonly string[]): { zhList: string; enList: string } {
  return { zhList: values.join('、'), enList: values.join(', ') };
}
