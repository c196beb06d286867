/** Command-line parsing: argv → Options, or a UsageError (exit 2). */
import {
  SEVERITIES,
  allRules,
  nearRuleIds,
  ruleById,
  type DocumentLanguage,
  type Locale,
  type RuleSeverity,
  type Text2,
} from '../core/index';
import type { Io } from './io';

export type Format = 'text' | 'json' | 'sarif';
const FORMATS: readonly Format[] = ['text', 'json', 'sarif'];
const LANGUAGES: readonly DocumentLanguage[] = ['plaintext', 'markdown', 'gongwen'];

export interface Options {
  inputs: string[];
  fix: boolean;
  format: Format;
  rules: Map<string, RuleSeverity>;
  config?: string;
  /** -1: no limit. */
  maxWarnings: number;
  quiet: boolean;
  language?: DocumentLanguage;
  locale: Locale;
  stdinFilename?: string;
  help: boolean;
  version: boolean;
  listRules: boolean;
  /** --jobs: worker threads for many files; undefined = the number of cores (cli/pool.ts). */
  jobs?: number;
}

export class UsageError extends Error {
  constructor(readonly text: Text2) {
    super(text.en);
  }
}

export const T = (zh: string, en: string): Text2 => ({ zh, en });

function resolveRuleId(id: string): string | undefined {
  if (ruleById.has(id)) return id;
  const upper = id.toUpperCase();
  for (const r of allRules) if ((r.meta.aliases ?? []).some((a) => a.toUpperCase() === upper)) return r.meta.id;
  return undefined;
}

function parseRuleArg(arg: string, into: Map<string, RuleSeverity>): void {
  for (const part of arg
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = /^([^=:\s]+)\s*[=:]\s*(\S+)$/.exec(part);
    if (!m) {
      throw new UsageError(
        T(
          `--rule 的值应为“规则=级别”，例如 --rule no-half-width-punctuation=off，而不是“${part}”`,
          `--rule expects "rule=severity", e.g. --rule no-half-width-punctuation=off, not "${part}"`,
        ),
      );
    }
    const id = resolveRuleId(m[1]);
    if (!id) {
      const near = nearRuleIds(m[1]);
      throw new UsageError(
        T(
          `未知规则“${m[1]}”。${near.length ? `相近的规则：${near.join('、')}。` : ''}运行 gongwen-lint --list-rules 查看全部规则。`,
          `Unknown rule "${m[1]}".${near.length ? ` Similar rules: ${near.join(', ')}.` : ''} Run gongwen-lint --list-rules to see all rules.`,
        ),
      );
    }
    let sev = m[2].toLowerCase();
    if (sev === 'warn') sev = 'warning';
    if (!(SEVERITIES as readonly string[]).includes(sev)) {
      throw new UsageError(
        T(
          `规则“${id}”的级别“${m[2]}”无效，应为 ${SEVERITIES.join('、')} 之一`,
          `Invalid severity "${m[2]}" for rule "${id}"; use one of ${SEVERITIES.join(', ')}`,
        ),
      );
    }
    into.set(id, sev as RuleSeverity);
  }
}

/** A --locale value: zh, zh-cn (the VS Code setting's spelling), en (en-us…) or auto; undefined when unknown. */
export function parseLocale(v: string | undefined): Locale | 'auto' | undefined {
  const s = v?.toLowerCase();
  if (s === 'auto') return 'auto';
  if (s === 'zh' || s === 'zh-cn' || s === 'zh-hans') return 'zh';
  if (s === 'en' || (s !== undefined && /^en-[a-z]+$/.test(s))) return 'en';
  return undefined;
}

export function localeFrom(argv: readonly string[], env: Io['env']): Locale {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    const l = parseLocale(a === '--locale' ? argv[i + 1] : a.startsWith('--locale=') ? a.slice(9) : undefined);
    if (l === 'zh' || l === 'en') return l;
    if (l === 'auto') break;
  }
  const e = env.GONGWEN_LINT_LOCALE;
  return parseLocale(e) === 'en' ? 'en' : 'zh';
}

