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

/** `problems` (sorted by position) with runs of GROUP_MIN or more of one rule on one line replaced by a group, in order. */
export function groupProblems(doc: TextDocument, problems: readonly Problem[]): (Problem | ProblemGroup)[] {
  const byKey = new Map<string, Problem[]>();
  const lines = problems.map((p) => doc.positionAt(p.start).line);
  problems.forEach((p, i) => {
    const key = `${p.ruleId}\u0000${lines[i]}`;
    const list = byKey.get(key);
    if (list) list.push(p);
    else byKey.set(key, [p]);
  });
  const out: (Problem | ProblemGroup)[] = [];
  const emitted = new Set<string>();
  for (let i = 0; i < problems.length; i++) {
    const p = problems[i];
    const line = lines[i];
    const key = `${p.ruleId}\u0000${line}`;
    const list = byKey.get(key)!;
    if (list.length < GROUP_MIN) out.push(p);
    else if (!emitted.has(key)) {
      emitted.add(key);
      out.push({ ruleId: p.ruleId, line, problems: list });
    }
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
