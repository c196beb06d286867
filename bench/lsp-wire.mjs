// The LSP byte stream for the bench scripts (lsp-start.mjs, lsp-load.mjs, lsp-edit.mjs): Content-Length framing both ways, and
// the server's CPU time and memory from /proc (Linux; undefined elsewhere).
import { readFileSync } from 'node:fs';

/** Frames messages to `child`'s stdin and calls `onMessage` with each message from its stdout; returns `send`. */
export function wire(child, onMessage) {
  let buf = Buffer.alloc(0);
  child.stdout.on('data', (chunk) => {
    buf = Buffer.concat([buf, chunk]);
    for (;;) {
      const sep = buf.indexOf('\r\n\r\n');
      if (sep < 0) return;
      const len = Number(/Content-Length: (\d+)/i.exec(buf.subarray(0, sep).toString())?.[1]);
      if (buf.length < sep + 4 + len) return;
      const body = buf.subarray(sep + 4, sep + 4 + len).toString();
      buf = buf.subarray(sep + 4 + len);
      onMessage(JSON.parse(body));
    }
  });
  return (msg) => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...msg }));
    child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    child.stdin.write(body);
  };
}

/** A process's CPU time (user + system, ms), resident and peak resident memory (MB); undefined without /proc. */
export function procStatus(pid) {
  try {
    const s = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(s)?.[1]);
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime are fields 14 and 15 of /proc/<pid>/stat, in clock ticks (1/100 s on Linux).
    return { cpu: (Number(stat[11]) + Number(stat[12])) * 10, rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    return undefined;
  }
}
