/** `--format text` (default): `path:line:column  severity  message  rule` lines, then one summary line. */
import type { Locale, Problem, Severity } from '../../core/index';
import type { LineIndex } from '../../core/lines';
import type { Paint } from '../ui';
import type { Tally } from './common';

function sevLabel(s: Severity, paint: Paint): string {
  return s === 'error' ? paint.red(s) : s === 'warning' ? paint.yellow(s) : paint.blue(s);
}

/** The lines for one file (1-based line and UTF-16 column). */
export function formatTextFile(path: string, problems: readonly Problem[], index: LineIndex, paint: Paint): string {
  let out = '';
  for (const p of problems) {
    const pos = index.position(p.start);
    out += `${paint.bold(`${path}:${pos.line + 1}:${pos.character + 1}`)}  ${sevLabel(p.severity, paint)}  ${p.message.replace(/\s*[\r\n]+\s*/g, ' ')}  ${paint.dim(p.ruleId)}\n`;
  }
  return out;
}

function problemLine(t: Tally, quiet: boolean, locale: Locale): string {
  const w = quiet ? 0 : t.warnings;
  const total = t.errors + w + t.infos + t.hints;
  if (locale === 'zh') {
    const parts = [`${t.errors} 个错误`, `${w} 个警告`];
    if (t.infos) parts.push(`${t.infos} 个信息`);
    if (t.hints) parts.push(`${t.hints} 个提示`);
    const fx = t.fixable ? `，其中 ${t.fixable} 个可自动修复（--fix）` : '';
    return `✖ ${total} 个问题（${parts.join('，')}）${fx}`;
  }
  const pl = (n: number, s: string) => `${n} ${s}${n === 1 ? '' : 's'}`;
  const parts = [pl(t.errors, 'error'), pl(w, 'warning')];
  if (t.infos) parts.push(pl(t.infos, 'info'));
  if (t.hints) parts.push(pl(t.hints, 'hint'));
  const fx = t.fixable ? `, ${t.fixable} fixable with --fix` : '';
  return `✖ ${pl(total, 'problem')} (${parts.join(', ')})${fx}`;
}

/**
 * The closing lines: what was fixed (only files actually written), then the problem count, or the
 * success line — never a success line when a file could not be read or written.
 */
export function formatTextSummary(t: Tally, opts: { fix: boolean; quiet: boolean; locale: Locale; paint: Paint }): string {
  const { locale: L, paint } = opts;
  const say = (zh: string, en: string) => (L === 'zh' ? zh : en);
  let out = '';
  if (opts.fix && t.fixedProblems > 0)
    out += say(
      `已自动修复 ${t.fixedProblems} 个问题（${t.fixedFiles} 个文件）\n`,
      `Fixed ${t.fixedProblems} problem(s) in ${t.fixedFiles} file(s)\n`,
    );
  const total = t.errors + (opts.quiet ? 0 : t.warnings) + t.infos + t.hints;
  if (total > 0) {
    const line = problemLine(t, opts.quiet, L);
    out += `${t.errors ? paint.red(line) : paint.yellow(line)}\n`;
  }
  if (t.failedFiles > 0) {
    out +=
      paint.red(
        say(
          `✖ ${t.failedFiles} 个文件无法读取或写入（见标准错误），已检查 ${t.checkedFiles} 个文件`,
          `✖ ${t.failedFiles} file(s) could not be read or written (see stderr); ${t.checkedFiles} checked`,
        ),
      ) + '\n';
  } else if (total === 0) {
    out +=
      paint.green(
        say(
          `✔ 未发现问题（已检查 ${t.checkedFiles} 个文件）`,
          `✔ No problems (${t.checkedFiles} file${t.checkedFiles === 1 ? '' : 's'} checked)`,
        ),
      ) + '\n';
  }
  return out;
}
