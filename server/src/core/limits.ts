/**
 * Size limits shared by every front door (CLI, language server, future importers), so that a
 * document is "too large" in the same way everywhere. Pure constants: no I/O here.
 */

/** Largest file the CLI reads and the server checks, in bytes (UTF-8 on disk). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Largest document the checker is run on, in UTF-16 code units (an open editor buffer). */
export const MAX_CHECK_CHARS = 4_000_000;
