/**
 * Size limits shared by every front door (CLI, language server, future importers), so that a
 * document is "too large" in the same way everywhere. Pure constants: no I/O here.
 */

/** Largest file the CLI reads and the server checks, in bytes (UTF-8 on disk). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Largest document the checker is run on, in UTF-16 code units (an open editor buffer). */
export const MAX_CHECK_CHARS = 4_000_000;

/** Why text already in memory (an editor buffer, a decoded file) is not checked, or undefined. */
export type TextGuard = 'too-large' | 'binary';

/** The one size and binary guard of every front door: more than MAX_CHECK_CHARS UTF-16 units, or a NUL. */
export function guardText(text: string): TextGuard | undefined {
  if (text.length > MAX_CHECK_CHARS) return 'too-large';
  if (text.includes('\u0000')) return 'binary';
  return undefined;
}
