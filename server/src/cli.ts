/**
 * gongwen-lint — the command-line checker over the same core as the language server.
 * See docs/cli.md for usage, exit codes and the JSON / SARIF contracts.
 *
 * The bundle (server/dist/cli.js) runs main() when executed directly and, when required,
 * exposes the bundled core (used by bench/bench.mjs to measure the code that ships).
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  EMPTY_CONFIG,
  SEVERITIES,
  allRules,
  check,
  fixAll,
  nearRuleIds,
  ruleById,
  type Config,
  type DocumentLanguage,
  type Locale,
  type Problem,
  type RuleSeverity,
  type RulesConfig,
  type Severity,
  type Text2,
} from './core/index';
import { LineIndex } from './core/lines';
import { findConfigFile, loadConfigFile } from './node/configFile';
import { decodeBytes, expandInputs, languageForPath, MAX_FILE_BYTES, readTextFile, type ReadResult } from './node/files';

// For bench/bench.mjs: the core and the file reading exactly as bundled here.
export { allRules, buildModel, check, fixAll, nearRuleIds, ruleById } from './core/index';
export { languageForPath, readTextFile, walkDir } from './node/files';

// ---------------------------------------------------------------------------------------------
// I/O abstraction (process streams by default)

export interface Output {
  write(s: string | Uint8Array): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}
export interface Io {
  readonly stdout: Output;
  readonly stderr: Output;
  readonly stdin: AsyncIterable<Buffer | string>;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

type Format = 'text' | 'json' | 'sarif';
const FORMATS: readonly Format[] = ['text', 'json', 'sarif'];
const LANGUAGES: readonly DocumentLanguage[] = ['plaintext', 'markdown', 'gongwen'];

interface Options {
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
}

class UsageError extends Error {
  constructor(readonly text: Text2) {
    super(text.en);
  }
}

const T = (zh: string, en: string): Text2 => ({ zh, en });

// ---------------------------------------------------------------------------------------------
// Positions: 0-based line / UTF-16 character, line breaks \r\n, \n and \r (as in LSP and VS Code)


// ---------------------------------------------------------------------------------------------
// Argument parsing

function resolveRuleId(id: string): string | undefined {
  if (ruleById.has(id)) return id;
  const upper = id.toUpperCase();
  for (const r of allRules) if ((r.meta.aliases ?? []).some((a) => a.toUpperCase() === upper)) return r.meta.id;
  return undefined;
}

function parseRuleArg(arg: string, into: Map<string, RuleSeverity>): void {
  for (const part of arg.split(',').map((s) => s.trim()).filter(Boolean)) {
    const m = /^([^=:\s]+)\s*[=:]\s*(\S+)$/.exec(part);
    if (!m) {
      throw new UsageError(T(`--rule 的值应为“规则=级别”，例如 --rule no-half-width-punctuation=off，而不是“${part}”`, `--rule expects "rule=severity", e.g. --rule no-half-width-punctuation=off, not "${part}"`));
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
      throw new UsageError(T(`规则“${id}”的级别“${m[2]}”无效，应为 ${SEVERITIES.join('、')} 之一`, `Invalid severity "${m[2]}" for rule "${id}"; use one of ${SEVERITIES.join(', ')}`));
    }
    into.set(id, sev as RuleSeverity);
  }
}

function localeFrom(argv: readonly string[], env: Io['env']): Locale {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    const v = a === '--locale' ? argv[i + 1] : a.startsWith('--locale=') ? a.slice(9) : undefined;
    if (v === 'zh' || v === 'en') return v;
  }
  const e = env.GONGWEN_LINT_LOCALE;
  return e === 'en' ? 'en' : 'zh';
}

const VALUE_OPTIONS = new Set(['--format', '--rule', '--config', '--max-warnings', '--language', '--locale', '--stdin-filename']);
const SHORT: Readonly<Record<string, string>> = { '-f': '--format', '-c': '--config', '-q': '--quiet', '-h': '--help', '-v': '--version', '-V': '--version' };

function parseArgs(argv: readonly string[], env: Io['env']): Options {
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
    switch (a) {
      case '--fix': o.fix = true; break;
      case '--quiet': o.quiet = true; break;
      case '--help': o.help = true; break;
      case '--version': o.version = true; break;
      case '--list-rules': o.listRules = true; break;
      case '--format':
        if (!(FORMATS as readonly string[]).includes(value!)) throw new UsageError(T(`未知的输出格式“${value}”，应为 text、json 或 sarif`, `Unknown format "${value}"; use text, json or sarif`));
        o.format = value as Format;
        break;
      case '--rule': parseRuleArg(value!, o.rules); break;
      case '--config': o.config = value; break;
      case '--max-warnings': {
        const n = Number(value);
        if (!/^-?\d+$/.test(value!.trim()) || n < -1) throw new UsageError(T(`--max-warnings 需要一个非负整数（-1 表示不限），而不是“${value}”`, `--max-warnings needs a non-negative integer (-1: no limit), not "${value}"`));
        o.maxWarnings = n;
        break;
      }
      case '--language':
        if (!(LANGUAGES as readonly string[]).includes(value!)) throw new UsageError(T(`未知的语言“${value}”，应为 plaintext、markdown 或 gongwen`, `Unknown language "${value}"; use plaintext, markdown or gongwen`));
        o.language = value as DocumentLanguage;
        break;
      case '--locale':
        if (value !== 'zh' && value !== 'en') throw new UsageError(T(`未知的界面语言“${value}”，应为 zh 或 en`, `Unknown locale "${value}"; use zh or en`));
        o.locale = value;
        break;
      case '--stdin-filename': o.stdinFilename = value; break;
      default:
        throw new UsageError(T(`未知选项“${argv[i]}”。运行 gongwen-lint --help 查看用法。`, `Unknown option "${argv[i]}". Run gongwen-lint --help for usage.`));
    }
  }
  return o;
}

// ---------------------------------------------------------------------------------------------
// Help, version, rule list

const HELP_ZH = `gongwen-lint — 公文校对命令行工具（依据 GB/T 9704、GB/T 15834、GB/T 15835 等）

用法：
  gongwen-lint [选项] <文件|目录|glob|->...

  目录：递归检查其中的 .txt、.md、.gongwen 文件（跳过 node_modules 和以“.”开头的目录）。
  glob：支持 *、**、?，请加引号以免被 shell 展开，例如 "docs/**/*.txt"。
  -   ：从标准输入读取。

