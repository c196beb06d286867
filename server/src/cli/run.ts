/**
 * gongwen-lint's run: parse → expand inputs → per document (read, config, fix, check) → report.
 * `main(argv, io)` is the whole program with injected I/O; it resolves to the exit code:
 * 0 clean, 1 lint errors (or too many warnings), 2 usage, I/O or internal error.
 */
import { expandInputs, type ExpandResult } from '../node/files';
import { localeFrom, parseArgs, UsageError } from './args';
import { CliConfigs } from './config';
import { runConvert } from './convert';
import { RunContext } from './context';
import { processFile, processStdin } from './document';
import { runNew } from './new';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { formatTextSummary } from './format/text';
import { readVersion, writeHelp, writeRuleList } from './help';
import { realFs } from '../node/safeFs';
import { chooseJobs, defaultJobs, processFilesInPool } from './pool';
import type { Io } from './io';

/** Reports the input problems (missing, unreadable, unreadable folders); the others are still checked. */
function reportInputs(ctx: RunContext, expanded: ExpandResult): void {
  for (const m of expanded.missing) ctx.ioFail(`找不到文件或目录：${m}`, `No such file or directory: ${m}`);
  for (const u of expanded.unreadable) ctx.ioFail(`无法访问 ${u.input}：${u.message.zh}`, `Cannot access ${u.input}: ${u.message.en}`);
  for (const w of expanded.issues) {
    const m = w.text2 ?? { zh: w.message, en: w.message };
    ctx.ioFail(`无法读取目录 ${ctx.displayPath(w.path)}：${m.zh}`, `Cannot read the folder ${ctx.displayPath(w.path)}: ${m.en}`);
  }
  for (const inp of expanded.inputs) {
    if ((inp.kind === 'directory' || inp.kind === 'glob') && inp.files.length === 0) {
      ctx.note(
        inp.kind === 'directory' ? `目录 ${inp.input} 中没有 .txt、.md、.gongwen、.docx 文件` : `没有与 ${inp.input} 匹配的文件`,
        inp.kind === 'directory' ? `no .txt, .md, .gongwen or .docx files in ${inp.input}` : `no files match ${inp.input}`,
      );
    }
  }
}

function ruleErrorHandler(ctx: RunContext): (ruleId: string, error: unknown) => void {
  const seen = new Set<string>();
  return (ruleId, error) => {
    ctx.internalError = true;
    const msg = error instanceof Error ? error.message : String(error);
    const key = `${ruleId}\u0000${msg}`;
    if (seen.has(key)) return;
    seen.add(key);
    ctx.fail(`规则 ${ruleId} 内部出错（已跳过该规则）：${msg}`, `rule ${ruleId} failed (skipped): ${msg}`);
  };
}

function writeReport(ctx: RunContext): void {
  const { opts, tally } = ctx;
  if (opts.format !== 'text' && opts.fix && tally.fixedProblems > 0) {
    ctx.note(
      `已自动修复 ${tally.fixedProblems} 个问题（${tally.fixedFiles} 个文件）`,
      `fixed ${tally.fixedProblems} problem(s) in ${tally.fixedFiles} file(s)`,
    );
  }
  if (opts.format === 'json') ctx.report.write(formatJson(ctx.results));
  else if (opts.format === 'sarif') ctx.report.write(formatSarif(ctx.results, ctx.cwd, opts.locale));
  else ctx.emit(formatTextSummary(tally, { fix: opts.fix, quiet: opts.quiet, locale: opts.locale, paint: ctx.paint }));
}

/** The files' total size, for the default --jobs; a file that cannot be stat'ed counts 0 (reading it reports why). */
function totalBytes(ctx: RunContext, files: readonly string[]): number {
  const fs = ctx.io.fs ?? realFs;
  let sum = 0;
  for (const f of files) {
    try {
      sum += fs.statSync(f).size;
    } catch {
      // counted as empty; processFile reports the error
    }
  }
  return sum;
}

