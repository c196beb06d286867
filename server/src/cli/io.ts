/**
 * What the CLI touches outside itself, injected so that it runs in process under test:
 * standard streams, environment, working folder, and the file operations used to read and to
 * write fixes (tests inject failures: ENOSPC mid-write, a concurrent writer …).
 */
import type { FsOps } from '../node/safeFs';
import { describeFsError } from '../node/safeFs';
import type { Text2 } from '../core/index';

export interface Output {
  write(s: string | Uint8Array): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

export interface Io {
  readonly stdout: Output;
  readonly stderr: Output;
  readonly stdin: AsyncIterable<Buffer | string>;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** File operations for reading documents and writing fixes (default: node:fs). */
  readonly fs?: FsOps;
}

/**
 * An output whose failures are recorded instead of thrown: a failed stdout write (EPIPE, EBADF,
 * ENOSPC on a redirect) makes the run exit 2, never 1 and never with a stack trace.
 */
export class GuardedOutput implements Output {
  failure: { code: string; message: Text2 } | undefined;
  constructor(private readonly inner: Output) {}
  get isTTY(): boolean | undefined {
    return this.inner.isTTY;
  }
  get columns(): number | undefined {
    return this.inner.columns;
  }
  write(s: string | Uint8Array): boolean {
    if (this.failure) return false;
    try {
      this.inner.write(s);
      return true;
    } catch (e) {
      this.failure = describeFsError(e);
      return false;
    }
  }
}

export async function readAll(stream: AsyncIterable<Buffer | string>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : c);
  return Buffer.concat(chunks);
}
