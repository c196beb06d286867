/**
 * Checking a .docx from the command line: every paragraph of the body is a line (tables and text
 * boxes in document order), so `path:段落:列` and the JSON/SARIF line are paragraph numbers;
 * headers, footers, notes and comments are reported as `path#header1`, `path#footnotes`, … .
 * `--fix` writes safe fixes that lie within one run, atomically, and lists the ones it could not apply.
 */
import { dirname } from 'node:path';
import { isSafe, type check, type Problem } from '../core/index';
import { LineIndex } from '../core/lines';
import { appliesInPart, changedParts, fixPart, type PartFixResult } from '../docx/fix';
import { DocxError, MAX_DOCX_BYTES, repackage } from '../docx/package';
import { partParagraphs, readDocx, type DocxFile, type DocxPart } from '../docx/read';
import { joinParagraphs } from '../docx/text';
import { readRegularFile, writeFileAtomic } from '../node/safeFs';
import { checkDocument } from '../node/workspace';
import type { CliConfigs } from './config';
import type { RunContext } from './context';
import { reportOutcome } from './report';

type CheckOptions = NonNullable<Parameters<typeof check>[1]>;

/** True for a path the CLI reads as a Word document. */
export function isDocxPath(p: string): boolean {
  return /\.docx$/i.test(p);
}

/** Reads a .docx file's bytes (size-capped, regular files only), saying why not (exit 2) when it cannot. */
export function readDocxBytes(ctx: RunContext, abs: string, path: string): Buffer | undefined {
  const r = readRegularFile(abs, MAX_DOCX_BYTES, ctx.io.fs);
  if (r.kind === 'too-large') {
    const mb = (r.size / 1048576).toFixed(1);
    ctx.ioFail(
      `无法读取 ${path}：文件过大（${mb} MB，上限 ${MAX_DOCX_BYTES / 1048576} MB）`,
      `Cannot read ${path}: the file is too large (${mb} MB, limit ${MAX_DOCX_BYTES / 1048576} MB)`,
    );
    return undefined;
  }
  if (r.kind === 'error') {
    ctx.ioFail(`无法读取 ${path}：${r.message.zh}`, `Cannot read ${path}: ${r.message.en}`);
    return undefined;
  }
  return r.bytes;
}

/** Reads and opens a .docx, saying why not (exit 2) when it cannot. */
function openDocxFile(ctx: RunContext, abs: string, path: string): { file: DocxFile; raw: Buffer } | undefined {
  const raw = readDocxBytes(ctx, abs, path);
  if (!raw) return undefined;
  try {
    return { file: readDocx(raw), raw };
  } catch (e) {
    if (!(e instanceof DocxError)) throw e;
    ctx.ioFail(`无法读取 ${path}：${e.text.zh}`, `Cannot read ${path}: ${e.text.en}`);
    return undefined;
  }
}

function partPath(path: string, part: DocxPart): string {
  return part.id ? `${path}#${part.id}` : path;
}

function sayUnapplied(ctx: RunContext, path: string, results: readonly PartFixResult[]): void {
  for (const r of results) {
    if (r.unapplied.length === 0) continue;
    const index = new LineIndex(joinParagraphs(partParagraphs(r.part)).text);
    for (const p of r.unapplied) {
      const pos = index.position(p.start);
      const where = `${partPath(path, r.part)}:${pos.line + 1}:${pos.character + 1}`;
      ctx.warn(
        `${where} 的修复跨越格式不同的文字段或自动编号，未自动应用（${p.ruleId}：${p.message}）`,
        `${where}: the fix spans runs with different formatting or automatic numbering; not applied (${p.ruleId}: ${p.message})`,
      );
    }
  }
}

/** Applies safe fixes within runs and writes the file atomically; false when the write failed. */
function fixDocx(ctx: RunContext, path: string, abs: string, file: DocxFile, raw: Buffer, base: CheckOptions): boolean {
  const results = file.parts.map((part) => fixPart(file, part, base));
  sayUnapplied(ctx, path, results);
  const changed = changedParts(results);
  if (changed.size === 0) return true;
  const w = writeFileAtomic(abs, Buffer.from(repackage(file.pkg, changed)), { expected: raw, fs: ctx.io.fs });
  if (!w.ok) {
    ctx.ioFail(
      `未写入 ${path} 的修复：${w.message.zh}；原文件未改动`,
      `Fixes for ${path} not written: ${w.message.en}; the original is unchanged`,
    );
    return false;
  }
  ctx.tally.fixedProblems += results.reduce((n, r) => n + r.fixed, 0);
  ctx.tally.fixedFiles++;
  return true;
}

/** Checks (and with --fix fixes) one .docx file; every message and count goes through ctx. */
export function processDocxFile(ctx: RunContext, abs: string, configs: CliConfigs, onRuleError: CheckOptions['onRuleError']): void {
  const path = ctx.displayPath(abs);
  const opened = openDocxFile(ctx, abs, path);
  if (!opened) return;
  let { file } = opened;
  const base: CheckOptions = {
    config: configs.forDir(dirname(abs)),
    language: ctx.opts.language ?? 'gongwen',
    locale: ctx.opts.locale,
    onRuleError,
  };
  if (ctx.opts.fix && !fixDocx(ctx, path, abs, file, opened.raw, base)) {
    // The write failed: report the file as it is on disk.
    const again = openDocxFile(ctx, abs, path);
    if (!again) return;
    file = again.file;
  }
  for (const part of file.parts) {
    const text = joinParagraphs(partParagraphs(part)).text;
    if (part.kind !== 'body' && text.trim() === '') continue;
    // The body counts the file; other parts are shown as path#part (no absolute path: SARIF keeps the label).
    const isBody = part.kind === 'body';
    // Fixable: what --fix can apply here (within one run), not fixes it declines.
    const applies = appliesInPart(part);
    const canFix = (p: Problem): boolean => isSafe(p) && applies(p.fix!);
    reportOutcome(ctx, partPath(path, part), isBody ? abs : undefined, text, checkDocument(text, base), isBody, canFix);
  }
}
