/**
 * Safe file primitives shared by the CLI and the language server.
 *
 * - `readRegularFile` opens the path (following symlinks), `fstat`s the open descriptor and reads
 *   only a regular file, at most `maxBytes` (+1 to detect growth). A symlink to /dev/zero, a FIFO,
 *   a socket or a device is refused before a byte is read; a FIFO is opened non-blocking so it
 *   never hangs the caller.
 * - `writeFileAtomic` never truncates the original: it writes a temporary file in the same
 *   folder, fsyncs it, gives it the original's mode (and ownership when that differs), checks that
 *   the original still holds the bytes the caller read (lost-update guard), then renames it over
 *   the original. On any failure the original is untouched and the temporary file removed.
 * - `describeFsError` is the one place where errno codes become messages (简体中文 / English).
 *
 * Every function takes an optional `FsOps` so tests can inject failures (ENOSPC mid-write …).
 */
import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Text2 } from '../core/index';

/** The subset of node:fs used here; `nodeFs` itself satisfies it. */
export interface FsOps {
  openSync(path: string, flags: number | string, mode?: number): number;
  fstatSync(fd: number): nodeFs.Stats;
  readSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number | null): number;
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  fchmodSync(fd: number, mode: number): void;
  fchownSync(fd: number, uid: number, gid: number): void;
  renameSync(from: string, to: string): void;
  unlinkSync(path: string): void;
  realpathSync(path: string): string;
  statSync(path: string): nodeFs.Stats;
}

export const realFs: FsOps = nodeFs as unknown as FsOps;

/** Which file a read saw: compared again before a write. */
export interface FileStamp {
  readonly size: number;
  readonly mtimeMs: number;
  readonly ino: number;
  readonly dev: number;
}

export type RawRead =
  | { readonly kind: 'ok'; readonly bytes: Buffer; readonly stamp: FileStamp }
  | { readonly kind: 'too-large'; readonly size: number }
  | { readonly kind: 'error'; readonly code: string; readonly message: Text2 };

/** A custom code for "exists but is not a regular file" (FIFO, device, socket, directory). */
export const ENOTREG = 'ENOTREG';

const C = nodeFs.constants;
const READ_FLAGS = C.O_RDONLY | (C.O_NONBLOCK ?? 0) | (C.O_NOCTTY ?? 0);

const ERRNO: Readonly<Record<string, Text2>> = {
  ENOENT: { zh: '找不到文件或目录', en: 'no such file or directory' },
  EACCES: { zh: '没有访问权限', en: 'permission denied' },
  EPERM: { zh: '操作不被允许', en: 'operation not permitted' },
  ELOOP: { zh: '符号链接层数过多（可能是循环链接）', en: 'too many levels of symbolic links (a link loop?)' },
  EISDIR: { zh: '这是一个目录', en: 'is a directory' },
  ENOTDIR: { zh: '路径中有一段不是目录', en: 'a path component is not a directory' },
  ENAMETOOLONG: { zh: '路径过长', en: 'path too long' },
  ENOSPC: { zh: '磁盘空间不足', en: 'no space left on the device' },
  EDQUOT: { zh: '磁盘配额已用完', en: 'disk quota exceeded' },
  EFBIG: { zh: '超过文件大小限制', en: 'file too large for the file-size limit' },
  EROFS: { zh: '文件系统是只读的', en: 'read-only file system' },
  EIO: { zh: '输入输出错误', en: 'input/output error' },
  EMFILE: { zh: '打开的文件过多', en: 'too many open files' },
  ENFILE: { zh: '系统打开的文件过多', en: 'too many open files in the system' },
  EBUSY: { zh: '文件正被占用', en: 'resource busy' },
  ETXTBSY: { zh: '文件正被占用', en: 'text file busy' },
  EXDEV: { zh: '不能跨文件系统改名', en: 'cross-device rename' },
  EAGAIN: { zh: '资源暂时不可用', en: 'resource temporarily unavailable' },
  EPIPE: { zh: '输出管道已关闭', en: 'the output pipe is closed' },
  EBADF: { zh: '文件描述符无效（输出已关闭？）', en: 'bad file descriptor (output closed?)' },
  [ENOTREG]: {
    zh: '不是普通文件（FIFO、设备、套接字或目录），已拒绝读取',
    en: 'not a regular file (FIFO, device, socket or directory); refused',
  },
};

