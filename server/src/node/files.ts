/**
 * Node-side file helpers for the CLI: expanding file / directory / glob arguments into a file
 * list, and reading a file as text without ever throwing (binary, oversized, UTF-16 and invalid
 * UTF-8 inputs are classified, not crashed on).
 */
import { existsSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { extname, isAbsolute, join, resolve, sep } from 'node:path';
import type { DocumentLanguage, Text2 } from '../core/index';
import { describeFsError, readRegularFile } from './safeFs';

/**
 * Extensions checked when walking a directory (an explicitly named file is checked whatever its extension).
 * Word's lock files (`~$name.docx`) are skipped.
 */
export const DEFAULT_EXTENSIONS: readonly string[] = ['.txt', '.md', '.gongwen', '.docx'];

/** Files larger than this are skipped with a warning. */
export { MAX_FILE_BYTES } from '../core/limits';
import { MAX_FILE_BYTES } from '../core/limits';

/** Folders never entered when walking a directory or a glob. Dot-folders are skipped too. */
const SKIPPED_DIRS = new Set(['node_modules']);

/** The document language implied by a file name: .md/.markdown → markdown, .gongwen → gongwen, else plaintext. */
export function languageForPath(path: string): DocumentLanguage {
  const ext = extname(path).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.gongwen') return 'gongwen';
  return 'plaintext';
}

// ---------------------------------------------------------------------------------------------
// Globs

/** True when `s` uses glob syntax (`*`, `?`). */
export function isGlob(s: string): boolean {
  return /[*?]/.test(s);
}

function toSlashes(p: string): string {
  return sep === '\\' ? p.replace(/\\/g, '/') : p;
}

/**
 * Compiles a glob (slash-separated) to an anchored RegExp: `**` matches any number of whole path
 * segments (including none), `*` any run of characters within a segment, `?` one character
 * within a segment. Everything else is literal.
 */
export function globToRegExp(pattern: string): RegExp {
  let re = '';
  let i = 0;
  const p = pattern;
  while (i < p.length) {
    const c = p[i];
    if (c === '*' && p[i + 1] === '*' && (i === 0 || p[i - 1] === '/')) {
      if (p[i + 2] === '/') {
        re += '(?:[^/]*/)*';
        i += 3;
        continue;
      }
      if (i + 2 === p.length) {
        re += '.*';
        i += 2;
        continue;
      }
    }
    if (c === '*') {
      re += '[^/]*';
      // Collapse runs such as `a**b` (not a whole segment) into one star.
      while (p[i + 1] === '*') i++;
    } else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    i++;
  }
  return new RegExp(`^${re}$`, process.platform === 'win32' ? 'i' : '');
}

/** Splits a glob into the literal directory to walk from and the pattern relative to it. */
export function splitGlobBase(pattern: string): { base: string; rest: string } {
  const parts = toSlashes(pattern).split('/');
  const baseParts: string[] = [];
  while (parts.length > 1 && !isGlob(parts[0])) baseParts.push(parts.shift()!);
  // ['', 'tmp'] → '/tmp'; [''] (pattern '/*.txt') → '/'; [] → '.'
  const base = baseParts.join('/') || (baseParts.length > 0 ? '/' : '.');
  return { base, rest: parts.join('/') };
}

// ---------------------------------------------------------------------------------------------
// Walking

export interface WalkIssue {
  readonly path: string;
  readonly message: string;
  readonly text2?: Text2;
}

function listDir(dir: string, issues: WalkIssue[]): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (e) {
    const d = describeFsError(e);
    issues.push({ path: dir, message: d.message.en, text2: d.message });
    return [];
  }
}

/** Is this entry a file (following a symlink to a file)? Symlinked directories are not entered. */
function entryKind(dir: string, d: Dirent): 'file' | 'dir' | 'other' {
  if (d.isFile()) return 'file';
  if (d.isDirectory()) return 'dir';
  if (d.isSymbolicLink()) {
    try {
      return statSync(join(dir, d.name)).isFile() ? 'file' : 'other';
    } catch {
      return 'other';
    }
  }
  return 'other';
}

