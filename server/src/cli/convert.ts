/**
 * `gongwen-lint export <file|dir>... [-o out.docx|dir]` and `gongwen-lint import <file.docx>... [-o out|dir]`:
 * Word export in GB/T 9704 layout and import of a .docx as .gongwen text. Exit 0 when every file
 * was converted, 2 on a usage error or when any file could not be read, converted or written.
 */
import { mkdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { exportDocx, type ElementsOf } from '../docx/export';
import { DocxError } from '../docx/package';
import { importDocx } from '../docx/import';
import { expandInputs } from '../node/files';
import { writeOutputFile } from '../node/safeFs';
import { readDocument } from '../node/workspace';
import { parseArgs, T, UsageError } from './args';
import { CliConfigs } from './config';
import { RunContext } from './context';
import { readDocxBytes } from './docx';
import type { Io } from './io';

export type ConvertCommand = 'export' | 'import';

interface ConvertOptions {
  readonly inputs: string[];
  output?: string;
  config?: string;
  help: boolean;
}

export const CONVERT_HELP = `gongwen-lint export <文件|目录>... [-o <输出.docx|目录>] [-c 配置]
  导出为 Word（GB/T 9704 版式：A4，天头 37 毫米、订口 28 毫米，每面 22 行、每行 28 字，标题 2 号小标宋，正文 3 号仿宋，
  一级标题黑体、二级楷体，页码“— 1 —”单页居右、双页居左；字体字号可在 .gongwenrc.json 的 layout 中修改）。
  不给 -o 时写在原文件旁（同名 .docx）；多个文件或目录时 -o 为目录。
gongwen-lint import <文件.docx>... [-o <输出.gongwen|目录>]
  从 Word 导入为文本：段落按原顺序，自动编号写成“一、（一）1.（1）”，表格每行一行、单元格以制表符分隔。
  不给 -o 时输出到标准输出。
退出码：0 全部成功；2 用法错误，或有文件无法读取、转换、写入（原因见标准错误）。

gongwen-lint export <file|dir>... [-o <out.docx|dir>] [-c config]
  Word export in GB/T 9704 layout (fonts and sizes configurable under "layout" in .gongwenrc.json).
  Without -o the .docx is written beside each file; with several files or a folder, -o names a folder.
gongwen-lint import <file.docx>... [-o <out.gongwen|dir>]
  Word import as text: paragraphs in order, automatic numbering as literal markers, table rows as tab-separated lines.
  Without -o the text goes to standard output.
Exit codes: 0 all converted; 2 usage error, or a file could not be read, converted or written (see stderr).
`;

function parseConvertArgs(argv: readonly string[]): ConvertOptions {
  const o: ConvertOptions = { inputs: [], help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(T(`选项 ${a} 需要一个值`, `Option ${a} needs a value`));
      return v;
    };
    if (a === '-o' || a === '--output') o.output = value();
    else if (a.startsWith('--output=')) o.output = a.slice(9);
    else if (a === '-c' || a === '--config') o.config = value();
    else if (a === '--locale') i++;
    else if (a.startsWith('--locale=')) continue;
    else if (a === '-h' || a === '--help') o.help = true;
    else if (a.startsWith('-') && a !== '-') throw new UsageError(T(`未知选项“${a}”`, `Unknown option "${a}"`));
    else o.inputs.push(a);
  }
  return o;
}

