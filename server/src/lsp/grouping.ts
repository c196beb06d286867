/**
 * Repeated findings in the Problems panel (issue 13 item 7): VS Code shows at most 1 000 diagnostics per file, and
 * a line with 147 half-width commas filled the panel with one message. The editor therefore shows GROUP_MIN or more
 * findings of one rule on one line as ONE diagnostic: its range runs from the first to the last place, its message
 * gives the count and the first finding's message, relatedInformation lists every place with its own message (click
 * to jump), and its quick fix fixes all of them on that line. Fewer than GROUP_MIN stay individual. A presentation of
 * the editor only: the core, the CLI, the status bar counts and fix-all see every finding.
 */
import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ruleById, type Problem, type Severity } from '../core/index';
import { toDiagnostic, toRange } from './convert';
import { T, tr, type Session } from './session';

/** From this many findings of one rule on one line, they are shown as one diagnostic. */
export const GROUP_MIN = 4;

/** Several findings of one rule on one line. */
export interface ProblemGroup {
  readonly ruleId: string;
  readonly line: number;
  readonly problems: Problem[];
}

/** What a grouped diagnostic carries (Diagnostic.data) so that its quick fix finds the group again. */
export interface GroupData {
  /** `version`: the document version the offsets are for (a quick fix on another version would edit the wrong text). */
  readonly group: { readonly rule: string; readonly start: number; readonly end: number; readonly version?: number };
}

export const isGroup = (x: Problem | ProblemGroup): x is ProblemGroup => 'problems' in x;

/**
 * `problems` (sorted by position, as the engine returns them) with runs of GROUP_MIN or more of one rule on one line
 * replaced by a group, in order. Line by line: only a line with GROUP_MIN findings or more builds anything.
 */
export function groupProblems(doc: TextDocument, problems: readonly Problem[]): (Problem | ProblemGroup)[] {
  const out: (Problem | ProblemGroup)[] = [];
  for (let i = 0; i < problems.length;) {
    const line = doc.positionAt(problems[i].start).line;
    let j = i + 1;
    while (j < problems.length && doc.positionAt(problems[j].start).line === line) j++;
    if (j - i < GROUP_MIN) for (let k = i; k < j; k++) out.push(problems[k]);
    else out.push(...groupLine(problems.slice(i, j), line));
    i = j;
  }
  return out;
}

/** The findings of one line, each rule's GROUP_MIN or more as one group where its first finding was. */
function groupLine(onLine: readonly Problem[], line: number): (Problem | ProblemGroup)[] {
  const byRule = new Map<string, Problem[]>();
  for (const p of onLine) {
    const list = byRule.get(p.ruleId);
    if (list) list.push(p);
    else byRule.set(p.ruleId, [p]);
  }
  const out: (Problem | ProblemGroup)[] = [];
  for (const p of onLine) {
    const list = byRule.get(p.ruleId)!;
    if (list.length < GROUP_MIN) out.push(p);
    else if (list[0] === p) out.push({ ruleId: p.ruleId, line, problems: list });
  }
  return out;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

/** The one diagnostic of a group (see the module comment). */
export function groupDiagnostic(session: Session, doc: TextDocument, g: ProblemGroup): Diagnostic {
  const first = g.problems[0];
  const start = first.start;
  const end = Math.max(...g.problems.map((p) => p.end));
  const worst = g.problems.reduce((a, p) => (RANK[p.severity] < RANK[a.severity] ? p : a), first);
  const name = ruleById.get(g.ruleId)?.meta.name;
  const base = toDiagnostic(doc, { ...worst, start, end }, session.ruleLinks);
  const data: GroupData = { group: { rule: g.ruleId, start, end, version: doc.version } };
  return {
    ...base,
    message: tr(session, T.grouped, { n: g.problems.length, rule: name ? tr(session, name) : g.ruleId, first: first.message }),
    relatedInformation: g.problems.map((p) => ({ location: { uri: doc.uri, range: toRange(doc, p.start, p.end) }, message: p.message })),
    data,
  };
}

/** The findings a grouped diagnostic stands for, in the current results. */
export function groupMembers(problems: readonly Problem[], data: GroupData['group']): Problem[] {
  return problems.filter((p) => p.ruleId === data.rule && p.start >= data.start && p.end <= data.end);
}

export function groupDataOf(d: Diagnostic): GroupData['group'] | undefined {
  const g = (d.data as Partial<GroupData> | undefined)?.group;
  return g && typeof g.rule === 'string' && typeof g.start === 'number' && typeof g.end === 'number' ? g : undefined;
}
