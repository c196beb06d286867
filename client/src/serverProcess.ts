import { fork, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';

/** The language server: the extension's own bundle, never a program named by a setting or the workspace. */
export function serverModule(context: vscode.ExtensionContext): string {
  return context.asAbsolutePath(path.join('server', 'dist', 'server.js'));
}

/** The extension host runs under a debugger: the language client starts the server itself, with --inspect. */
export function hostIsDebugged(): boolean {
  return process.execArgv.some((a) => /^--(debug|inspect)(-brk)?(=|$)/.test(a));
}

/**
 * Forks the language server over Node IPC exactly as vscode-languageclient does for `TransportKind.ipc` (same arguments,
 * environment, working directory and piped stdio). Called first thing in `activate`, so that the server loads its
 * 2 MB bundle in its own process while the extension host is still loading the language client library (about half
 * of the client bundle): the two no longer run one after the other (issue 13 item 8).
 */
export function forkServer(context: vscode.ExtensionContext): ChildProcess {
  const folder = vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file');
  return fork(serverModule(context), ['--node-ipc', `--clientProcessId=${process.pid}`], {
    cwd: folder?.uri.fsPath,
    // GONGWEN_CODE_CACHE: the server keeps V8's code cache there and starts faster from the second time (server/src/launch.ts).
    env: {
      ...process.env,
      ELECTRON_RUN_AS_NODE: '1',
      ELECTRON_NO_ASAR: '1',
      GONGWEN_CODE_CACHE: path.join(context.globalStorageUri.fsPath, 'code-cache'),
    },
    execArgv: [],
    silent: true,
  });
}

/** Ends a server process that did not exit by itself after the client stopped it (shutdown + exit). */
export function reap(child: ChildProcess, afterMs = 2000): void {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const timer = setTimeout(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill();
  }, afterMs);
  timer.unref();
  child.once('exit', () => clearTimeout(timer));
}
