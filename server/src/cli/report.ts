/** Reporting one checked document (text format at once; json/sarif collected): the tally and the output. */
import { isSafe, type Problem } from '../core/index';
import { LineIndex } from '../core/lines';
import type { CheckOutcome } from '../node/workspace';
import type { RunContext } from './context';
import { formatTextFile } from './format/text';

/**
 * Reports a check of `text` (made here or in a worker). False when the size guard skipped it.
 * `countFile` false: one more part of a file already counted (a .docx header, footnotes …).
 * `canFix`: what --fix applies to this document (a .docx: safe fixes within one run); counted as fixable.
 */
export function reportOutcome(
  ctx: RunContext,
  path: string,
  abs: string | undefined,
  text: string,
  outcome: CheckOutcome,
  countFile = true,
  canFix: (p: Problem) => boolean = isSafe,
): boolean {
  if (outcome.kind === 'skipped') {
    ctx.warn(`${path} 太大（${text.length} 个字符），已跳过`, `${path} is too large (${text.length} characters); skipped`);
    return false;
  }
  const t = ctx.tally;
  for (const p of outcome.problems) if (p.severity === 'warning') t.warnings++;
  const shown = ctx.opts.quiet ? outcome.problems.filter((p) => p.severity === 'error') : outcome.problems;
  for (const p of shown) {
    if (p.severity === 'error') t.errors++;
    else if (p.severity === 'info') t.infos++;
    else if (p.severity === 'hint') t.hints++;
    if (canFix(p)) t.fixable++; // what --fix applies
  }
  const index = new LineIndex(text);
  if (countFile) t.checkedFiles++;
  if (ctx.opts.format === 'text') {
    const out = formatTextFile(path, shown, index, ctx.paint);
    if (out) ctx.emit(out);
  } else ctx.results.push({ path, abs, problems: shown, index });
  return true;
}
