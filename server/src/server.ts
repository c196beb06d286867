import { fstatSync } from 'node:fs';
import { Socket } from 'node:net';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { SERVER_VERSION, startServer } from './lsp/startServer';
import { FramingGuard } from './lsp/transport';

const argv = process.argv.slice(2);
if (argv.includes('--version') || argv.includes('-v')) {
  process.stdout.write(`${SERVER_VERSION}\n`);
  process.exit(0);
}
const transports = ['--stdio', '--node-ipc', '--socket', '--pipe', '--clientProcessId'];
if (argv.includes('--help') || argv.includes('-h') || !argv.some((a) => transports.some((t) => a === t || a.startsWith(`${t}=`)))) {
  process.stderr.write(
    [
      '用法：gongwen-language-server --stdio',
      '公文校对语言服务器（LSP）。由编辑器启动，通过标准输入输出通信。',
      '',
      'Usage: gongwen-language-server --stdio   (also --node-ipc, --socket=<port>, --pipe=<name>)',
      'The gongwen language server, started by an editor (VS Code, Neovim, …).',
      '',
    ].join('\n'),
  );
  process.exit(argv.includes('--help') || argv.includes('-h') ? 0 : 2);
}
// A bug in one handler must not take the editor's checking down with it: log and keep serving.
process.on('unhandledRejection', (e) =>
  process.stderr.write(`gongwen-language-server: unhandled rejection: ${e instanceof Error ? e.stack : String(e)}\n`),
);
process.on('uncaughtException', (e) => process.stderr.write(`gongwen-language-server: uncaught exception: ${e.stack ?? String(e)}\n`));

/** A broken byte stream cannot be resynchronised: say why on stderr and exit non-zero so that the client restarts the server. */
function protocolError(message: string): never {
  process.stderr.write(`gongwen-language-server: protocol error: ${message}\n`);
  process.exit(1);
}

/**
 * The stream the replies go to. On Linux, process.stdout on a pipe writes synchronously: a 150 kB diagnostics reply
 * blocks the server until the editor has read it (a pipe holds 64 kB), and the requests behind it wait. A socket on
 * the same descriptor writes asynchronously; a file or terminal keeps process.stdout.
 */
function replies(): NodeJS.WritableStream {
  try {
    const st = fstatSync(1);
    if (st.isFIFO() || st.isSocket()) return new Socket({ fd: 1, readable: false, writable: true });
  } catch {
    // no usable descriptor 1: process.stdout reports it
  }
  return process.stdout;
}

if (argv.includes('--stdio')) {
  // stdout carries the protocol: anything logged with console goes to stderr.
  for (const k of ['log', 'info', 'warn', 'error', 'debug'] as const)
    console[k] = (...a: unknown[]) => process.stderr.write(`${a.map(String).join(' ')}\n`);
  startServer(createConnection(ProposedFeatures.all, process.stdin.pipe(new FramingGuard(protocolError)), replies()));
} else {
  startServer(createConnection(ProposedFeatures.all));
}