const VALUE_OPTIONS = new Set(['--format', '--rule', '--config', '--max-warnings', '--language', '--locale', '--stdin-filename', '--jobs']);
const SHORT: Readonly<Record<string, string>> = {
  '-f': '--format',
  '-c': '--config',
  '-q': '--quiet',
  '-h': '--help',
  '-v': '--version',
  '-V': '--version',
};

export function parseArgs(argv: readonly string[], env: Io['env']): Options {
  const o: Options = {
    inputs: [],
    fix: false,
    format: 'text',
    rules: new Map(),
    maxWarnings: -1,
    quiet: false,
    locale: localeFrom(argv, env),
    help: false,
    version: false,
    listRules: false,
  };
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    if (a === '--') {
      o.inputs.push(...argv.slice(i + 1));
      break;
    }
    if (a === '-' || !a.startsWith('-')) {
      o.inputs.push(a);
      continue;
    }
    if (SHORT[a]) a = SHORT[a];
    let value: string | undefined;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0) {
      value = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    if (VALUE_OPTIONS.has(a)) {
      if (value === undefined) {
        value = argv[++i];
        if (value === undefined) throw new UsageError(T(`选项 ${a} 需要一个值`, `Option ${a} needs a value`));
      }
    } else if (value !== undefined) {
      throw new UsageError(T(`选项 ${a} 不接受值`, `Option ${a} takes no value`));
    }
    applyOption(o, a, value, argv[i], env);
  }
  return o;
}

/** Applies one option (`a` normalised, `value` already taken) to `o`; `raw` is the argument as typed. */
function applyOption(o: Options, a: string, value: string | undefined, raw: string, env: Io['env']): void {
  switch (a) {
    case '--fix':
      o.fix = true;
      break;
    case '--quiet':
      o.quiet = true;
      break;
    case '--help':
      o.help = true;
      break;
    case '--version':
      o.version = true;
      break;
    case '--list-rules':
      o.listRules = true;
      break;
    case '--format':
      if (!(FORMATS as readonly string[]).includes(value!))
        throw new UsageError(T(`未知的输出格式“${value}”，应为 text、json 或 sarif`, `Unknown format "${value}"; use text, json or sarif`));
      o.format = value as Format;
      break;
    case '--rule':
      parseRuleArg(value!, o.rules);
      break;
    case '--config':
      o.config = value;
      break;
    case '--max-warnings': {
      const n = Number(value);
      if (!/^-?\d+$/.test(value!.trim()) || n < -1)
        throw new UsageError(
          T(
            `--max-warnings 需要一个非负整数（-1 表示不限），而不是“${value}”`,
            `--max-warnings needs a non-negative integer (-1: no limit), not "${value}"`,
          ),
        );
      o.maxWarnings = n;
      break;
    }
    case '--language':
      if (!(LANGUAGES as readonly string[]).includes(value!))
        throw new UsageError(
          T(`未知的语言“${value}”，应为 plaintext、markdown 或 gongwen`, `Unknown language "${value}"; use plaintext, markdown or gongwen`),
        );
      o.language = value as DocumentLanguage;
      break;
    case '--locale':
      if (parseLocale(value) === undefined)
        throw new UsageError(
          T(`未知的界面语言“${value}”，应为 auto、zh-cn（zh）或 en`, `Unknown locale "${value}"; use auto, zh-cn (zh) or en`),
        );
      o.locale = localeFrom(['--locale', value!], env);
      break;
    case '--stdin-filename':
      o.stdinFilename = value;
      break;
    case '--jobs':
      if (!/^\d+$/.test(value!.trim()) || Number(value) < 1)
        throw new UsageError(T(`--jobs 需要一个正整数，而不是“${value}”`, `--jobs needs a positive integer, not "${value}"`));
      o.jobs = Math.min(64, Number(value));
      break;
    default:
      throw new UsageError(
        T(`未知选项“${raw}”。运行 gongwen-lint --help 查看用法。`, `Unknown option "${raw}". Run gongwen-lint --help for usage.`),
      );
  }
}
