import { Diagnostic, DiagnosticSeverity, type Range, type TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { Problem, Severity, TextEdit } from '../core/index';
import { SECTION } from './protocol';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const docUris = new Map<string, string>();

/** The rule's documentation page shipped beside the bundle (docs/rules/<id>.md in the package); computed once per rule. */
export function ruleDocUri(ruleId: string): string {
  let uri = docUris.get(ruleId);
  if (uri === undefined) docUris.set(ruleId, (uri = pathToFileURL(join(__dirname, '..', '..', 'docs', 'rules', `${ruleId}.md`)).href));
  return uri;
}

export function toRange(doc: TextDocument, start: number, end: number): Range {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

export function toLspEdit(doc: TextDocument, e: TextEdit): LspTextEdit {
  return { range: toRange(doc, e.start, e.end), newText: e.newText };
}

/**
 * What the diagnostic of one finding carries (Diagnostic.data): its offsets and the document version they are for
 * (the rule is the diagnostic's code). A tuple, not an object with named keys: it goes out with every diagnostic of
 * every keystroke (issue 14).
 */
export type ProblemData = readonly [start: number, end: number, version: number];

/**
 * The diagnostic of a finding. `links`: with the rule page's URL (codeDescription); false when the client links rule
 * codes itself (the VS Code extension, Session.linksRules), which saves ≈ 100 bytes per diagnostic on every keystroke.
 */
export function toDiagnostic(doc: TextDocument, p: Problem, links = true): Diagnostic {
  const data: ProblemData = [p.start, p.end, doc.version];
  const d: Diagnostic = {
    range: toRange(doc, p.start, p.end),
    severity: SEVERITY[p.severity],
    source: SECTION,
    code: p.ruleId,
    ...(links ? { codeDescription: { href: ruleDocUri(p.ruleId) } } : {}),
    message: p.message,
    data,
  };
  if (p.related) {
    d.relatedInformation = p.related.map((r) => ({ location: { uri: doc.uri, range: toRange(doc, r.start, r.end) }, message: r.message }));
  }
  return d;
}

/** The document version a diagnostic's `data` was made for (absent in diagnostics of other servers or older ones). */
export function dataVersion(d: Diagnostic): number | undefined {
  const v = problemData(d)?.[2] ?? (d.data as { group?: { version?: unknown } } | undefined)?.group?.version;
  return typeof v === 'number' ? v : undefined;
}

/** The data of a finding's diagnostic (ProblemData), if it is one. */
function problemData(d: Diagnostic): ProblemData | undefined {
  const data: unknown = d.data;
  return Array.isArray(data) && data.length === 3 && data.every((x) => typeof x === 'number')
    ? (data as unknown as ProblemData)
    : undefined;
}

/** Identifies a problem across the diagnostic round trip: rule id and offsets. */
export function problemKey(p: Pick<Problem, 'ruleId' | 'start' | 'end'>): string {
  return `${p.ruleId}@${p.start}:${p.end}`;
}

/**
 * The problem key of a diagnostic: its `data` (offsets of the version it was sent for), or, with `byRange` (a
 * diagnostic reported unchanged since, lsp/reports.ts) or without data, its rule and range in the current text.
 */
export function diagnosticKey(doc: TextDocument, d: Diagnostic, byRange = false): string | undefined {
  if (typeof d.code !== 'string') return undefined;
  const data = byRange ? undefined : problemData(d);
  if (data) return problemKey({ ruleId: d.code, start: data[0], end: data[1] });
  if (!d.range) return undefined;
  return problemKey({ ruleId: d.code, start: doc.offsetAt(d.range.start), end: doc.offsetAt(d.range.end) });
}
