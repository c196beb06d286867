import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { findNodeAtLocation, parse, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { parseConfigObject, type Config, type Text2 } from '../core/index';

export const CONFIG_FILE_NAME = '.gongwenrc.json';

/** A problem in a config file, with the offset range it concerns (for a diagnostic on that file). */
export interface ConfigFileIssue { readonly start: number; readonly end: number; readonly path: string; readonly message: Text2 }

export interface LoadedConfig {
  readonly file: string;
  readonly config: Config;
  readonly issues: readonly ConfigFileIssue[];
  /** True when the file could not be used at all (unreadable or not JSON): checking falls back to defaults. */
  readonly fatal: boolean;
}

/** Parses the text of a .gongwenrc.json (JSON with comments and trailing commas). */
export function parseConfigText(text: string, file = CONFIG_FILE_NAME): LoadedConfig {
  const errors: ParseError[] = [];
  const raw: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const issues = errors.map((e) => ({
      start: e.offset,
      end: e.offset + Math.max(1, e.length),
      path: '',
      message: { zh: `配置文件不是有效的 JSON：${printParseErrorCode(e.error)}`, en: `The config file is not valid JSON: ${printParseErrorCode(e.error)}` },
    }));
    return { file, config: parseConfigObject({}).config, issues, fatal: true };
  }
  const { config, issues } = parseConfigObject(raw ?? {});
  const tree = parseTree(text, [], { allowTrailingComma: true });
  const located = issues.map((i) => {
    const segs = i.path === '' ? [] : splitPath(i.path);
    let node = tree ? findNodeAtLocation(tree, segs) : undefined;
    // Point at the property key when the value is what is wrong only for unknown keys.
    if (node?.parent?.type === 'property' && node.parent.children?.[0]) node = node.parent.children[0];
    const start = node?.offset ?? 0;
    return { start, end: start + Math.max(1, node?.length ?? 1), path: i.path, message: i.message };
  });
  return { file, config, issues: located, fatal: raw === undefined || raw === null || typeof raw !== 'object' || Array.isArray(raw) };
}

function splitPath(path: string): string[] {
  // Paths are built as `rules.<id>.options.<key>`; ids contain no dots.
  return path.split('.');
}

interface CacheEntry { readonly mtimeMs: number; readonly size: number; readonly loaded: LoadedConfig }
const cache = new Map<string, CacheEntry>();

/** Reads and validates a config file, cached by path, mtime and size. Never throws. */
export function loadConfigFile(file: string): LoadedConfig {
  const abs = resolve(file);
  try {
    const st = statSync(abs);
    const hit = cache.get(abs);
    if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit.loaded;
    if (st.size > 1024 * 1024) throw new Error('larger than 1 MB');
    const loaded = parseConfigText(readFileSync(abs, 'utf8'), abs);
    cache.set(abs, { mtimeMs: st.mtimeMs, size: st.size, loaded });
    return loaded;
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return {
      file: abs,
      config: parseConfigObject({}).config,
      issues: [{ start: 0, end: 1, path: '', message: { zh: `无法读取配置文件：${msg}`, en: `Cannot read the config file: ${msg}` } }],
      fatal: true,
    };
  }
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
