/**
 * `gongwen-lint export <file|dir>... [-o out.docx|dir]` and `gongwen-lint import <file.docx>... [-o out|dir]`:
 * Word export in GB/T 9704 layout and import of a .docx as .gongwen text. Exit 0 when every file
 * was converted, 2 on a usage error or when any file could not be read, converted or written.
 */
import { existsSync, mkdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { exportDocx, type ElementsOf } from '../docx/export';
import { DocxError, MAX_DOCX_BYTES } from '../docx/package';
import { importDocx } from '../docx/import';
import { decodeBytes, expandInputs } from '../node/files';
import { writeOutputFile } from '../node/safeFs';
import { readDocument } from '../node/workspace';
import { parseArgs, T, UsageError } from './args';
import { CliConfigs } from './config';
import { RunContext } from './context';
import { readDocxBytes } from './docx';
import { readAll, type Io } from './io';

export type ConvertCommand = 'export' | 'import';

interface ConvertOptions {
  readonly inputs: string[];
  output?: string;
  config?: string;
  force: boolean;
  help: boolean;
}

/** One conversion: `from` '-' is standard input; `to` undefined is standard output. */
interface Planned {
  readonly from: string;
  readonly to: string | undefined;
}

const STDIO = '-';

export const CONVERT_HELP = `gongwen-lint export <文件|目录|->... [-o <输出.docx|目录|->] [-c 配置] [--force]
  导出为 Word（GB/T 9704 版式：A4，天头 37 毫米、订口 28 毫米，每面 22 行、每行 28 字，标题 2 号小标宋，正文 3 号仿宋，
  一级标题黑体、二级楷体，页码“— 1 —”单页居右、双页居左；字体字号可在 .gongwenrc.json 的 layout 中修改）。
  不给 -o 时写在原文件旁（同名 .docx）；多个文件或目录时 -o 为目录。
gongwen-lint import <文件.docx|->... [-o <输出.gongwen|目录|->] [--force]
  从 Word 导入为文本：段落按原顺序，自动编号写成“一、（一）1.（1）”，表格每行一行、单元格以制表符分隔。
  不给 -o 时输出到标准输出。
  “-”作输入读标准输入，“-o -”写到标准输出（export 不向终端写 .docx）。
  已有的输出文件不覆盖（加 --force 覆盖）；输出就是输入、或两个输入写到同一输出时拒绝，什么也不写。
退出码：0 全部成功；2 用法错误，或有文件无法读取、转换、写入（原因见标准错误）。

gongwen-lint export <file|dir|->... [-o <out.docx|dir|->] [-c config] [--force]
  Word export in GB/T 9704 layout (fonts and sizes configurable under "layout" in .gongwenrc.json).
  Without -o the .docx is written beside each file; with several files or a folder, -o names a folder.
gongwen-lint import <file.docx|->... [-o <out.gongwen|dir|->] [--force]
  Word import as text: paragraphs in order, automatic numbering as literal markers, table rows as tab-separated lines.
  Without -o the text goes to standard output.
"-" as input reads standard input; "-o -" writes to standard output (export writes no .docx to a terminal).
An existing output file is not overwritten (--force overwrites); an output that is an input, or two inputs
with the same output, are refused before anything is written.
Exit codes: 0 all converted; 2 usage error, or a file could not be read, converted or written (see stderr).
`;

function parseConvertArgs(argv: readonly string[]): ConvertOptions {
  const o: ConvertOptions = { inputs: [], force: false, help: false };
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
    else if (a === '--force') o.force = true;
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

function realKey(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

/**
 * Where each input goes: beside it, to the one named file, under the named folder (keeping sub-folders), or to
 * standard output (`-o -`; import without -o; standard input without -o).
 */
function plannedOutputs(ctx: RunContext, o: ConvertOptions, ext: string, inputExts: readonly string[]): Planned[] {
  const expanded = expandInputs(o.inputs, ctx.cwd, inputExts);
  for (const m of expanded.missing) ctx.ioFail(`找不到文件或目录：${m}`, `No such file or directory: ${m}`);
  const out: Planned[] = [];
  const count = expanded.files.length + (expanded.stdin ? 1 : 0);
  const many = count > 1 || expanded.inputs.some((i) => i.kind === 'directory' || i.kind === 'glob');
  const toStdout = o.output === STDIO;
  const outAbs = o.output !== undefined && !toStdout ? resolve(ctx.cwd, o.output) : undefined;
  if (outAbs && many && !isDirLike(o.output!) && extname(outAbs).toLowerCase() === ext) {
    throw new UsageError(
      T(`有多个输入文件时，-o 应为目录，而不是“${o.output}”`, `With several input files, -o must name a folder, not "${o.output}"`),
    );
  }
  if (toStdout && many && ext === '.docx')
    throw new UsageError(
      T('有多个输入文件时不能导出到标准输出（-o -）', 'With several input files, -o - (standard output) cannot be used'),
    );
  const toDir = outAbs !== undefined && (many || isDirLike(o.output!));
  for (const input of expanded.inputs) {
    if (input.kind === 'stdin') {
      if (toDir) throw new UsageError(T('读取标准输入时，-o 应为文件而不是目录', 'With standard input, -o must name a file, not a folder'));
      out.push({ from: STDIO, to: outAbs });
      continue;
    }
    const base = input.kind === 'directory' ? resolve(ctx.cwd, input.input) : undefined;
    for (const f of input.files) {
      const name = basename(f, extname(f)) + ext;
      if (toStdout) out.push({ from: f, to: undefined });
      else if (!outAbs) out.push({ from: f, to: ext === '.docx' ? join(dirname(f), name) : undefined });
      else if (!toDir) out.push({ from: f, to: outAbs });
      else out.push({ from: f, to: join(outAbs, base ? dirname(relative(base, f)) : '', name) });
    }
  }
  checkPlan(ctx, out);
  return out;
}

/** Refuses, before anything is written, an output that is an input or that two inputs would both write. */
function checkPlan(ctx: RunContext, plan: readonly Planned[]): void {
  const inputs = new Set(plan.filter((p) => p.from !== STDIO).map((p) => realKey(p.from)));
  const seen = new Map<string, string>();
  for (const { from, to } of plan) {
    if (to === undefined) continue;
    const key = realKey(to);
    const shown = ctx.displayPath(to);
    if (inputs.has(key))
      throw new UsageError(T(`输出文件 ${shown} 也是输入文件，未覆盖`, `The output ${shown} is also an input; not overwritten`));
    const prev = seen.get(key);
    if (prev !== undefined) {
      const [a, b] = [prev, from].map((f) => (f === STDIO ? '-' : ctx.displayPath(f)));
      throw new UsageError(
        T(
          `${a} 和 ${b} 都会写到 ${shown}，未转换；请分别转换`,
          `${a} and ${b} would both be written to ${shown}; nothing converted, convert them separately`,
        ),
      );
    }
    seen.set(key, from);
  }
}

function write(ctx: RunContext, to: string, data: Uint8Array, force: boolean): boolean {
  const shown = ctx.displayPath(to);
  if (!force && existsSync(to)) {
    ctx.ioFail(`${shown} 已存在，未覆盖（加 --force 覆盖）`, `${shown} exists; not overwritten (--force overwrites)`);
    return false;
  }
  try {
    mkdirSync(dirname(to), { recursive: true });
  } catch {
    /* the write below says why */
  }
  const w = writeOutputFile(to, data);
  if (!w.ok) ctx.ioFail(`无法写入 ${shown}：${w.message.zh}`, `Cannot write ${shown}: ${w.message.en}`);
  return w.ok;
}

const shownInput = (ctx: RunContext, from: string): string =>
  from === STDIO ? ctx.say('标准输入', 'standard input') : ctx.displayPath(from);

async function readText(ctx: RunContext, from: string): Promise<ReturnType<typeof decodeBytes>> {
  if (from !== STDIO) return readDocument(from, { fs: ctx.io.fs });
  return decodeBytes(await readAll(ctx.io.stdin));
}

async function runExport(ctx: RunContext, o: ConvertOptions, elementsOf: ElementsOf | undefined): Promise<void> {
  const configs = new CliConfigs(ctx);
  if (o.config !== undefined && !configs.useExplicit(o.config))
    throw new UsageError(T(`无法使用配置文件 ${o.config}`, `Cannot use the config file ${o.config}`));
  const plan = plannedOutputs(ctx, o, '.docx', ['.txt', '.md', '.gongwen']);
  if (plan.some((p) => p.to === undefined) && ctx.stdout.isTTY)
    throw new UsageError(
      T(
        '不向终端输出 .docx：请用 -o 指定输出文件，或重定向标准输出',
        'Not writing a .docx to a terminal: name a file with -o, or redirect standard output',
      ),
    );
  for (const { from, to } of plan) {
    const path = shownInput(ctx, from);
    const r = await readText(ctx, from);
    if (r.kind !== 'text') {
      const why =
        r.kind === 'error'
          ? (r.text2 ?? { zh: r.message, en: r.message })
          : { zh: `无法作为文本读取（${r.reason}）`, en: `cannot be read as text (${r.reason})` };
      ctx.ioFail(`无法导出 ${path}：${why.zh}`, `Cannot export ${path}: ${why.en}`);
      continue;
    }
    const config = configs.forDir(from === STDIO ? ctx.cwd : dirname(from));
    const bytes = await exportDocx(r.text, { config, elementsOf });
    if (to === undefined) ctx.stdout.write(bytes);
    else if (write(ctx, to, bytes, o.force))
      ctx.note(`已导出 ${path} → ${ctx.displayPath(to)}`, `exported ${path} → ${ctx.displayPath(to)}`);
  }
}

async function readDocxInput(ctx: RunContext, from: string, path: string): Promise<Buffer | undefined> {
  if (from !== STDIO) return readDocxBytes(ctx, from, path);
  const bytes = await readAll(ctx.io.stdin);
  if (bytes.length === 0) {
    ctx.ioFail('标准输入为空，没有可导入的 .docx', 'Standard input is empty: no .docx to import');
    return undefined;
  }
  if (bytes.length > MAX_DOCX_BYTES) {
    ctx.ioFail(`标准输入过大（上限 ${MAX_DOCX_BYTES / 1048576} MB）`, `Standard input is too large (limit ${MAX_DOCX_BYTES / 1048576} MB)`);
    return undefined;
  }
  return bytes;
}

async function runImport(ctx: RunContext, o: ConvertOptions): Promise<void> {
  for (const { from, to } of plannedOutputs(ctx, o, '.gongwen', ['.docx'])) {
    const path = shownInput(ctx, from);
    const bytes = await readDocxInput(ctx, from, path);
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
    else if (write(ctx, to, new TextEncoder().encode(`${text}\n`), o.force))
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
    else await runImport(ctx, o);
    return ctx.ioError || ctx.internalError || ctx.stdout.failure ? 2 : 0;
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