/** A clear bilingual message for a failed file operation: the meaning first, the errno code in brackets. */
export function describeFsError(e: unknown): { code: string; message: Text2 } {
  const err = e as (NodeJS.ErrnoException & { text2?: Text2 }) | undefined;
  const code = typeof err?.code === 'string' ? err.code : 'EUNKNOWN';
  if (err?.text2) return { code, message: err.text2 };
  const known = ERRNO[code];
  if (known) return { code, message: { zh: `${known.zh}（${code}）`, en: `${known.en} (${code})` } };
  const raw = err instanceof Error ? err.message : String(e);
  return { code, message: { zh: raw, en: raw } };
}

function errorOf(e: unknown): Extract<RawRead, { kind: 'error' }> {
  return { kind: 'error', ...describeFsError(e) };
}

function stampOf(st: nodeFs.Stats): FileStamp {
  return { size: st.size, mtimeMs: st.mtimeMs, ino: st.ino, dev: st.dev };
}

function closeQuietly(fs: FsOps, fd: number): void {
  try {
    fs.closeSync(fd);
  } catch {
    /* nothing to do */
  }
}

/** Reads a regular file of at most `maxBytes` bytes (see the module comment). Never throws. */
export function readRegularFile(path: string, maxBytes: number, fs: FsOps = realFs): RawRead {
  let fd: number;
  try {
    fd = fs.openSync(path, READ_FLAGS);
  } catch (e) {
    return errorOf(e);
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) return errorOf(Object.assign(new Error('not a regular file'), { code: ENOTREG }));
    if (st.size > maxBytes) return { kind: 'too-large', size: st.size };
    // The file may grow between fstat and read: read until EOF, but never more than maxBytes + 1.
    const cap = maxBytes + 1;
    let buf = Buffer.allocUnsafe(Math.min(cap, Math.max(st.size, 0) + 1));
    let n = 0;
    for (;;) {
      if (n === buf.length) {
        if (buf.length >= cap) break;
        const bigger = Buffer.allocUnsafe(Math.min(cap, buf.length * 2));
        buf.copy(bigger, 0, 0, n);
        buf = bigger;
      }
      const r = fs.readSync(fd, buf, n, buf.length - n, null);
      if (r === 0) break;
      n += r;
    }
    if (n > maxBytes) return { kind: 'too-large', size: n };
    return { kind: 'ok', bytes: buf.subarray(0, n), stamp: stampOf(st) };
  } catch (e) {
    return errorOf(e);
  } finally {
    closeQuietly(fs, fd);
  }
}

export type WriteOutcome =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: 'changed' | 'hard-link' | 'error'; readonly code: string; readonly message: Text2 };

export interface AtomicWriteOptions {
  /** The bytes the caller read: the write is refused when the file no longer holds exactly these. */
  readonly expected?: Uint8Array;
  readonly fs?: FsOps;
  /** Upper bound for re-reading the original (default 64 MiB). */
  readonly maxBytes?: number;
}

const CHANGED: Text2 = {
  zh: '文件在检查后已被其他程序修改，未写入修复（请重新运行）',
  en: 'the file changed after it was read; fixes not written (run again)',
};

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

function tempNameFor(target: string): string {
  const rand = Math.random().toString(36).slice(2, 10);
  return join(dirname(target), `.${basename(target)}.${process.pid}.${rand}.gongwen-tmp`);
}

/** Is the original still what the caller read? Undefined when yes, else the refusal. */
function unchanged(target: string, expected: Uint8Array | undefined, maxBytes: number, fs: FsOps): WriteOutcome | undefined {
  if (!expected) return undefined;
  const now = readRegularFile(target, maxBytes, fs);
  if (now.kind === 'ok' && sameBytes(now.bytes, expected)) return undefined;
  return { ok: false, reason: 'changed', code: 'ECHANGED', message: CHANGED };
}

