// lsp/editWarmup.ts in process: the server types into a copy of the first long document only while it is idle, stops
// at any activity, finishes after its fixed number of re-checks, and skips short documents.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { EMPTY_CONFIG } from '../../server/src/core/index';
import { EditWarmup } from '../../server/src/lsp/editWarmup';
import type { Session } from '../../server/src/lsp/session';
import { startServer } from '../helpers/lspClient';
import { ROOT } from '../helpers/paths';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function fakeSession(logged: string[]): Session {
  const connection = { console: { log: (m: string) => logged.push(m) } };
  return { activity: 0, state: 'running', connection } as unknown as Session;
}

const options = { config: EMPTY_CONFIG, language: 'gongwen' as const, locale: 'zh' as const, deferUnready: true };
const fixture = readFileSync(join(ROOT, 'test', 'golden', 'fixtures', 'report-defects.txt'), 'utf8');
let long = fixture;
while (long.length < 12_000) long += `\n${fixture}`;

describe('edit warm-up (lsp/editWarmup.ts)', () => {
  it('does nothing while requests keep coming, then runs all its re-checks once the server is idle', async () => {
    const logged: string[] = [];
    const session = fakeSession(logged);
    const warmup = new EditWarmup(session, 120_000);
    warmup.start(long, options);
    for (let i = 0; i < 20; i++) {
      session.activity++;
      await sleep(50);
    }
    assert.equal(warmup.done, 0, 'no re-check while the server is busy');
    const end = Date.now() + 60_000;
    while (!logged.length && Date.now() < end) await sleep(50);
    assert.equal(warmup.done, 24);
    assert.equal(logged.length, 1);
    assert.match(logged[0], /^edit path warmed up: 24 re-checks/);
    warmup.start(long, options);
    await sleep(500);
    assert.equal(warmup.done, 24, 'once per server');
  });

  it('a short document does not start it; a long one later does', async () => {
    const session = fakeSession([]);
    const warmup = new EditWarmup(session, 120_000);
    warmup.start(fixture, options);
    await sleep(700);
    assert.equal(warmup.done, 0);
    warmup.start(long, options);
    const end = Date.now() + 60_000;
    while (warmup.done === 0 && Date.now() < end) await sleep(20);
    assert.ok(warmup.done > 0);
    session.state = 'shutdown'; // ends it
  });

  it('a server without an idle moment drops it for good after its time, with its copy', async () => {
    const logged: string[] = [];
    const session = fakeSession(logged);
    const warmup = new EditWarmup(session, 600);
    warmup.start(long, options);
    const end = Date.now() + 30_000;
    while (!logged.length && Date.now() < end) {
      session.activity++;
      await sleep(50);
    }
    assert.deepEqual(logged, ['edit path warm-up dropped after 0 re-checks: no idle moment']);
    warmup.start(long, options);
    await sleep(1_000);
    assert.equal(warmup.done, 0, 'not started again');
    assert.equal(logged.length, 1);
  });

  it('in the server, settings changes keep it waiting like requests do; it runs once they stop', async () => {
    const c = await startServer();
    try {
      const uri = 'untitled:warm-up.gongwen';
      await c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'gongwen', version: 1, text: long } });
      await c.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } }); // complete diagnostics: the warm-up may start
      const warmed = () => c.logs.some((l) => l.startsWith('edit path warmed up'));
      // Notifications only (no request): each re-checks every document (refreshAll), which must count as activity.
      // A step needs IDLE_MS (300 ms) without activity. On a loaded machine this process's 60 ms sleeps can stretch
      // past that; each such gap may let one step run, and all 24 are needed before «warmed up», so the assertion
      // holds whenever fewer than 24 gaps were long (always, but for a starved test process).
      let longGaps = 0;
      let last = Date.now();
      for (let i = 0; i < 24; i++) {
        await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
        await sleep(60);
        if (Date.now() - last >= 250) longGaps++;
        last = Date.now();
      }
      if (longGaps < 24)
        assert.ok(!warmed(), `no warm-up while the settings keep changing (${longGaps} long gaps): ${JSON.stringify(c.logs)}`);
      await c.waitFor(warmed, 60_000, 'the warm-up once the server is idle');
    } finally {
      await c.close();
    }
  });
});
