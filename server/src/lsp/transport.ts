import { Transform, type TransformCallback } from 'node:stream';

/** Largest JSON-RPC message accepted, in bytes: a 4 M-character document as JSON is about 12 MB. */
export const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;
/** Largest header block accepted, in bytes. */
const MAX_HEADER_BYTES = 4096;
const CRLF2 = Buffer.from('\r\n\r\n', 'ascii');
/** A complete header line, and the beginning of one. */
const HEADER_LINE = /^[A-Za-z][A-Za-z0-9-]*: *[\x20-\x7e]*$/;
const PARTIAL_LINE = /^(?:[A-Za-z][A-Za-z0-9-]*(?:: *[\x20-\x7e]*)?\r?)?$/;

/**
 * Checks the framing of an LSP byte stream (headers, Content-Length, JSON body) before the
 * JSON-RPC reader sees it, and passes every valid message through unchanged. The library's own
 * reader reports a bad header once and then waits forever, and buffers any Content-Length;
 * here the first protocol error is reported through `onError` (the server logs it and exits so
 * that the client restarts it) and no message larger than `maxBytes` is buffered.
 */
export class FramingGuard extends Transform {
  private buffer = Buffer.alloc(0);
  /** Chunks of a body still incomplete, not yet joined (joining each chunk would be quadratic). */
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private bodyLength = -1;
  private headerLength = 0;
  private failed = false;

  constructor(
    private readonly onError: (message: string) => void,
    private readonly maxBytes = MAX_MESSAGE_BYTES,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    if (this.failed) return done();
    if (this.bodyLength >= 0 && this.buffer.length + this.pendingBytes + chunk.length < this.headerLength + this.bodyLength) {
      this.pending.push(chunk);
      this.pendingBytes += chunk.length;
      return done();
    }
    this.buffer = Buffer.concat([this.buffer, ...this.pending, chunk]);
    this.pending = [];
    this.pendingBytes = 0;
    const error = this.drain();
    if (error) {
      this.failed = true;
      this.buffer = Buffer.alloc(0);
      this.onError(error);
    }
    done();
  }

  /** Passes on every complete message in the buffer; returns a protocol error, if any. */
  private drain(): string | undefined {
    for (;;) {
      if (this.bodyLength < 0) {
        const error = this.readHeader();
        if (error || this.bodyLength < 0) return error;
      }
      const total = this.headerLength + this.bodyLength;
      if (this.buffer.length < total) return undefined;
      const body = this.buffer.subarray(this.headerLength, total);
      const error = checkJson(body);
      if (error) return error;
      this.push(this.buffer.subarray(0, total));
      this.buffer = this.buffer.subarray(total);
      this.bodyLength = -1;
    }
  }

  private readHeader(): string | undefined {
    const end = this.buffer.indexOf(CRLF2);
    const head = this.buffer.subarray(0, end < 0 ? Math.min(this.buffer.length, MAX_HEADER_BYTES + 1) : end).toString('latin1');
    const lines = head.split('\r\n');
    const partial = end < 0 ? (lines.pop() ?? '') : undefined;
    const bad = lines.find((l) => !HEADER_LINE.test(l));
    if (bad !== undefined) return `invalid header line ${JSON.stringify(bad.slice(0, 80))}`;
    if (partial !== undefined && !PARTIAL_LINE.test(partial)) return `invalid header bytes ${JSON.stringify(partial.slice(0, 80))}`;
    if (end < 0) return this.buffer.length > MAX_HEADER_BYTES ? `header longer than ${MAX_HEADER_BYTES} bytes` : undefined;
    const length = lines.find((l) => /^content-length:/i.test(l))?.replace(/^content-length: */i, '');
    if (length === undefined) return 'header without Content-Length';
    if (!/^\d{1,12}$/.test(length.trim())) return `invalid Content-Length ${JSON.stringify(length)}`;
    const n = Number(length.trim());
    if (n > this.maxBytes) return `Content-Length ${n} exceeds the limit of ${this.maxBytes} bytes`;
    this.headerLength = end + CRLF2.length;
    this.bodyLength = n;
    return undefined;
  }
}

function checkJson(body: Buffer): string | undefined {
  try {
    const v: unknown = JSON.parse(body.toString('utf8'));
    if (v === null || typeof v !== 'object') return 'message body is not a JSON object';
  } catch (e) {
    return `message body is not JSON (${e instanceof Error ? e.message : String(e)})`;
  }
  return undefined;
}
