import type { CancellationToken, TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { coalesceEdits, fixAllSteps, lineEdits, type Problem, type TextEdit } from '../core/index';
import { checkToken, MAX_REPLY_EDITS, runSteps, supersededError } from './bounds';
import type { DocContext } from './context';
import { toLspEdit } from './convert';
import type { Session } from './session';

/** Core edits as a bounded list of LSP edits (at most MAX_REPLY_EDITS; the change is the same). */
export function boundedEdits(doc: TextDocument, edits: readonly TextEdit[]): LspTextEdit[] {
  return coalesceEdits(doc.getText(), edits, MAX_REPLY_EDITS).map((e) => toLspEdit(doc, e));
}

/** All fixes passing `filter` applied (multi-pass, step by step, cancellable), as bounded line edits. */
export async function fixAllEdits(
  session: Session,
  doc: TextDocument,
  ctx: DocContext,
  filter: (p: Problem) => boolean,
  onlyRules?: string[],
  token?: CancellationToken,
): Promise<LspTextEdit[]> {
  const text = doc.getText();
  const { uri, version } = doc;
  const steps = fixAllSteps(text, { config: ctx.config, language: ctx.language, locale: session.locale, filter, onlyRules });
  const out = await runSteps(steps, () => {
    checkToken(session, token);
    if (session.documents.get(uri)?.version !== version) throw supersededError(session);
  });
  return boundedEdits(doc, lineEdits(text, out.output));
}

export function versioned(doc: TextDocument, edits: LspTextEdit[]) {
  return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] };
}
