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

export function toDiagnostic(doc: TextDocument, p: Problem): Diagnostic {
  const d: Diagnostic = {
    range: toRange(doc, p.start, p.end),
    severity: SEVERITY[p.severity],
    source: SECTION,
    code: p.ruleId,
    codeDescription: { href: ruleDocUri(p.ruleId) },
    message: p.message,
    data: { key: problemKey(p), version: doc.version },
  };
  if (p.related) {
    d.relatedInformation = p.related.map((r) => ({ location: { uri: doc.uri, range: toRange(doc, r.start, r.end) }, message: r.message }));
  }
  return d;
}

/** The document version a diagnostic's `data` was made for (absent in diagnostics of other servers or older ones). */
export function dataVersion(d: Diagnostic): number | undefined {
  const data = d.data as { version?: unknown; group?: { version?: unknown } } | undefined;
  const v = data?.version ?? data?.group?.version;
  return typeof v === 'number' ? v : undefined;
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
  const data = d.data as { key?: unknown } | undefined;
  if (!byRange && data && typeof data.key === 'string') return data.key;
  if (typeof d.code !== 'string' || !d.range) return undefined;
  return `${d.code}@${doc.offsetAt(d.range.start)}:${doc.offsetAt(d.range.end)}`;
}
