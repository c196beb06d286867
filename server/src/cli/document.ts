/** One document through the shared path: read (guards) → config → fix (atomic write) → check → report. */
import { dirname, resolve } from 'node:path';
import { fixAll, type check, type Config, type DocumentLanguage } from '../core/index';
import { MAX_CHECK_CHARS } from '../core/limits';
import { decodeBytes, languageForPath, MAX_FILE_BYTES, type ReadResult } from '../node/files';
import { writeFileAtomic } from '../node/safeFs';
import { checkDocument, readDocument, type CheckOutcome, type DocumentRead } from '../node/workspace';
import type { CliConfigs } from './config';
import type { RunContext } from './context';
import { isDocxPath, processDocxFile } from './docx';
import { reportOutcome } from './report';
import { readAll } from './io';

type TextRead = Extract<ReadResult, { kind: 'text' }>;
/** Check options including onRuleError (the engine's options). */
type CheckOptions = NonNullable<Parameters<typeof check>[1]>;

function describeSkip(ctx: RunContext, path: string, r: Exclude<DocumentRead, { kind: 'text' }>): void {
  if (r.kind === 'error') {
    const m = r.text2 ?? { zh: r.message, en: r.message };
    ctx.ioFail(`无法读取 ${path}：${m.zh}`, `Cannot read ${path}: ${m.en}`);
  } else if (r.reason === 'binary')
    ctx.warn(`${path} 含 NUL 字节，像是二进制文件，已跳过`, `${path} contains NUL bytes (binary?); skipped`);
  else if (r.reason === 'utf16')
    ctx.warn(
      `${path} 是 UTF-16 编码，暂不支持，已跳过（请另存为 UTF-8）`,
      `${path} is UTF-16 encoded, which is not supported; skipped (save it as UTF-8)`,
    );
  else {
    const mb = (r.bytes / 1024 / 1024).toFixed(1);
    ctx.warn(
      `${path} 大于 ${MAX_FILE_BYTES / 1024 / 1024} MB（${mb} MB），已跳过`,
      `${path} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB (${mb} MB); skipped`,
    );
  }
}

function noteInvalid(ctx: RunContext, path: string, r: TextRead): void {
  if (!r.invalidUtf8) return;
  const at = r.invalidAt !== undefined ? ctx.say(`（第 ${r.invalidAt} 字节起）`, ` (from byte ${r.invalidAt})`) : '';
  ctx.warn(
    `${path} 不是有效的 UTF-8${at}，可能是 GBK/GB18030 编码；无法解码的字节按 U+FFFD 处理后继续检查`,
    `${path} is not valid UTF-8${at}, perhaps GBK/GB18030; undecodable bytes are read as U+FFFD`,
  );
}

/** Checks `text` and reports it (text format: at once; json/sarif: collected). False when the size guard skipped it. */
function checkAndReport(ctx: RunContext, path: string, abs: string | undefined, text: string, base: CheckOptions): boolean {
  return reportOutcome(ctx, path, abs, text, checkDocument(text, base));
}

/**
 * Writes fixed text atomically (the one place the CLI writes a document); returns the text now on disk
 * (the original when the write failed).
 */
function writeFix(ctx: RunContext, path: string, abs: string, r: TextRead & { raw: Buffer }, f: { output: string; fixed: number }): string {
  if (f.output === r.text) return r.text;
  const data = Buffer.from((r.bom ? '\ufeff' : '') + f.output, 'utf8');
  const w = writeFileAtomic(abs, data, { expected: r.raw, fs: ctx.io.fs });
  if (!w.ok) {
    ctx.ioFail(
      `未写入 ${path} 的修复：${w.message.zh}；原文件未改动`,
      `Fixes for ${path} not written: ${w.message.en}; the original is unchanged`,
    );
    return r.text;
  }
  ctx.tally.fixedProblems += f.fixed;
  ctx.tally.fixedFiles++;
  return f.output;
}

function internalFailure(ctx: RunContext, name: string, e: unknown): void {
  ctx.internalError = true;
  const msg = e instanceof Error ? (e.stack ?? e.message) : String(e);
  ctx.fail(`检查 ${name} 时内部出错：${msg}`, `Internal error while checking ${name}: ${msg}`);
}

/** A file read and configured: what is needed to fix and check it here or in a worker (cli/pool.ts). */
export interface PreparedFile {
  readonly path: string;
  readonly abs: string;
  /** Messages about the read, said when the file's turn comes (so the output order does not depend on read-ahead). */
  readonly notes: (() => void)[];
  readonly doc?: { readonly r: TextRead & { raw: Buffer }; readonly base: CheckOptions; readonly fix: boolean };
}

/**
 * Reads `abs` and resolves its configuration. With `defer`, messages about the file wait in `notes` for
 * finishFile (the worker pool reads ahead); without it they are said at once, in the single-threaded order.
 */