/**
 * Files under `dir` (recursively, sorted) whose extension is in `extensions`, skipping
 * node_modules and dot-folders. Unreadable folders are reported in `issues`, never thrown.
 */
export function walkDir(dir: string, extensions: readonly string[] = DEFAULT_EXTENSIONS, issues: WalkIssue[] = []): string[] {
  const out: string[] = [];
  const exts = new Set(extensions.map((e) => e.toLowerCase()));
  const visit = (d: string): void => {
    for (const ent of listDir(d, issues)) {
      const kind = entryKind(d, ent);
      if (kind === 'dir') {
        if (ent.name.startsWith('.') || SKIPPED_DIRS.has(ent.name)) continue;
        visit(join(d, ent.name));
      } else if (kind === 'file' && exts.has(extname(ent.name).toLowerCase()) && !ent.name.startsWith('~$')) out.push(join(d, ent.name));
    }
  };
  visit(dir);
  return out;
}

/** Files matching a glob (sorted). Dot-entries and node_modules are skipped unless the pattern names them. */
export function globFiles(pattern: string, cwd: string, issues: WalkIssue[] = []): string[] {
  const { base, rest } = splitGlobBase(pattern);
  const re = globToRegExp(rest);
  const segs = rest.split('/');
  const allowDot = segs.some((s) => s.startsWith('.') && s !== '.' && s !== '..');
  const allowNodeModules = segs.includes('node_modules');
  const maxDepth = rest.includes('**') ? Infinity : segs.length;
  const root = isAbsolute(base) ? base : resolve(cwd, base);
  const out: string[] = [];
  const visit = (dir: string, rel: string, depth: number): void => {
    if (depth > maxDepth) return;
    for (const ent of listDir(dir, issues)) {
      if (ent.name.startsWith('.') && !allowDot) continue;
      const relPath = rel ? `${rel}/${ent.name}` : ent.name;
      const kind = entryKind(dir, ent);
      if (kind === 'dir') {
        if (SKIPPED_DIRS.has(ent.name) && !allowNodeModules) continue;
        visit(join(dir, ent.name), relPath, depth + 1);
      } else if (kind === 'file' && re.test(relPath)) out.push(join(dir, ent.name));
    }
  };
  if (existsSync(root)) visit(root, '', 1);
  return out;
}

export type InputKind = 'file' | 'directory' | 'glob' | 'stdin';

export interface ExpandedInput {
  readonly input: string;
  readonly kind: InputKind;
  /** Absolute paths (empty for stdin). */
  readonly files: readonly string[];
}

export interface ExpandResult {
  readonly inputs: readonly ExpandedInput[];
  /** Every file to check, absolute, de-duplicated, in argument order. */
  readonly files: readonly string[];
  /** Arguments that are neither an existing path nor a glob. */
  readonly missing: readonly string[];
  /** Arguments that exist (or may) but cannot be examined: ELOOP, EACCES on a parent … */
  readonly unreadable: readonly { readonly input: string; readonly code: string; readonly message: Text2 }[];
  /** Folders that could not be read while walking. */
  readonly issues: readonly WalkIssue[];
  readonly stdin: boolean;
}