选项：
  --fix                     就地写入安全修复；与“-”同用时，修复后的文本输出到标准输出、报告输出到标准错误
  -f, --format <格式>        输出格式：text（默认）、json、sarif
  --rule <规则=级别>          覆盖规则级别：off、hint、info、warning、error；可重复，也可用逗号分隔
  -c, --config <路径>        指定配置文件；默认从每个文件所在目录向上查找最近的 .gongwenrc.json
  --max-warnings <n>        警告多于 n 个时以 1 退出（默认不限）
  -q, --quiet               只报告错误（警告仍计入 --max-warnings）
  --language <语言>          plaintext、markdown、gongwen；默认按扩展名（.md → markdown，.gongwen → gongwen，其余 plaintext）
  --locale <zh|en>          消息语言，默认 zh（不看 LANG；可用环境变量 GONGWEN_LINT_LOCALE=en）
  --stdin-filename <路径>    标准输入对应的文件名（用于显示、判断语言、查找配置）
  --list-rules              列出全部规则
  -h, --help                显示本帮助
  -v, --version             显示版本

退出码：0 没有错误（且警告不超过 --max-warnings）；1 有错误或警告过多；2 用法错误、读写错误或内部错误。
位置：行号、列号从 1 开始；列按 UTF-16 码元计数（与 VS Code 相同，𠮷 等扩展区汉字占 2 列）。
设置 NO_COLOR 环境变量可关闭颜色。文档：docs/cli.md`;

const HELP_EN = `gongwen-lint — proofreading for Chinese official documents (GB/T 9704, GB/T 15834, GB/T 15835 …)

Usage:
  gongwen-lint [options] <file|directory|glob|->...

  directory: checks .txt, .md and .gongwen files recursively (skips node_modules and dot-folders).
  glob: *, ** and ? are supported; quote it so the shell leaves it alone, e.g. "docs/**/*.txt".
  -   : read standard input.

