import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { findNodeAtLocation, parseTree, ParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { parseConfigObject, type Config, type Text2 } from '../core/index';
import { readRegularFile } from './safeFs';

export const CONFIG_FILE_NAME = '.gongwenrc.json';

/**
 * Largest config file read, in bytes: 16 MiB. An organisation dictionary of 100 000 `words`
 * entries is about 3–5 MB; anything larger is refused with a clear message, never read.
 */
export const MAX_CONFIG_BYTES = 16 * 1024 * 1024;

/** A problem in a config file, with the offset range it concerns (for a diagnostic on that file). */
export interface ConfigFileIssue {
  readonly start: number;
  readonly end: number;
  readonly path: string;
  readonly message: Text2;
  readonly applied?: boolean;
}

export interface LoadedConfig {
  readonly file: string;
  readonly config: Config;
  readonly issues: readonly ConfigFileIssue[];
  /** True when the file could not be used at all (unreadable or not JSON): checking falls back to defaults. */
  readonly fatal: boolean;
  /** The text the issue offsets refer to (BOM removed), when the file could be read. */
  readonly text?: string;
}

/**
 * The JSON value of a parse tree, with null-prototype objects: a key "__proto__" stays an
 * ordinary (unknown, reported) key instead of replacing the object's prototype.
 */
function valueOf(node: Node): unknown {
  if (node.type === 'object') {
    const o: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const prop of node.children ?? []) {
      const [k, v] = prop.children ?? [];
      if (k && v) o[String(k.value)] = valueOf(v);
    }
    return o;
  }
  if (node.type === 'array') return (node.children ?? []).map(valueOf);
  return node.value;
}

/** What a JSON parse error means, in words (jsonc-parser's codes are identifiers like CloseBraceExpected). */
function parseErrorText(code: ParseErrorCode): Text2 {
  switch (code) {
    case ParseErrorCode.CloseBraceExpected:
      return { zh: '缺少右花括号“}”', en: 'a closing brace "}" is missing' };
    case ParseErrorCode.CloseBracketExpected:
      return { zh: '缺少右方括号“]”', en: 'a closing bracket "]" is missing' };
    case ParseErrorCode.CommaExpected:
      return { zh: '缺少逗号“,”', en: 'a comma "," is missing' };
    case ParseErrorCode.ColonExpected:
      return { zh: '缺少冒号“:”', en: 'a colon ":" is missing' };
    case ParseErrorCode.PropertyNameExpected:
      return { zh: '此处应为带引号的属性名', en: 'a quoted property name is expected here' };
    case ParseErrorCode.ValueExpected:
      return { zh: '此处应为一个值', en: 'a value is expected here' };
    case ParseErrorCode.EndOfFileExpected:
      return { zh: '文件在此处应已结束', en: 'the file should end here' };
    case ParseErrorCode.UnexpectedEndOfString:
      return { zh: '字符串缺少结束引号', en: 'a string is not closed' };
    case ParseErrorCode.UnexpectedEndOfComment:
      return { zh: '注释没有结束', en: 'a comment is not closed' };
    default:
      return { zh: '此处有无效的字符或写法', en: 'invalid character or syntax here' };
  }
}

/** Parses the text of a .gongwenrc.json (JSON with comments and trailing commas). */
export function parseConfigText(input: string, file = CONFIG_FILE_NAME): LoadedConfig {
  // A UTF-8 BOM (Windows Notepad) is not part of the JSON; offsets refer to the text without it.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const raw: unknown = tree ? valueOf(tree) : undefined;
  if (errors.length > 0) {
    // Two unclosed objects give the same error twice at the end of the file: report each place and kind once.
    const once = errors.filter((e, i) => errors.findIndex((f) => f.offset === e.offset && f.error === e.error) === i);
    const issues = once.map((e) => {
      const what = parseErrorText(e.error);
      return {
        start: e.offset,
        end: e.offset + Math.max(1, e.length),
        path: '',
        message: { zh: `配置文件不是有效的 JSON：${what.zh}`, en: `The config file is not valid JSON: ${what.en}` },
      };
    });
    return { file, config: parseConfigObject({}).config, issues, fatal: true, text };
  }
  const { config, issues } = parseConfigObject(raw ?? {});
  const located = issues.map((i) => {
    const segs = i.path === '' ? [] : splitPath(i.path);
    let node = tree ? findNodeAtLocation(tree, segs) : undefined;
    // Point at the property key when the value is what is wrong only for unknown keys.
    if (node?.parent?.type === 'property' && node.parent.children?.[0]) node = node.parent.children[0];
    const start = node?.offset ?? 0;
    return { ...i, start, end: start + Math.max(1, node?.length ?? 1) };
  });
  return { file, config, issues: located, fatal: raw === undefined || raw === null || typeof raw !== 'object' || Array.isArray(raw), text };
}

function splitPath(path: string): string[] {
  // Paths are built as `rules.<id>.options.<key>`; ids contain no dots.
  return path.split('.');
}

interface CacheEntry {
  readonly mtimeMs: number;
  readonly size: number;
  readonly loaded: LoadedConfig;
}
const cache = new Map<string, CacheEntry>();

function unusable(abs: string, message: Text2): LoadedConfig {
  return { file: abs, config: parseConfigObject({}).config, issues: [{ start: 0, end: 1, path: '', message }], fatal: true };
}

/**
 * Reads and validates a config file, cached by path, mtime and size. Never throws, never blocks:
 * only a regular file (a symlink to one is fine) of at most MAX_CONFIG_BYTES is read.
 */
export function loadConfigFile(file: string): LoadedConfig {
  const abs = resolve(file);
  try {
    const st = statSync(abs);
    const hit = cache.get(abs);
    if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size && st.isFile()) return hit.loaded;
  } catch {
    /* readRegularFile reports it */
  }
  const r = readRegularFile(abs, MAX_CONFIG_BYTES);
  if (r.kind === 'too-large') {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    return unusable(abs, {
      zh: `配置文件大于 ${MAX_CONFIG_BYTES / 1024 / 1024} MB（${mb(r.size)} MB），未读取，已改用默认设置`,
      en: `The config file is larger than ${MAX_CONFIG_BYTES / 1024 / 1024} MB (${mb(r.size)} MB); not read, defaults apply`,
    });
  }
  if (r.kind === 'error')
    return unusable(abs, { zh: `无法读取配置文件：${r.message.zh}`, en: `Cannot read the config file: ${r.message.en}` });
  const loaded = parseConfigText(r.bytes.toString('utf8'), abs);
  cache.set(abs, { mtimeMs: r.stamp.mtimeMs, size: r.stamp.size, loaded });
  return loaded;
}

/** The nearest .gongwenrc.json from `dir` upward, or undefined. */
export function findConfigFile(dir: string): string | undefined {
  let d = resolve(dir);
  for (;;) {
    const candidate = join(d, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    const up = dirname(d);
    if (up === d) return undefined;
    d = up;
  }
}

export function clearConfigCache(): void {
  cache.clear();
}