export function prepareFile(
  ctx: RunContext,
  abs: string,
  configs: CliConfigs,
  onRuleError: CheckOptions['onRuleError'],
  defer = false,
): PreparedFile {
  const path = ctx.displayPath(abs);
  const notes: (() => void)[] = [];
  const say = (f: () => void): void => {
    if (defer) notes.push(f);
    else f();
  };
  if (isDocxPath(abs)) {
    // Word documents are read, fixed and checked in this thread, when their turn comes (cli/docx.ts).
    say(() => processDocxFile(ctx, abs, configs, onRuleError));
    return { path, abs, notes };
  }
  const r = readDocument(abs, { fs: ctx.io.fs });
  if (r.kind !== 'text') {
    say(() => describeSkip(ctx, path, r));
    return { path, abs, notes };
  }
  say(() => noteInvalid(ctx, path, r));
  try {
    const language: DocumentLanguage = ctx.opts.language ?? languageForPath(abs);
    const config: Config = configs.forDir(dirname(abs));
    const base: CheckOptions = { config, language, locale: ctx.opts.locale, onRuleError };
    // The size guard first: nothing too large is fixed either.
    const wantFix = ctx.opts.fix && r.text.length <= MAX_CHECK_CHARS;
    if (wantFix && r.invalidUtf8)
      say(() => ctx.warn(`${path} 不是有效的 UTF-8，不会自动修复`, `${path} is not valid UTF-8; not fixing it`));
    return { path, abs, notes, doc: { r, base, fix: wantFix && !r.invalidUtf8 } };
  } catch (e) {
    say(() => internalFailure(ctx, path, e));
    return { path, abs, notes };
  }
}

/** What a worker computed for a prepared file: the fixed text (when it changed), the check of the text after fixing. */
export interface FileResult {
  readonly fixed?: { readonly output: string; readonly fixed: number };
  readonly outcome: CheckOutcome;
  /** Rules that threw: [rule id, message], reported through the run's onRuleError. */
  readonly ruleErrors: readonly (readonly [string, string])[];
}

/** Says the file's notes, fixes (writing atomically) and reports it; `result` is a worker's work, else it is done here. */
export function finishFile(ctx: RunContext, p: PreparedFile, result?: FileResult | Error): void {
  for (const note of p.notes) note();
  if (!p.doc) return;
  const { r, base, fix } = p.doc;
  try {
    if (result instanceof Error) throw result;
    if (!result) {
      const text = fix ? writeFix(ctx, p.path, p.abs, r, fixAll(r.text, base)) : r.text;
      checkAndReport(ctx, p.path, p.abs, text, base);
      return;
    }
    for (const [id, message] of result.ruleErrors) base.onRuleError?.(id, new Error(message));
    const text = result.fixed ? writeFix(ctx, p.path, p.abs, r, result.fixed) : r.text;
    // A failed write leaves the original on disk: check that, as the single-threaded run does.
    const outcome = text === (result.fixed?.output ?? r.text) ? result.outcome : checkDocument(text, base);
    reportOutcome(ctx, p.path, p.abs, text, outcome);
  } catch (e) {
    internalFailure(ctx, p.path, e);
  }
}

export function processFile(ctx: RunContext, abs: string, configs: CliConfigs, onRuleError: CheckOptions['onRuleError']): void {
  finishFile(ctx, prepareFile(ctx, abs, configs, onRuleError));
}

/** Standard input (read once). With --fix the fixed text (or the input unchanged) goes to stdout. */
export async function processStdin(ctx: RunContext, configs: CliConfigs, onRuleError: CheckOptions['onRuleError']): Promise<boolean> {
  const { opts, io } = ctx;
  const name = opts.stdinFilename ?? '<stdin>';
  const abs = opts.stdinFilename ? resolve(ctx.cwd, opts.stdinFilename) : undefined;
  let buf: Buffer;
  try {
    buf = await readAll(io.stdin);
  } catch (e) {
    const m = e instanceof Error ? e.message : String(e);
    ctx.ioFail(`无法读取标准输入：${m}`, `Cannot read standard input: ${m}`);
    return false;
  }
  const r = decodeBytes(buf);
  if (r.kind !== 'text') {
    describeSkip(ctx, name, r);
    if (ctx.stdinFix) ctx.stdout.write(buf);
    return true;
  }
  noteInvalid(ctx, name, r);
  try {
    const language = opts.language ?? (opts.stdinFilename ? languageForPath(opts.stdinFilename) : 'plaintext');
    const base: CheckOptions = { config: configs.forDir(abs ? dirname(abs) : ctx.cwd), language, locale: opts.locale, onRuleError };
    let text = r.text;
    if (ctx.stdinFix && !r.invalidUtf8 && text.length <= MAX_CHECK_CHARS) {
      const f = fixAll(text, base);
      if (f.output !== text) {
        ctx.tally.fixedProblems += f.fixed;
        ctx.tally.fixedFiles++;
        text = f.output;
      }
    } else if (ctx.stdinFix && r.invalidUtf8)
      ctx.warn(`${name} 不是有效的 UTF-8，不会自动修复`, `${name} is not valid UTF-8; not fixing it`);
    checkAndReport(ctx, name, undefined, text, base);
    if (ctx.stdinFix) ctx.stdout.write(r.invalidUtf8 ? buf : (r.bom ? '\ufeff' : '') + text);
  } catch (e) {
    internalFailure(ctx, name, e);
    if (ctx.stdinFix) ctx.stdout.write(buf);
  }
  return true;
}
