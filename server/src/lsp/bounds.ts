import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { guardText, MAX_CHECK_CHARS, type TextGuard } from '../core/limits';
import { T, tr, type Session } from './session';

/** Replies stay bounded whatever the document: at most this many diagnostics, actions, edits, symbols. */
export const MAX_DIAGNOSTICS = 5_000;
export const MAX_CODE_ACTIONS = 50;
export const MAX_REPLY_EDITS = 2_000;
export const MAX_SYMBOLS = 5_000;
/** Above this size the lightbulb offers whole-document fixes only through codeAction/resolve. */
export const MAX_EAGER_FIX_ALL_CHARS = 200_000;
/** A step of a long computation runs at most this long before the event loop gets a turn. */
const SLICE_MS = 8;

/** The guard of each open document's last version asked (TextDocuments updates a document in place). */
const guarded = new WeakMap<TextDocument, { readonly version: number; readonly why: TextGuard | undefined }>();

/** Why a document is not served (the one clear message), or undefined. Every request asks this first (once per version). */
export function refusal(session: Session, doc: TextDocument): string | undefined {
  let g = guarded.get(doc);
  if (g?.version !== doc.version) guarded.set(doc, (g = { version: doc.version, why: guardText(doc.getText()) }));
  if (g.why === 'too-large') return tr(session, T.tooLarge, { n: doc.getText().length, max: MAX_CHECK_CHARS });
  if (g.why === 'binary') return tr(session, T.binary);
  return undefined;
}

export function cancelledError(session: Session): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, tr(session, T.cancelled));
}

/** The document moved on while computing: the client is told to ask again (LSP ServerCancelled). */
export function supersededError(session: Session): ResponseError<{ retriggerRequest: boolean }> {
  return new ResponseError(LSPErrorCodes.ServerCancelled, tr(session, T.superseded), { retriggerRequest: true });
}

/** Throws the cancel error if the request was cancelled. */
export function checkToken(session: Session, token: CancellationToken | undefined): void {
  if (token?.isCancellationRequested) throw cancelledError(session);
}

/**
 * Drives a core step generator (`checkSteps`, `fixAllSteps`), giving the event loop a turn every few
 * milliseconds so that cancellations and newer edits are read; `stop()` is asked after each turn and
 * may throw to abandon the run.
 */
export async function runSteps<R>(steps: Generator<void, R, void>, stop: () => void): Promise<R> {
  let slice = Date.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (Date.now() - slice >= SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      stop();
      slice = Date.now();
    }
  }
}
