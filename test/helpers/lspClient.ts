import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { ROOT } from './paths';

export const SERVER = join(ROOT, 'server', 'dist', 'server.js');

export interface TestClient {
  readonly conn: ProtocolConnection;
  readonly proc: ChildProcess;
  readonly published: PublishDiagnosticsParams[];
  readonly messages: { type: number; message: string }[];
  /** The server's window/logMessage texts (the 公文校对 output channel in VS Code). */
  readonly logs: string[];
  /** Capabilities the server registered dynamically (client/registerCapability). */
  readonly registrations: { method: string; registerOptions?: unknown }[];
  /** Everything the server wrote to stderr (crash reports land here). */
  stderr(): string;
  /** Settings answered to workspace/configuration (mutable). */
  settings: Record<string, unknown>;
  waitFor<T>(fn: () => T | undefined | false, timeoutMs?: number, what?: string): Promise<T>;
  close(): Promise<number | null>;
}

export interface StartOptions {
  readonly pull?: boolean;
  readonly locale?: string;
  readonly settings?: Record<string, unknown>;
  readonly configuration?: boolean;
  /** Advertise dynamic registration of file watchers (as Neovim does). */
  readonly watchFiles?: boolean;
  /** Sent as `initializationOptions` (the VS Code client sends locale, watchesConfigFiles, ignored). */
  readonly initializationOptions?: Record<string, unknown>;
  /** Environment variables added to the server's (e.g. GONGWEN_CODE_CACHE). */
  readonly env?: Record<string, string>;
}

/** Spawns the bundled server over stdio and initialises it like an editor would. */
export async function startServer(opts: StartOptions = {}): Promise<TestClient> {
  const env = opts.env ? { ...process.env, ...opts.env } : process.env;
  const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env });
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const published: PublishDiagnosticsParams[] = [];
  const messages: { type: number; message: string }[] = [];
  const logs: string[] = [];
  const registrations: { method: string; registerOptions?: unknown }[] = [];
  let stderr = '';
  proc.stderr!.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const client: TestClient = {
    conn,
    proc,
    published,
    messages,
    logs,
    registrations,
    settings: opts.settings ?? {},
    stderr: () => stderr,
    async waitFor<T>(fn: () => T | undefined | false, timeoutMs = 5000, what = 'condition'): Promise<T> {
      const end = Date.now() + timeoutMs;
      for (;;) {
        const v = fn();
        if (v) return v;
        if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    async close() {
      const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
      try {
        await conn.sendRequest('shutdown');
        await conn.sendNotification('exit');
      } catch {
        proc.kill();
      }
      const code = await Promise.race([exited, new Promise<null>((r) => setTimeout(() => r(null), 3000))]);
      conn.dispose();
      if (code === null) proc.kill('SIGKILL');
      return code;
    },
  };
  conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.push(p);
  });
  conn.onNotification('window/showMessage', (p: { type: number; message: string }) => {
    messages.push(p);
  });
  conn.onRequest('window/showMessageRequest', (p: { type: number; message: string }) => {
    messages.push(p);
    return null;
  });
  conn.onNotification('window/logMessage', (p: { message: string }) => {
    logs.push(p.message);
  });
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => client.settings));
  conn.onRequest('client/registerCapability', (p: { registrations: { method: string; registerOptions?: unknown }[] }) => {
    registrations.push(...p.registrations);
    return null;
  });
  conn.onRequest('workspace/diagnostic/refresh', () => null);
  conn.listen();
  const capabilities: ClientCapabilities = {
    workspace: {
      didChangeWatchedFiles: { dynamicRegistration: opts.watchFiles === true },
      configuration: opts.configuration ?? true,
      diagnostics: { refreshSupport: true },
      didChangeConfiguration: { dynamicRegistration: true },
    },
    textDocument: {
      ...(opts.pull === false ? {} : { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } }),
      publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
      codeAction: {
        codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
        isPreferredSupport: true,
        dataSupport: true,
      },
      synchronization: { didSave: true },
    },
  };
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities,
    workspaceFolders: null,
    locale: opts.locale ?? 'zh-cn',
    ...(opts.initializationOptions ? { initializationOptions: opts.initializationOptions } : {}),
  });
  await conn.sendNotification('initialized', {});
  return client;
}

/** The code actions the server offers for diagnostic `d` of `uri` (at its range, with it as context). */
export async function actionsFor(c: TestClient, uri: string, d: Diagnostic): Promise<CodeAction[]> {
  return (await c.conn.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: d.range,
    context: { diagnostics: [d] },
  })) as CodeAction[];
}

/** `doc`'s text after the edits of `action` (a workspace edit with one document change). */
export function applyAction(doc: TextDocument, action: CodeAction): string {
  const changes = action.edit?.documentChanges as { edits: TextEdit[] }[];
  return TextDocument.applyEdits(doc, changes[0].edits);
}

/** Shuts the server down and requires a clean end: exit code 0 and no uncaught error or unhandled rejection on stderr. */
export async function closeCleanly(c: TestClient): Promise<void> {
  assert.equal(await c.close(), 0, 'server exits with 0 after shutdown/exit');
  assert.doesNotMatch(c.stderr(), /uncaught|unhandled/i);
}
