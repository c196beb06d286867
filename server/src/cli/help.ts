/** --help, --version and --list-rules. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { allRules, type Locale } from '../core/index';
import type { Output } from './io';

export const HELP_ZH = `gongwen-lint — 公文校对命令行工具（依据 GB/T 9704、GB/T 15834、GB/T 15835 等）

用法：
  gongwen-lint [选项] <文件|目录|glob|->...

  目录：递归检查其中的 .txt、.md、.gongwen、.docx 文件（跳过 node_modules 和以“.”开头的目录）。
  .docx：按段落检查正文（含表格、文本框），页眉、页脚、脚注、批注单独标为 文件#header1 等；行号即段落号。
  glob：支持 *、**、?，请加引号以免被 shell 展开，例如 "docs/**/*.txt"。
  -   ：从标准输入读取。

  gongwen-lint new <文种> [-o 文件]   输出公文模板（通知、请示、报告、函、纪要、批复、意见、命令）；new --list 列出文种
  gongwen-lint export <文件|目录> [-o 输出.docx|目录]   导出为 Word（GB/T 9704 版式；已有文件加 --force 才覆盖）；export --help 查看说明
  gongwen-lint import <文件.docx> [-o 输出|目录]        从 Word 导入为文本；详见 docs/docx.md

选项：
  --fix                     就地写入安全修复（仅“警告”“错误”级别的问题，与保存时格式化相同）；与“-”同用时，修复后的文本输出到标准输出、报告输出到标准错误
  -f, --format <格式>        输出格式：text（默认）、json、sarif
  --rule <规则=级别>          覆盖规则级别：off、hint、info、warning、error；可重复，也可用逗号分隔
  -c, --config <路径>        指定配置文件；默认从每个文件所在目录向上查找最近的 .gongwenrc.json
  --max-warnings <n>        警告多于 n 个时以 1 退出（默认不限）
  -q, --quiet               只报告错误（警告仍计入 --max-warnings）
  --language <语言>          plaintext、markdown、gongwen；默认按扩展名（.md → markdown，.gongwen → gongwen，其余 plaintext）
  --locale <auto|zh-cn|en>  消息语言，默认 zh-cn（不看 LANG；auto 看环境变量 GONGWEN_LINT_LOCALE=en）
  --stdin-filename <路径>    标准输入对应的文件名（用于显示、判断语言、查找配置）
  --jobs <n>                用 n 个工作线程检查多个文件（默认每 64 MB 输入一个线程，至多 CPU 核数）；输出顺序不变
  --list-rules              列出全部规则
  -h, --help                显示本帮助
  -v, --version             显示版本

退出码：0 没有错误（且警告不超过 --max-warnings）；1 有错误或警告过多；2 用法错误、读写错误或内部错误。
位置：行号、列号从 1 开始；列按 UTF-16 码元计数（与 VS Code 相同，𠮷 等扩展区汉字占 2 列）。
设置 NO_COLOR 环境变量可关闭颜色。文档：docs/cli.md`;

export const HELP_EN = `gongwen-lint — proofreading for Chinese official documents (GB/T 9704, GB/T 15834, GB/T 15835 …)

Usage:
  gongwen-lint [options] <file|directory|glob|->...

  directory: checks .txt, .md, .gongwen and .docx files recursively (skips node_modules and dot-folders).
  .docx: checked by paragraph (tables and text boxes included); headers, footers, notes and comments are
         reported as file#header1 …; the line number is the paragraph number.
  glob: *, ** and ? are supported; quote it so the shell leaves it alone, e.g. "docs/**/*.txt".
  -   : read standard input.

  gongwen-lint new <kind> [-o file]   print a 公文 template (通知, 请示, 报告, 函, 纪要, 批复, 意见, 命令); new --list lists them
  gongwen-lint export <file|dir> [-o out.docx|dir]   Word export in GB/T 9704 layout (--force to overwrite); export --help for details
  gongwen-lint import <file.docx> [-o out|dir]        Word import as text; see docs/docx.md

Options:
  --fix                     write safe fixes of warnings and errors in place (as format does); with "-", the fixed text goes to stdout and the report to stderr
  -f, --format <format>     output format: text (default), json, sarif
  --rule <rule=severity>    override a rule's severity: off, hint, info, warning, error; repeatable or comma-separated
  -c, --config <path>       config file to use; default: the nearest .gongwenrc.json from each file's folder upward
  --max-warnings <n>        exit 1 when there are more than n warnings (default: no limit)
  -q, --quiet               report errors only (warnings still count for --max-warnings)
  --language <language>     plaintext, markdown, gongwen; default by extension (.md → markdown, .gongwen → gongwen, else plaintext)
  --locale <auto|zh-cn|en>  message language, default zh-cn (LANG is ignored; auto reads GONGWEN_LINT_LOCALE=en)
  --stdin-filename <path>   file name for standard input (display, language, config lookup)
  --jobs <n>                check many files with n worker threads (default: one per 64 MB of input, at most the cores); same output order
  --list-rules              list all rules
  -h, --help                show this help
  -v, --version             show the version

Exit codes: 0 no errors (and warnings within --max-warnings); 1 errors or too many warnings; 2 usage, I/O or internal error.
Positions: 1-based line and column; columns count UTF-16 code units (as VS Code does: 𠮷 takes 2 columns).
Set NO_COLOR to disable colours. Documentation: docs/cli.md`;

export function readVersion(): string {
  // The bundle lives in server/dist, the compiled tests in out/server/src/cli: walk up to the package.
  for (let d = __dirname, k = 0; k < 6; d = dirname(d), k++) {
    try {
      const pkg = JSON.parse(readFileSync(join(d, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'gongwen-lint' && pkg.version) return pkg.version;
    } catch {
      /* next */
    }
  }
  return 'unknown';
}

export function writeHelp(out: Output): void {
  out.write(`${HELP_ZH}\n\n${'-'.repeat(72)}\n\n${HELP_EN}\n`);
}

export function writeRuleList(out: Output, locale: Locale): void {
  let s = '';
  for (const r of allRules) {
    s += `${r.meta.id.padEnd(34)} ${r.meta.category.padEnd(12)} ${r.meta.defaultSeverity.padEnd(8)} ${(r.meta.fixable ?? '-').padEnd(10)} ${r.meta.description[locale]}\n`;
  }
  out.write(s);
}