/** Writes all of `data` to the fd (short writes are continued). */
function writeAll(fs: FsOps, fd: number, data: Uint8Array): void {
  let off = 0;
  while (off < data.length) off += fs.writeSync(fd, data, off, data.length - off);
}

/** Best effort: make the rename itself durable. */
function fsyncDir(fs: FsOps, dir: string): void {
  try {
    const fd = fs.openSync(dir, C.O_RDONLY);
    try {
      fs.fsyncSync(fd);
    } finally {
      closeQuietly(fs, fd);
    }
  } catch {
    /* not supported everywhere (Windows); the data itself is already synced */
  }
}

/**
 * Replaces the file at `path` (following symlinks: the link stays a link) with `data`, atomically.
 * Never throws; on failure the original file is untouched. See the module comment.
 */
export function writeFileAtomic(path: string, data: Uint8Array, opts: AtomicWriteOptions = {}): WriteOutcome {
  const fs = opts.fs ?? realFs;
  const maxBytes = opts.maxBytes ?? 64 * 1024 * 1024;
  let target: string;
  let st: nodeFs.Stats;
  try {
    target = fs.realpathSync(path);
    st = fs.statSync(target);
  } catch (e) {
    return { ok: false, reason: 'error', ...describeFsError(e) };
  }
  if (st.nlink > 1) {
    return {
      ok: false,
      reason: 'hard-link',
      code: 'EMLINK',
      message: {
        zh: `文件有 ${st.nlink} 个硬链接，替换会断开链接，未写入修复`,
        en: `the file has ${st.nlink} hard links, which replacing it would break; fixes not written`,
      },
    };
  }
  const early = unchanged(target, opts.expected, maxBytes, fs);
  if (early) return early;
  const tmp = tempNameFor(target);
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, C.O_WRONLY | C.O_CREAT | C.O_EXCL, 0o600);
    writeAll(fs, fd, data);
    fs.fsyncSync(fd);
    fs.fchmodSync(fd, st.mode & 0o7777);
    const mine = fs.fstatSync(fd);
    if (mine.uid !== st.uid || mine.gid !== st.gid) {
      try {
        fs.fchownSync(fd, st.uid, st.gid);
      } catch (e) {
        const d = describeFsError(e);
        throw Object.assign(new Error(d.message.en), {
          code: d.code,
          text2: { zh: `无法保留原文件的属主和属组：${d.message.zh}`, en: `cannot keep the original owner and group: ${d.message.en}` },
        });
      }
    }
    fs.closeSync(fd);
    fd = undefined;
    const late = unchanged(target, opts.expected, maxBytes, fs);
    if (late) {
      removeQuietly(fs, tmp);
      return late;
    }
    fs.renameSync(tmp, target);
  } catch (e) {
    if (fd !== undefined) closeQuietly(fs, fd);
    removeQuietly(fs, tmp);
    return { ok: false, reason: 'error', ...describeFsError(e) };
  }
  fsyncDir(fs, dirname(target));
  return { ok: true };
}

function removeQuietly(fs: FsOps, p: string): void {
  try {
    fs.unlinkSync(p);
  } catch {
    /* already gone */
  }
}

/**
 * Writes an output file (an export): replaces an existing file atomically (writeFileAtomic), or
 * creates a new one through a temporary file renamed into place, so a reader never sees half a file.
 */
export function writeOutputFile(path: string, data: Uint8Array, fs: FsOps = realFs): WriteOutcome {
  try {
    fs.statSync(path);
    return writeFileAtomic(path, data, { fs });
  } catch (e) {
    if (describeFsError(e).code !== 'ENOENT') return { ok: false, reason: 'error', ...describeFsError(e) };
  }
  const tmp = tempNameFor(path);
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, C.O_WRONLY | C.O_CREAT | C.O_EXCL, 0o644);
    writeAll(fs, fd, data);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(tmp, path);
  } catch (e) {
    if (fd !== undefined) closeQuietly(fs, fd);
    removeQuietly(fs, tmp);
    return { ok: false, reason: 'error', ...describeFsError(e) };
  }
  fsyncDir(fs, dirname(path));
  return { ok: true };
}
