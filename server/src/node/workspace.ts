/**
 * The one Node path shared by the CLI and the language server:
 * "config for this folder → read the document (size and binary guard) → check".
 *
 * API (stable; the language server adopts it after the CLI):
 * - `configFor(dir)` → `{ file?, loaded?, config }`: the nearest `.gongwenrc.json` from `dir`
 *   upward (loaded, validated and cached by mtime/size in configFile.ts) or the defaults. A file
 *   that could not be used at all (`loaded.fatal`) yields the defaults; its issues stay in
 *   `loaded.issues` for a diagnostic on the config file. Never throws, never blocks on a FIFO.
 * - `readDocument(path, opts?)` → ReadResult (from files.ts) plus, for text, the raw `bytes` and
 *   the `stamp` read: only regular files (fstat on the open descriptor), at most MAX_FILE_BYTES
 *   bytes; NUL bytes → skip 'binary', UTF-16 → skip 'utf16'. Never throws.
 * - `guardText(text)` → `'too-large' | 'binary' | undefined`: the same limits applied to text
 *   already in memory (an editor buffer): more than MAX_CHECK_CHARS UTF-16 units, or a NUL.
 * - `checkDocument(text, opts)` → `{ kind: 'checked', problems } | { kind: 'skipped', reason }`:
 *   guardText, then core `check`.
 *
 * Limits come from core/limits.ts, so a document is "too large" in the same way everywhere.
 */
import { resolve } from 'node:path';
import { EMPTY_CONFIG, check, type Config, type Problem } from '../core/index';
import { guardText, MAX_FILE_BYTES, type TextGuard } from '../core/limits';
import { findConfigFile, loadConfigFile, type LoadedConfig } from './configFile';
import { decodeBytes, type ReadResult } from './files';
import { readRegularFile, realFs, type FileStamp, type FsOps } from './safeFs';

export interface FolderConfig {
  /** The config file that applies, if any. */
  readonly file?: string;
  readonly loaded?: LoadedConfig;
  /** What to check with: the file's valid settings, or the defaults. */
  readonly config: Config;
}

/** The configuration for documents in `dir` (see the module comment). */
export function configFor(dir: string): FolderConfig {
  const file = findConfigFile(resolve(dir));
  if (!file) return { config: EMPTY_CONFIG };
  return configFromFile(file);
}

/** The configuration from one named file (`--config`). */
export function configFromFile(file: string): FolderConfig {
  const loaded = loadConfigFile(file);
  return { file: loaded.file, loaded, config: loaded.fatal ? EMPTY_CONFIG : loaded.config };
}

export type DocumentRead =
  (Extract<ReadResult, { kind: 'text' }> & { readonly raw: Buffer; readonly stamp: FileStamp }) | Exclude<ReadResult, { kind: 'text' }>;

export interface ReadDocumentOptions {
  readonly maxBytes?: number;
  readonly fs?: FsOps;
}

/** Reads a document from disk with the size, file-type and binary guards (see the module comment). */
export function readDocument(path: string, opts: ReadDocumentOptions = {}): DocumentRead {
  const maxBytes = opts.maxBytes ?? MAX_FILE_BYTES;
  const r = readRegularFile(path, maxBytes, opts.fs ?? realFs);
  if (r.kind === 'too-large') return { kind: 'skip', reason: 'too-large', bytes: r.size };
  if (r.kind === 'error') return { kind: 'error', message: r.message.en, code: r.code, text2: r.message };
  const d = decodeBytes(r.bytes, maxBytes);
  return d.kind === 'text' ? { ...d, raw: r.bytes, stamp: r.stamp } : d;
}

/** The size and binary guard lives in core/limits.ts (pure); the server's bounds.ts uses the same one. */
export { guardText, type TextGuard } from '../core/limits';

export type CheckOutcome =
  { readonly kind: 'checked'; readonly problems: Problem[] } | { readonly kind: 'skipped'; readonly reason: TextGuard };

/** guardText, then check. */
export function checkDocument(text: string, opts: Parameters<typeof check>[1]): CheckOutcome {
  const reason = guardText(text);
  return reason ? { kind: 'skipped', reason } : { kind: 'checked', problems: check(text, opts) };
}