/** Checks everything named on the command line; returns the exit code. */
async function run(ctx: RunContext): Promise<number> {
  const { opts } = ctx;
  if (opts.inputs.length === 0) {
    ctx.fail(
      '请指定要检查的文件、目录、glob，或用“-”从标准输入读取。运行 gongwen-lint --help 查看用法。',
      'Name files, directories or globs to check, or "-" for standard input. Run gongwen-lint --help for usage.',
    );
    return 2;
  }
  const expanded = expandInputs(opts.inputs, ctx.cwd);
  if (expanded.stdin && opts.fix && expanded.files.length > 0) {
    ctx.fail('--fix 时“-”（标准输入）不能与文件一起使用', '--fix cannot combine "-" (standard input) with files');
    return 2;
  }
  const configs = new CliConfigs(ctx);
  if (opts.config !== undefined && !configs.useExplicit(opts.config)) return 2;
  reportInputs(ctx, expanded);
  ctx.stdinFix = expanded.stdin && opts.fix;
  const onRuleError = ruleErrorHandler(ctx);
  if (expanded.stdin) await processStdin(ctx, configs, onRuleError);
  ctx.newProgress(expanded.files.length);
  const bytes = opts.jobs === undefined ? totalBytes(ctx, expanded.files) : 0;
  const jobs = chooseJobs(opts.jobs, defaultJobs(), expanded.files.length, bytes);
  if (jobs > 1) {
    await processFilesInPool(ctx, expanded.files, configs, onRuleError, jobs);
  } else {
    expanded.files.forEach((abs, i) => {
      ctx.progress?.tick(i, ctx.displayPath(abs));
      processFile(ctx, abs, configs, onRuleError);
    });
  }
  ctx.progress?.tick(expanded.files.length, '');
  ctx.progress?.clear();
  writeReport(ctx);
  if (expanded.files.length === 0 && !expanded.stdin && ctx.tally.failedFiles === 0) ctx.note('没有找到要检查的文件', 'no files to check');
  const { warnings, errors } = ctx.tally;
  const tooManyWarnings = opts.maxWarnings >= 0 && warnings > opts.maxWarnings;
  if (tooManyWarnings)
    ctx.note(
      `警告 ${warnings} 个，超过 --max-warnings ${opts.maxWarnings}`,
      `${warnings} warnings exceed --max-warnings ${opts.maxWarnings}`,
    );
  if (ctx.ioError || ctx.internalError) return 2;
  return errors > 0 || tooManyWarnings ? 1 : 0;
}

/** A failed stdout write turns any result into exit 2, with the reason on stderr. */
function finish(ctx: RunContext, code: number): number {
  const f = ctx.stdout.failure;
  if (!f) return code;
  ctx.fail(`无法写入标准输出：${f.message.zh}`, `Cannot write to standard output: ${f.message.en}`);
  return 2;
}

/** Runs the CLI; resolves to the exit code. Never throws. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  if (argv[0] === 'export' || argv[0] === 'import') return runConvert(argv[0], argv.slice(1), io);
  const locale0 = localeFrom(argv, io.env);
  if (argv[0] === 'new') return runNew(argv.slice(1), io, locale0);
  let ctx: RunContext;
  try {
    ctx = new RunContext(parseArgs(argv, io.env), io);
  } catch (e) {
    const text = e instanceof UsageError ? e.text[locale0] : String(e);
    try {
      io.stderr.write(`gongwen-lint: ${locale0 === 'zh' ? '错误：' : 'error: '}${text}\n`);
    } catch {
      /* stderr is gone too: the exit code still says it */
    }
    return 2;
  }
  const { opts } = ctx;
  try {
    if (opts.help) writeHelp(ctx.stdout);
    else if (opts.version) ctx.stdout.write(`${readVersion()}\n`);
    else if (opts.listRules) writeRuleList(ctx.stdout, opts.locale);
    else return finish(ctx, await run(ctx));
    return finish(ctx, 0);
  } catch (e) {
    const msg = e instanceof Error ? (e.stack ?? e.message) : String(e);
    ctx.fail(`内部错误：${msg}`, `internal error: ${msg}`);
    return 2;
  }
}
