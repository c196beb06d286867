/**
 * Ignored findings (issue 13 item 6): «忽略此问题» in the editor keeps a finding out of the diagnostics without
 * writing anything into the document. An entry names the rule, the flagged text and a little of the text around
 * it on the same line, so that it keeps matching when the document is edited elsewhere (offsets would not).
 * The one home of the filter: the engine applies `config.ignore` for the language server and the CLI alike.
 * Pure: strings in, data out.
 */
import { isLeadSurrogate, isTrailSurrogate } from './chars';
import type { IgnoreEntry, Problem } from './types';

/** Code units of context kept on each side of the flagged text (fewer at the start or end of a line). */
export const IGNORE_CONTEXT_CHARS = 8;

const isBreak = (c: string) => c === '\n' || c === '\r';

/** The entry that ignores `p` in `text`: its rule, its text, and up to IGNORE_CONTEXT_CHARS either side on its line. */
export function ignoreEntryFor(text: string, p: Pick<Problem, 'ruleId' | 'start' | 'end'>): IgnoreEntry {
  let from = p.start;
  while (from > 0 && p.start - from < IGNORE_CONTEXT_CHARS && !isBreak(text[from - 1])) from--;
  // Never cut a surrogate pair (an astral Han character) in half.
  if (from > 0 && from < p.start && isTrailSurrogate(text.charCodeAt(from)) && isLeadSurrogate(text.charCodeAt(from - 1))) from++;
  let to = p.end;
  while (to < text.length && to - p.end < IGNORE_CONTEXT_CHARS && !isBreak(text[to])) to++;
  if (to > p.end && to < text.length && isLeadSurrogate(text.charCodeAt(to - 1)) && isTrailSurrogate(text.charCodeAt(to))) to--;
  return { rule: p.ruleId, text: text.slice(p.start, p.end), context: text.slice(from, to) };
}

/** Whether `entry` names `p`: same rule, same flagged text, and (when given) the context around it. */
export function entryMatches(text: string, p: Pick<Problem, 'ruleId' | 'start' | 'end'>, entry: IgnoreEntry): boolean {
  if (entry.rule !== p.ruleId || p.end - p.start !== entry.text.length || !text.startsWith(entry.text, p.start)) return false;
  const context = entry.context;
  if (context === undefined || context === '') return true;
  // The flagged text may occur more than once in the context: any placement that fits the document counts.
  for (let k = context.indexOf(entry.text); k !== -1; k = context.indexOf(entry.text, k + 1)) {
    const from = p.start - k;
    if (from >= 0 && text.startsWith(context, from)) return true;
    if (entry.text === '' && k >= context.length) break;
  }
  return false;
}

/** `problems` without the ignored ones. Linear in problems × entries of the same rule. */
export function dropIgnored(text: string, problems: Problem[], entries: readonly IgnoreEntry[] | undefined): Problem[] {
  if (!entries || entries.length === 0) return problems;
  const byRule = new Map<string, IgnoreEntry[]>();
  for (const e of entries) {
    const list = byRule.get(e.rule);
    if (list) list.push(e);
    else byRule.set(e.rule, [e]);
  }
  return problems.filter((p) => !byRule.get(p.ruleId)?.some((e) => entryMatches(text, p, e)));
}

/** Two entries are the same ignore (for adding without duplicates and for removing). */
export function sameEntry(a: IgnoreEntry, b: IgnoreEntry): boolean {
  return a.rule === b.rule && a.text === b.text && (a.context ?? '') === (b.context ?? '');
}
