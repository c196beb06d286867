// lsp/idleScavenge.ts: the young generation is collected once the server is quiet after a keystroke's burst, only
// when another burst of the same size would not fit, and never while requests or check steps keep coming.
import assert from 'node:assert/strict';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { describe, it } from 'node:test';
import { collector, IdleScavenge, type Gc } from '../../server/src/lsp/idleScavenge';
import type { Session } from '../../server/src/lsp/session';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const MB = 1024 * 1024;

function fakeSession(): Session {
  return { activity: 0, state: 'running' } as unknown as Session;
}

/** A young generation of 16 MB whose use the test sets; `gc` empties it and counts. */
function fakeHeap() {
  const heap = { used: 0, calls: 0 };
  const gc: Gc = (o) => {
    assert.deepEqual(o, { type: 'minor' });
    heap.calls++;
    heap.used = MB / 2; // the survivors
  };
  const young = () => ({ used: heap.used, available: 16 * MB - heap.used });
  return { heap, gc, young };
}

/** One keystroke: activity, `allocated` bytes, then quiet until the server has looked. */
async function burst(session: Session, s: IdleScavenge, heap: { used: number }, allocated: number): Promise<void> {
  session.activity++;
  s.kick();
  heap.used += allocated;
  await sleep(60);
}

describe('idle scavenge (lsp/idleScavenge.ts)', () => {
  it('collects in the gap once the young generation could not take two more bursts of the last size', async () => {
    const session = fakeSession();
    const { heap, gc, young } = fakeHeap();
    const s = new IdleScavenge(session, gc, young);
    const seen: number[] = [];
    for (let i = 0; i < 6; i++) {
      await burst(session, s, heap, 3 * MB);
      seen.push(heap.calls);
    }
    // MB used after each burst: 3 (no size known yet), 6 (3 a burst; 10 free ≥ 2 × 3), 9 (7 free),
    // 12 (4 free < 6: collected, 0.5 left), 3.5 (12.5 free), 6.5 (9.5 free).
    assert.deepEqual(seen, [0, 0, 0, 1, 1, 1]);
    assert.equal(s.collected, 1);
  });

  it('small bursts are left to V8', async () => {
    const session = fakeSession();
    const { heap, gc, young } = fakeHeap();
    heap.used = 15.5 * MB;
    const s = new IdleScavenge(session, gc, young);
    for (let i = 0; i < 4; i++) await burst(session, s, heap, 100 * 1024);
    assert.equal(heap.calls, 0);
  });

  it('waits while activity keeps coming, and collects once it stops', async () => {
    const session = fakeSession();
    const { heap, gc, young } = fakeHeap();
    const s = new IdleScavenge(session, gc, young);
    await burst(session, s, heap, 4 * MB);
    await burst(session, s, heap, 4 * MB); // 8 MB used, 4 MB a burst: the next quiet moment collects
    assert.equal(heap.calls, 0);
    session.activity++;
    s.kick();
    heap.used += 4 * MB;
    // A check's steps and the burst's requests: activity every 2 ms (a shorter timer than the server's quiet time,
    // so it always runs first, however late the event loop gets to both).
    const busy = setInterval(() => session.activity++, 2);
    await sleep(150);
    clearInterval(busy);
    assert.equal(heap.calls, 0, 'no collection while the server is busy');
    await sleep(60);
    assert.equal(heap.calls, 1);
  });

  it('after shutdown it does nothing', async () => {
    const session = fakeSession();
    const { heap, gc, young } = fakeHeap();
    const s = new IdleScavenge(session, gc, young);
    await burst(session, s, heap, 4 * MB);
    await burst(session, s, heap, 4 * MB);
    (session as { state: string }).state = 'shutdown';
    await burst(session, s, heap, 4 * MB);
    assert.equal(heap.calls, 0);
  });

  it("V8's collector is found in a process started without --expose-gc, and collects the young generation", async () => {
    const minor: number[] = [];
    const obs = new PerformanceObserver((l) => {
      for (const e of l.getEntries())
        if ((e as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MINOR) minor.push(1);
    });
    obs.observe({ entryTypes: ['gc'] });
    try {
      const gc = collector();
      assert.ok(gc, 'gc found');
      await sleep(20);
      minor.length = 0;
      gc({ type: 'minor' });
      await sleep(20); // gc entries are delivered asynchronously
      assert.ok(minor.length >= 1, 'a minor collection was observed');
    } finally {
      obs.disconnect();
    }
  });

  it("with V8's own heap figures: a young generation filled by bursts is collected in the gap", async () => {
    const session = fakeSession();
    const s = new IdleScavenge(session);
    let kept: unknown[] = [];
    for (let i = 0; i < 40 && s.collected === 0; i++) {
      session.activity++;
      s.kick();
      // About 3 MB of objects that live until the next burst, like a version's results.
      kept = Array.from({ length: 40_000 }, (_, k) => ({ k, s: `${i}:${k}` }));
      await sleep(30);
    }
    assert.ok(kept.length > 0);
    assert.ok(s.collected > 0, 'collected at least once in 40 bursts');
  });
});
