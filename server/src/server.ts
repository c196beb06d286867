import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { SERVER_VERSION, startServer } from './lsp/startServer';

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
process.on('unhandledRejection', (e) => process.stderr.write(`gongwen-language-server: unhandled rejection: ${e instanceof Error ? e.stack : String(e)}\n`));
process.on('uncaughtException', (e) => process.stderr.write(`gongwen-language-server: uncaught exception: ${e.stack ?? String(e)}\n`));
startServer(createConnection(ProposedFeatures.all));