/** Expands command-line arguments: `-` (stdin), files, directories (recursive) and globs. Never throws. */
function realKey(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

export function expandInputs(args: readonly string[], cwd: string, extensions: readonly string[] = DEFAULT_EXTENSIONS): ExpandResult {
  const inputs: ExpandedInput[] = [];
  const missing: string[] = [];
  const unreadable: { input: string; code: string; message: Text2 }[] = [];
  const issues: WalkIssue[] = [];
  const seen = new Set<string>();
  const files: string[] = [];
  let stdin = false;
  // One file named twice (a.txt and a link to it) is checked once: two checks of one file would race under --fix.
  const add = (list: string[]): string[] => {
    for (const f of list) {
      const key = realKey(f);
      if (!seen.has(key)) {
        seen.add(key);
        files.push(f);
      }
    }
    return list;
  };
  for (const arg of args) {
    if (arg === '-') {
      stdin = true;
      inputs.push({ input: arg, kind: 'stdin', files: [] });
      continue;
    }
    const abs = resolve(cwd, arg);
    let st: ReturnType<typeof statSync> | undefined;
    let code = 'ENOENT';
    try {
      st = statSync(abs);
    } catch (e) {
      st = undefined;
      code = describeFsError(e).code;
    }
    if (!st && code !== 'ENOENT' && code !== 'ENOTDIR' && !isGlob(arg)) {
      unreadable.push({ input: arg, ...describeFsError(Object.assign(new Error(code), { code })) });
      continue;
    }
    if (st?.isDirectory()) inputs.push({ input: arg, kind: 'directory', files: add(walkDir(abs, extensions, issues)) });
    else if (st) inputs.push({ input: arg, kind: 'file', files: add([abs]) });
    else if (isGlob(arg)) inputs.push({ input: arg, kind: 'glob', files: add(globFiles(arg, cwd, issues)) });
    else missing.push(arg);
  }
  return { inputs, files, missing, unreadable, issues, stdin };
}

// ---------------------------------------------------------------------------------------------
// Reading

export type ReadResult =
  | {
      readonly kind: 'text';
      readonly text: string;
      /** The input started with a UTF-8 BOM (stripped from `text`; put it back when writing). */
      readonly bom: boolean;
      /** The bytes were not valid UTF-8; `text` has U+FFFD for the undecodable bytes. */
      readonly invalidUtf8: boolean;
      /** Byte offset of the first invalid UTF-8 sequence, when invalidUtf8. */
      readonly invalidAt?: number;
      readonly bytes: number;
    }
  | { readonly kind: 'skip'; readonly reason: 'binary' | 'too-large' | 'utf16'; readonly bytes: number }
  | { readonly kind: 'error'; readonly message: string; readonly code?: string; readonly text2?: Text2 };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Byte offset of the first invalid UTF-8 sequence (a simple validating scan), or -1. */
function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  const n = buf.length;
  while (i < n) {
    const b = buf[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    if (i + need >= n) return i;
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Classifies and decodes raw bytes (a file's or stdin's). Never throws. */
export function decodeBytes(buf: Uint8Array, maxBytes = MAX_FILE_BYTES): ReadResult {
  const bytes = buf.length;
  if (bytes > maxBytes) return { kind: 'skip', reason: 'too-large', bytes };
  if (bytes >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)))
    return { kind: 'skip', reason: 'utf16', bytes };
  if (buf.indexOf(0) !== -1) return { kind: 'skip', reason: 'binary', bytes };
  const bom = bytes >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  const body = bom ? buf.subarray(3) : buf;
  try {
    return { kind: 'text', text: strictUtf8.decode(body), bom, invalidUtf8: false, bytes };
  } catch {
    const at = firstInvalidUtf8(body);
    return {
      kind: 'text',
      text: lenientUtf8.decode(body),
      bom,
      invalidUtf8: true,
      ...(at >= 0 ? { invalidAt: at + (bom ? 3 : 0) } : {}),
      bytes,
    };
  }
}

/**
 * Reads a file as text (see ReadResult): only a regular file (fstat on the open descriptor; a FIFO
 * or a device is refused without blocking), at most `maxBytes`. Never throws.
 */
export function readTextFile(path: string, maxBytes = MAX_FILE_BYTES): ReadResult {
  const r = readRegularFile(path, maxBytes);
  if (r.kind === 'too-large') return { kind: 'skip', reason: 'too-large', bytes: r.size };
  if (r.kind === 'error') return { kind: 'error', message: r.message.en, code: r.code, text2: r.message };
  return decodeBytes(r.bytes, maxBytes);
}
