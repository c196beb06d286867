import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { describe, it } from 'node:test';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { SERVER } from '../helpers/lspClient';

interface Raw {
  readonly proc: ChildProcess;
  stderr(): string;
  exit: Promise<number | null>;
}

function spawnRaw(): Raw {
  const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  proc.stdout!.resume();
  const exit = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  return { proc, stderr: () => stderr, exit };
}

/** Waits for the process to exit (or kills it after `ms`, returning 'alive'). */
async function exitWithin(r: Raw, ms: number): Promise<number | null | 'alive'> {
  const timer = new Promise<'alive'>((resolve) => setTimeout(() => resolve('alive'), ms));
  const code = await Promise.race([r.exit, timer]);
  if (code === 'alive') r.proc.kill('SIGKILL');
  return code;
}

function frame(body: string): string {
  return `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
}

const hostile: [string, string][] = [
  ['garbage bytes', '\u0000\u00ff garbage that is not a header at all'],
  ['a header without Content-Length', 'Content-Type: application/vscode-jsonrpc\r\n\r\n{}'],
  ['a non-numeric Content-Length', 'Content-Length: abc\r\n\r\n{}'],
  ['a Content-Length of 2 000 000 000', 'Content-Length: 2000000000\r\n\r\n{"jsonrpc":"2.0"'],
  ['a body that is not JSON', frame('this is not json')],
];

describe('transport: a broken byte stream is reported on stderr and the server exits non-zero', () => {
  for (const [what, bytes] of hostile) {
    it(`exits on ${what}`, async () => {
      const r = spawnRaw();
      r.proc.stdin!.write(bytes);
      const code = await exitWithin(r, 5000);
      assert.notEqual(code, 'alive', 'the server must not stay alive and silent');
      assert.notEqual(code, 0);
      assert.match(r.stderr(), /protocol error/);
    });
  }

  it('a valid message split across many writes still gets through', async () => {
    const r = spawnRaw();
    const got: { id?: number; result?: { capabilities?: unknown } }[] = [];
    new StreamMessageReader(r.proc.stdout!).listen((m) => got.push(m as (typeof got)[number]));
    const body = frame(
      JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }),
    );
    for (const piece of body.match(/[\s\S]{1,7}/g)!) r.proc.stdin!.write(piece);
    const end = Date.now() + 5000;
    while (!got.some((m) => m.id === 1) && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 20));
    assert.ok(got.find((m) => m.id === 1)?.result?.capabilities, 'initialize answered');
    assert.doesNotMatch(r.stderr(), /protocol error/);
    r.proc.kill();
  });
});

function connect(r: Raw): ProtocolConnection {
  const conn = createProtocolConnection(new StreamMessageReader(r.proc.stdout!), new StreamMessageWriter(r.proc.stdin!));
  conn.onNotification('window/logMessage', () => undefined);
  conn.listen();
  return conn;
}

async function errorCode(p: Promise<unknown>): Promise<number | undefined> {
  try {
    await p;
    return undefined;
  } catch (e) {
    return (e as { code?: number }).code;
  }
}

describe('lifecycle', () => {
  it('requests before initialize get ServerNotInitialized (-32002); after shutdown, InvalidRequest (-32600); exit is clean', async () => {
    const r = spawnRaw();
    const conn = connect(r);
    const params = { textDocument: { uri: 'untitled:x' } };
    assert.equal(await errorCode(conn.sendRequest('textDocument/diagnostic', params)), -32002);
    assert.equal(await errorCode(conn.sendRequest('gongwen/stats', { uri: 'untitled:x' })), -32002);
    await conn.sendRequest('initialize', { processId: null, rootUri: null, capabilities: { textDocument: { diagnostic: {} } } });
    await conn.sendNotification('initialized', {});
    assert.equal(await errorCode(conn.sendRequest('textDocument/diagnostic', params)), undefined, 'served once initialised');
    await conn.sendRequest('shutdown');
    assert.equal(await errorCode(conn.sendRequest('textDocument/diagnostic', params)), -32600);
    assert.equal(
      await errorCode(
        conn.sendRequest('textDocument/codeAction', {
          ...params,
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          context: { diagnostics: [] },
        }),
      ),
      -32600,
    );
    await conn.sendNotification('exit');
    assert.equal(await exitWithin(r, 5000), 0);
    conn.dispose();
  });
});