Options:
  --fix                     write safe fixes in place; with "-", the fixed text goes to stdout and the report to stderr
  -f, --format <format>     output format: text (default), json, sarif
  --rule <rule=severity>    override a rule's severity: off, hint, info, warning, error; repeatable or comma-separated
  -c, --config <path>       config file to use; default: the nearest .gongwenrc.json from each file's folder upward
  --max-warnings <n>        exit 1 when there are more than n warnings (default: no limit)
  -q, --quiet               report errors only (warnings still count for --max-warnings)
  --language <language>     plaintext, markdown, gongwen; default by extension (.md → markdown, .gongwen → gongwen, else plaintext)
  --locale <zh|en>          message language, default zh (LANG is ignored; or set GONGWEN_LINT_LOCALE=en)
  --stdin-filename <path>   file name for standard input (display, language, config lookup)
  --list-rules              list all rules
  -h, --help                show this help
  -v, --version             show the version

Exit codes: 0 no errors (and warnings within --max-warnings); 1 errors or too many warnings; 2 usage, I/O or internal error.
Positions: 1-based line and column; columns count UTF-16 code units (as VS Code does: 𠮷 takes 2 columns).
Set NO_COLOR to disable colours. Documentation: docs/cli.md`;

function readVersion(): string {
  const candidates = [join(__dirname, '..', '..', 'package.json'), join(__dirname, '..', '..', '..', 'package.json')];
  for (const c of candidates) {
    try {
      const pkg = JSON.parse(readFileSync(c, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'gongwen-lint' && pkg.version) return pkg.version;
    } catch {
      /* next */
    }
  }
  return 'unknown';
}

// ---------------------------------------------------------------------------------------------
// Colours and progress

interface Paint {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  green(s: string): string;
}
const sgr = (open: number, close: number) => (s: string) => `\x1b[${open}m${s}\x1b[${close}m`;
const COLOR: Paint = { red: sgr(31, 39), yellow: sgr(33, 39), blue: sgr(34, 39), dim: sgr(2, 22), bold: sgr(1, 22), green: sgr(32, 39) };
const id = (s: string) => s;
const PLAIN: Paint = { red: id, yellow: id, blue: id, dim: id, bold: id, green: id };

function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += (ch.codePointAt(0) ?? 0) >= 0x1100 ? 2 : 1;
  return w;
}

class Progress {
  private last = 0;
  private shown = false;
  constructor(private readonly out: Output, private readonly total: number, private readonly enabled: boolean, private readonly locale: Locale) {}
  tick(done: number, name: string): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 80 && done < this.total) return;
    this.last = now;
    const width = 24;
    const filled = Math.round((done / this.total) * width);
    const head = `${this.locale === 'zh' ? '检查中' : 'Checking'} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${this.total} `;
    const room = Math.max(0, (this.out.columns ?? 80) - displayWidth(head) - 1);
    let tail = name;
    while (displayWidth(tail) > room && tail.length > 0) tail = tail.slice(1);
    this.out.write(`\r\x1b[K${head}${tail}`);
    this.shown = true;
  }
  clear(): void {
    if (this.shown) this.out.write('\r\x1b[K');
    this.shown = false;
  }
}

// ---------------------------------------------------------------------------------------------
// The run

interface FileResult {
  readonly path: string;
  readonly abs?: string;
  readonly problems: readonly Problem[];
  readonly index: LineIndex;
}

function withOverrides(config: Config, overrides: ReadonlyMap<string, RuleSeverity>): Config {
  if (overrides.size === 0) return config;
  const rules: Record<string, RulesConfig[string]> = { ...config.rules };
  for (const [ruleId, sev] of overrides) {
    const cur = rules[ruleId];
    rules[ruleId] = cur !== undefined && typeof cur === 'object' ? { ...cur, severity: sev } : sev;
  }
  return { rules, shared: config.shared };
}

function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
}

function sarifLevel(s: Severity | 'off'): 'error' | 'warning' | 'note' | 'none' {
  return s === 'error' ? 'error' : s === 'warning' ? 'warning' : s === 'off' ? 'none' : 'note';
}

async function readAll(stream: AsyncIterable<Buffer | string>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : c);
  return Buffer.concat(chunks);
}

/** Runs the CLI; resolves to the exit code. Never throws for bad input. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const locale0 = localeFrom(argv, io.env);
  let opts: Options;
  try {
    opts = parseArgs(argv, io.env);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`gongwen-lint: ${locale0 === 'zh' ? '错误：' : 'error: '}${e.text[locale0]}\n`);
      return 2;
    }
    throw e;
  }
  const L = opts.locale;
  const say = (zh: string, en: string) => (L === 'zh' ? zh : en);
  // Messages on stderr first clear the progress bar (drawn on stderr when it is a terminal).
  let progress: Progress | undefined;
  const warn = (zh: string, en: string): void => {
    progress?.clear();
    io.stderr.write(`gongwen-lint: ${say('警告：', 'warning: ')}${say(zh, en)}\n`);
  };
  const fail = (zh: string, en: string): void => {
    progress?.clear();
    io.stderr.write(`gongwen-lint: ${say('错误：', 'error: ')}${say(zh, en)}\n`);
  };

  if (opts.help) {
    io.stdout.write(`${HELP_ZH}\n\n${'-'.repeat(72)}\n\n${HELP_EN}\n`);
    return 0;
  }
  if (opts.version) {
    io.stdout.write(`${readVersion()}\n`);
    return 0;
  }
  if (opts.listRules) {
    for (const r of allRules) {
      io.stdout.write(`${r.meta.id.padEnd(34)} ${r.meta.category.padEnd(12)} ${r.meta.defaultSeverity.padEnd(8)} ${(r.meta.fixable ?? '-').padEnd(10)} ${r.meta.description[L]}\n`);
    }
    return 0;
  }
  if (opts.inputs.length === 0) {
    fail('请指定要检查的文件、目录、glob，或用“-”从标准输入读取。运行 gongwen-lint --help 查看用法。', 'Name files, directories or globs to check, or "-" for standard input. Run gongwen-lint --help for usage.');
    return 2;
  }
  const cwd = io.cwd;
  const expanded = expandInputs(opts.inputs, cwd);
  if (expanded.missing.length > 0) {
    for (const m of expanded.missing) fail(`找不到文件或目录：${m}`, `No such file or directory: ${m}`);
    return 2;
  }
  if (expanded.stdin && opts.fix && expanded.files.length > 0) {
    fail('--fix 时“-”（标准输入）不能与文件一起使用', '--fix cannot combine "-" (standard input) with files');
    return 2;
  }

  let ioError = false;
  for (const w of expanded.issues) {
    fail(`无法读取目录 ${displayPath(w.path, cwd)}：${w.message}`, `Cannot read the folder ${displayPath(w.path, cwd)}: ${w.message}`);
    ioError = true;
  }
  for (const inp of expanded.inputs) {
    if ((inp.kind === 'directory' || inp.kind === 'glob') && inp.files.length === 0) {
      io.stderr.write(
        `gongwen-lint: ${say(
          inp.kind === 'directory' ? `目录 ${inp.input} 中没有 .txt、.md、.gongwen 文件` : `没有与 ${inp.input} 匹配的文件`,
          inp.kind === 'directory' ? `no .txt, .md or .gongwen files in ${inp.input}` : `no files match ${inp.input}`,
        )}\n`,
      );
    }
  }

  // Configuration: explicit file, or the nearest .gongwenrc.json per folder (cached), then --rule overrides.
  const warnedConfigs = new Set<string>();
  const loadWithWarnings = (file: string): Config => {
    const loaded = loadConfigFile(file);
    if (loaded.issues.length > 0 && !warnedConfigs.has(loaded.file)) {
      warnedConfigs.add(loaded.file);
      let index: LineIndex | undefined;
      try {
        index = new LineIndex(readFileSync(loaded.file, 'utf8'));
      } catch {
        index = undefined;
      }
      const shown = displayPath(loaded.file, cwd);
      warn(
        loaded.fatal
          ? `配置文件 ${shown} 无效，已改用默认设置：`
          : `配置文件 ${shown} 有 ${loaded.issues.length} 处问题，这些设置已忽略、按默认处理（其余设置照常生效）：`,
        loaded.fatal
          ? `the config file ${shown} is invalid; using the default settings:`
          : `the config file ${shown} has ${loaded.issues.length} problem(s); those settings are ignored and default (the rest apply):`,
      );
      for (const issue of loaded.issues) {
        const pos = index && !(loaded.fatal && issue.path === '' && issue.start === 0 && issue.end === 1) ? index.position(issue.start) : undefined;
        const where = pos ? `${shown}:${pos.line + 1}:${pos.character + 1}` : shown;
        io.stderr.write(`  ${where}  ${issue.path ? `${issue.path}  ` : ''}${issue.message[L]}\n`);
      }
    }
    return loaded.config;
  };
  let explicitConfig: Config | undefined;
  if (opts.config !== undefined) {
    const abs = resolve(cwd, opts.config);
    let isFile = false;
    try {
      isFile = statSync(abs).isFile();
    } catch {
      isFile = false;
    }
    if (!isFile) {
      fail(existsSync(abs) ? `--config 指向的不是文件：${opts.config}` : `找不到配置文件：${opts.config}`, existsSync(abs) ? `--config is not a file: ${opts.config}` : `Config file not found: ${opts.config}`);
      return 2;
    }
    explicitConfig = withOverrides(loadWithWarnings(abs), opts.rules);
  }
  const byDir = new Map<string, Config>();
  const configFor = (dir: string): Config => {
    if (explicitConfig) return explicitConfig;
    let c = byDir.get(dir);
    if (!c) {
      const file = findConfigFile(dir);
      c = withOverrides(file ? loadWithWarnings(file) : EMPTY_CONFIG, opts.rules);
      byDir.set(dir, c);
    }
    return c;
  };

  let internalError = false;
  const ruleErrorsSeen = new Set<string>();
  const onRuleError = (ruleId: string, error: unknown): void => {
    internalError = true;
    const msg = error instanceof Error ? error.message : String(error);
    const key = `${ruleId}\u0000${msg}`;
    if (ruleErrorsSeen.has(key)) return;
    ruleErrorsSeen.add(key);
    fail(`规则 ${ruleId} 内部出错（已跳过该规则）：${msg}`, `rule ${ruleId} failed (skipped): ${msg}`);
  };

  const paint = io.stdout.isTTY && !io.env.NO_COLOR ? COLOR : PLAIN;
  const results: FileResult[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let hints = 0;
  let fixable = 0;
  let fixedProblems = 0;
  let fixedFiles = 0;
  let checkedFiles = 0;

  const stdinFix = expanded.stdin && opts.fix;
  // With `- --fix`, stdout carries the fixed text: the report goes to stderr.
  const report: Output = stdinFix ? io.stderr : io.stdout;
  progress = new Progress(io.stderr, expanded.files.length, expanded.files.length > 20 && !!io.stderr.isTTY, L);
  const emit = (s: string): void => {
    if (report.isTTY) progress?.clear();
    report.write(s);
  };

  const sevLabel = (s: Severity): string => (s === 'error' ? paint.red(s) : s === 'warning' ? paint.yellow(s) : paint.blue(s));
  const processText = (path: string, abs: string | undefined, read: Extract<ReadResult, { kind: 'text' }>, language: DocumentLanguage, config: Config): string => {
    let text = read.text;
    const base = { config, language, locale: L, onRuleError };
    if (opts.fix) {
      if (read.invalidUtf8) {
        warn(`${path} 不是有效的 UTF-8，不会自动修复`, `${path} is not valid UTF-8; not fixing it`);
      } else {
        const r = fixAll(text, base);
        if (r.output !== text) {
          fixedProblems += r.fixed;
          fixedFiles++;
          text = r.output;
          if (abs) {
            try {
              writeFileSync(abs, (read.bom ? '\ufeff' : '') + text, 'utf8');
            } catch (e) {
              const err = e as NodeJS.ErrnoException;
              fail(`无法写入 ${path}：${err.code ?? err.message}`, `Cannot write ${path}: ${err.code ?? err.message}`);
              ioError = true;
            }
          }
        }
      }
    }
    const all = check(text, base);
    for (const p of all) if (p.severity === 'warning') warnings++;
    const shown = opts.quiet ? all.filter((p) => p.severity === 'error') : all;
    for (const p of shown) {
      if (p.severity === 'error') errors++;
      else if (p.severity === 'info') infos++;
      else if (p.severity === 'hint') hints++;
      if (p.fix?.kind === 'safe') fixable++;
    }
    const index = new LineIndex(text);
    checkedFiles++;
    if (opts.format === 'text') {
      let out = '';
      for (const p of shown) {
        const pos = index.position(p.start);
        out += `${paint.bold(`${path}:${pos.line + 1}:${pos.character + 1}`)}  ${sevLabel(p.severity)}  ${p.message.replace(/\s*[\r\n]+\s*/g, ' ')}  ${paint.dim(p.ruleId)}\n`;
      }
      if (out) emit(out);
    } else results.push({ path, abs, problems: shown, index });
    return text;
  };

  const describeSkip = (path: string, r: Exclude<ReadResult, { kind: 'text' }>): void => {
    if (r.kind === 'error') {
      fail(`无法读取 ${path}：${r.message}`, `Cannot read ${path}: ${r.message}`);
      ioError = true;
    } else if (r.reason === 'binary') warn(`${path} 含 NUL 字节，像是二进制文件，已跳过`, `${path} contains NUL bytes (binary?); skipped`);
    else if (r.reason === 'utf16') warn(`${path} 是 UTF-16 编码，暂不支持，已跳过（请另存为 UTF-8）`, `${path} is UTF-16 encoded, which is not supported; skipped (save it as UTF-8)`);
    else warn(`${path} 大于 ${MAX_FILE_BYTES / 1024 / 1024} MB（${(r.bytes / 1024 / 1024).toFixed(1)} MB），已跳过`, `${path} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB (${(r.bytes / 1024 / 1024).toFixed(1)} MB); skipped`);
  };
  const noteInvalid = (path: string, r: Extract<ReadResult, { kind: 'text' }>): void => {
    if (!r.invalidUtf8) return;
    const at = r.invalidAt !== undefined ? say(`（第 ${r.invalidAt} 字节起）`, ` (from byte ${r.invalidAt})`) : '';
    warn(
      `${path} 不是有效的 UTF-8${at}，可能是 GBK/GB18030 编码；无法解码的字节按 U+FFFD 处理后继续检查`,
      `${path} is not valid UTF-8${at}, perhaps GBK/GB18030; undecodable bytes are read as U+FFFD`,
    );
  };

  // Standard input first (it is read once), then the files.
  if (expanded.stdin) {
    const name = opts.stdinFilename ?? '<stdin>';
    const abs = opts.stdinFilename ? resolve(cwd, opts.stdinFilename) : undefined;
    let buf: Buffer;
    try {
      buf = await readAll(io.stdin);
    } catch (e) {
      fail(`无法读取标准输入：${e instanceof Error ? e.message : String(e)}`, `Cannot read standard input: ${e instanceof Error ? e.message : String(e)}`);
      return 2;
    }
    const r = decodeBytes(buf);
    if (r.kind !== 'text') {
      describeSkip(name, r);
      if (stdinFix) io.stdout.write(buf);
    } else {
      noteInvalid(name, r);
      try {
        const language = opts.language ?? (opts.stdinFilename ? languageForPath(opts.stdinFilename) : 'plaintext');
        const out = processText(name, undefined, r, language, configFor(abs ? dirname(abs) : cwd));
        if (stdinFix) io.stdout.write(r.invalidUtf8 ? buf : (r.bom ? '\ufeff' : '') + out);
      } catch (e) {
        internalError = true;
        fail(`检查 ${name} 时内部出错：${e instanceof Error ? e.stack ?? e.message : String(e)}`, `Internal error while checking ${name}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
        if (stdinFix) io.stdout.write(buf);
      }
    }
  }

  expanded.files.forEach((abs, i) => {
    const path = displayPath(abs, cwd);
    progress.tick(i, path);
    const r = readTextFile(abs);
    if (r.kind !== 'text') {
      describeSkip(path, r);
      return;
    }
    noteInvalid(path, r);
    try {
      processText(path, abs, r, opts.language ?? languageForPath(abs), configFor(dirname(abs)));
    } catch (e) {
      internalError = true;
      fail(`检查 ${path} 时内部出错：${e instanceof Error ? e.stack ?? e.message : String(e)}`, `Internal error while checking ${path}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    }
  });
  progress.tick(expanded.files.length, '');
  progress.clear();

  // Output.
  if (opts.format !== 'text' && opts.fix && fixedProblems > 0) {
    io.stderr.write(`gongwen-lint: ${say(`已自动修复 ${fixedProblems} 个问题（${fixedFiles} 个文件）`, `fixed ${fixedProblems} problem(s) in ${fixedFiles} file(s)`)}\n`);
  }
  if (opts.format === 'json') {
    const json = {
      version: 1,
      files: results.map((f) => ({
        path: f.path,
        diagnostics: f.problems.map((p) => ({
          rule: p.ruleId,
          category: p.category,
          severity: p.severity,
          message: p.message,
          range: { start: f.index.position(p.start), end: f.index.position(p.end) },
          fix: p.fix?.kind === 'safe',
        })),
      })),
    };
    report.write(`${JSON.stringify(json)}\n`);
  } else if (opts.format === 'sarif') {
    report.write(`${JSON.stringify(toSarif(results, cwd, L), null, 2)}\n`);
  } else {
    const total = errors + (opts.quiet ? 0 : warnings) + infos + hints;
    if (opts.fix && fixedProblems > 0) {
      emit(say(`已自动修复 ${fixedProblems} 个问题（${fixedFiles} 个文件）\n`, `Fixed ${fixedProblems} problem(s) in ${fixedFiles} file(s)\n`));
    }
    if (total === 0) {
      emit(paint.green(say(`✔ 未发现问题（已检查 ${checkedFiles} 个文件）`, `✔ No problems (${checkedFiles} file${checkedFiles === 1 ? '' : 's'} checked)`)) + '\n');
    } else {
      const parts: string[] = [];
      const w = opts.quiet ? 0 : warnings;
      if (L === 'zh') {
        parts.push(`${errors} 个错误`, `${w} 个警告`);
        if (infos) parts.push(`${infos} 个信息`);
        if (hints) parts.push(`${hints} 个提示`);
        const fx = fixable ? `，其中 ${fixable} 个可自动修复（--fix）` : '';
        const line = `✖ ${total} 个问题（${parts.join('，')}）${fx}`;
        emit((errors ? paint.red(line) : paint.yellow(line)) + '\n');
      } else {
        const pl = (n: number, s: string) => `${n} ${s}${n === 1 ? '' : 's'}`;
        parts.push(pl(errors, 'error'), pl(w, 'warning'));
        if (infos) parts.push(pl(infos, 'info'));
        if (hints) parts.push(pl(hints, 'hint'));
        const fx = fixable ? `, ${fixable} fixable with --fix` : '';
        const line = `✖ ${pl(total, 'problem')} (${parts.join(', ')})${fx}`;
        emit((errors ? paint.red(line) : paint.yellow(line)) + '\n');
      }
    }
  }
  if (expanded.files.length === 0 && !expanded.stdin) {
    io.stderr.write(`gongwen-lint: ${say('没有找到要检查的文件', 'no files to check')}\n`);
  }

  const tooManyWarnings = opts.maxWarnings >= 0 && warnings > opts.maxWarnings;
  if (tooManyWarnings) {
    io.stderr.write(`gongwen-lint: ${say(`警告 ${warnings} 个，超过 --max-warnings ${opts.maxWarnings}`, `${warnings} warnings exceed --max-warnings ${opts.maxWarnings}`)}\n`);
  }
  if (ioError || internalError) return 2;
  return errors > 0 || tooManyWarnings ? 1 : 0;
}

function toSarif(results: readonly FileResult[], cwd: string, locale: Locale): object {
  const ruleIndex = new Map(allRules.map((r, i) => [r.meta.id, i]));
  const uriFor = (f: FileResult): { uri: string; uriBaseId?: string } => {
    if (!f.abs) return { uri: encodeURI(f.path.split(sep).join('/')) };
    const rel = relative(cwd, f.abs);
    if (rel && !rel.startsWith('..') && !isAbsolute(rel)) return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
    return { uri: pathToFileURL(f.abs).href };
  };
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'gongwen-lint',
            version: readVersion(),
            rules: allRules.map((r) => ({
              id: r.meta.id,
              shortDescription: { text: r.meta.description[locale] },
              fullDescription: { text: `${r.meta.description.zh} / ${r.meta.description.en}` },
              helpUri: `docs/rules/${r.meta.id}.md`,
              defaultConfiguration: { level: sarifLevel(r.meta.defaultSeverity), enabled: r.meta.defaultSeverity !== 'off' },
              properties: { category: r.meta.category, tags: [r.meta.category], ...(r.meta.aliases?.length ? { aliases: r.meta.aliases } : {}), ...(r.meta.fixable ? { fixable: r.meta.fixable } : {}) },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith(sep) ? cwd : cwd + sep).href } },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((f) =>
          f.problems.map((p) => {
            const s = f.index.position(p.start);
            const e = f.index.position(p.end);
            return {
              ruleId: p.ruleId,
              ...(ruleIndex.has(p.ruleId) ? { ruleIndex: ruleIndex.get(p.ruleId) } : {}),
              level: sarifLevel(p.severity),
              message: { text: p.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: uriFor(f),
                    region: { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 },
                  },
                },
              ],
              properties: { category: p.category, fixable: p.fix?.kind === 'safe' },
            };
          }),
        ),
      },
    ],
  };
}

if (require.main === module) {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`gongwen-lint: internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