function isDirLike(p: string): boolean {
  if (/[\\/]$/.test(p)) return true;
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Where each input file goes: beside it, to the one named file, or under the named folder (keeping sub-folders). */
function plannedOutputs(
  ctx: RunContext,
  o: ConvertOptions,
  ext: string,
  inputExts: readonly string[],
): { from: string; to: string | undefined }[] {
  const expanded = expandInputs(o.inputs, ctx.cwd, inputExts);
  for (const m of expanded.missing) ctx.ioFail(`找不到文件或目录：${m}`, `No such file or directory: ${m}`);
  const out: { from: string; to: string | undefined }[] = [];
  const many = expanded.files.length > 1 || expanded.inputs.some((i) => i.kind !== 'file');
  const outAbs = o.output !== undefined ? resolve(ctx.cwd, o.output) : undefined;
  if (outAbs && many && !isDirLike(o.output!) && extname(outAbs).toLowerCase() === ext) {
    throw new UsageError(
      T(`有多个输入文件时，-o 应为目录，而不是“${o.output}”`, `With several input files, -o must name a folder, not "${o.output}"`),
    );
  }
  const toDir = outAbs !== undefined && (many || isDirLike(o.output!));
  for (const input of expanded.inputs) {
    const base = input.kind === 'directory' ? resolve(ctx.cwd, input.input) : undefined;
    for (const f of input.files) {
      const name = basename(f, extname(f)) + ext;
      if (!outAbs) out.push({ from: f, to: ext === '.docx' ? join(dirname(f), name) : undefined });
      else if (!toDir) out.push({ from: f, to: outAbs });
      else out.push({ from: f, to: join(outAbs, base ? dirname(relative(base, f)) : '', name) });
    }
  }
  return out;
}

function write(ctx: RunContext, to: string, data: Uint8Array): boolean {
  try {
    mkdirSync(dirname(to), { recursive: true });
  } catch {
    /* the write below says why */
  }
  const w = writeOutputFile(to, data);
  if (!w.ok) ctx.ioFail(`无法写入 ${ctx.displayPath(to)}：${w.message.zh}`, `Cannot write ${ctx.displayPath(to)}: ${w.message.en}`);
  return w.ok;
}

async function runExport(ctx: RunContext, o: ConvertOptions, elementsOf: ElementsOf | undefined): Promise<void> {
  const configs = new CliConfigs(ctx);
  if (o.config !== undefined && !configs.useExplicit(o.config))
    throw new UsageError(T(`无法使用配置文件 ${o.config}`, `Cannot use the config file ${o.config}`));
  for (const { from, to } of plannedOutputs(ctx, o, '.docx', ['.txt', '.md', '.gongwen'])) {
    const path = ctx.displayPath(from);
    const r = readDocument(from, { fs: ctx.io.fs });
    if (r.kind !== 'text') {
      const why =
        r.kind === 'error'
          ? (r.text2 ?? { zh: r.message, en: r.message })
          : { zh: `无法作为文本读取（${r.reason}）`, en: `cannot be read as text (${r.reason})` };
      ctx.ioFail(`无法导出 ${path}：${why.zh}`, `Cannot export ${path}: ${why.en}`);
      continue;
    }
    const config = configs.forDir(dirname(from));
    const bytes = await exportDocx(r.text, { config, elementsOf });
    if (to && write(ctx, to, bytes)) ctx.note(`已导出 ${path} → ${ctx.displayPath(to)}`, `exported ${path} → ${ctx.displayPath(to)}`);
  }
}

function runImport(ctx: RunContext, o: ConvertOptions): void {
  for (const { from, to } of plannedOutputs(ctx, o, '.gongwen', ['.docx'])) {
    const path = ctx.displayPath(from);
    const bytes = readDocxBytes(ctx, from, path);
    if (!bytes) continue;
    let text: string;
    try {
      text = importDocx(bytes);
    } catch (e) {
      if (!(e instanceof DocxError)) throw e;
      ctx.ioFail(`无法读取 ${path}：${e.text.zh}`, `Cannot read ${path}: ${e.text.en}`);
      continue;
    }
    if (to === undefined) ctx.stdout.write(`${text}\n`);
    else if (write(ctx, to, new TextEncoder().encode(`${text}\n`)))
      ctx.note(`已导入 ${path} → ${ctx.displayPath(to)}`, `imported ${path} → ${ctx.displayPath(to)}`);
  }
}

/** Runs `export` or `import` (argv without the subcommand); resolves to the exit code. */
export async function runConvert(cmd: ConvertCommand, argv: readonly string[], io: Io, elementsOf?: ElementsOf): Promise<number> {
  const ctx = new RunContext(
    parseArgs(
      argv.filter((a, i) => a.startsWith('--locale') || argv[i - 1] === '--locale'),
      io.env,
    ),
    io,
  );
  try {
    const o = parseConvertArgs(argv);
    if (o.help) {
      ctx.stdout.write(CONVERT_HELP);
      return 0;
    }
    if (o.inputs.length === 0)
      throw new UsageError(T(`请指定要${cmd === 'export' ? '导出' : '导入'}的文件或目录`, `Name the files or folders to ${cmd}`));
    if (cmd === 'export') await runExport(ctx, o, elementsOf);
    else runImport(ctx, o);
    return ctx.ioError || ctx.internalError ? 2 : 0;
  } catch (e) {
    if (e instanceof UsageError) {
      ctx.fail(ctx.tr(e.text), ctx.tr(e.text));
      return 2;
    }
    const msg = e instanceof Error ? (e.stack ?? e.message) : String(e);
    ctx.fail(`内部错误：${msg}`, `internal error: ${msg}`);
    return 2;
  }
}
