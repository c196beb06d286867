/**
 * `npm run test:property`: the big batch of the property suite on a worker pool.
 *   PROPERTY_RUNS   documents in all (default 100 000)
 *   PROPERTY_SEED   base seed (default 20241201); batch k uses seed + k, so any batch reproduces alone
 *   PROPERTY_BATCH  documents per batch (default 2 500)
 *   PROPERTY_WORKERS worker threads (default os.availableParallelism())
 *   PROPERTY_REPLAY "<batch seed>:<path>" replays one printed counterexample instead of running
 * Exit code 1 when any property broke; each broken property is printed with its shrunk counterexample
 * as a JSON string literal and the seed/path that replays it.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { replay, runBatch, type BatchResult, type Counterexample } from './batch';
import { loadParagraphs } from './corpus';

interface Job {
  seed: number;
  runs: number;
  skip: string[];
}

function envInt(name: string, dflt: number): number {
  const v = process.env[name];
  if (v === undefined || v === '') return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name}=${v}: expected a non-negative integer`);
  return n;
}

function workerMain(): void {
  const paragraphs = loadParagraphs(() => undefined); // the main thread already warned
  parentPort!.on('message', (job: Job | null) => {
    if (job === null) return process.exit(0);
    const r = runBatch({ seed: job.seed, runs: job.runs, paragraphs, skipShrink: new Set(job.skip), shrinkMs: 20_000 });
    parentPort!.postMessage(r);
  });
  parentPort!.postMessage('ready');
}

function printCounterexample(c: Counterexample, count: number): void {
  console.log(`\n✗ ${c.sig}  (${count} documents)`);
  console.log(`  counterexample (${c.language}, ${c.eol}${c.shared ? `, shared settings ${c.shared}` : ''}): ${c.text}`);
  console.log(`  ${c.detail}`);
  console.log(`  replay: PROPERTY_REPLAY=${c.seed}:${c.path} npm run test:property`);
}

async function main(): Promise<void> {
  const total = envInt('PROPERTY_RUNS', 100_000);
  const seed = envInt('PROPERTY_SEED', 20241201);
  const per = Math.max(1, envInt('PROPERTY_BATCH', 2_500));
  const nWorkers = Math.max(1, envInt('PROPERTY_WORKERS', availableParallelism()));
  const paragraphs = loadParagraphs();
  const jobs: Job[] = [];
  for (let k = 0, left = total; left > 0; k++, left -= per) jobs.push({ seed: seed + k, runs: Math.min(per, left), skip: [] });
  console.log(
    `property suite: ${total} documents, seed ${seed}, ${jobs.length} batches of ≤${per}, ${nWorkers} workers, corpus paragraphs: ${paragraphs.length}`,
  );
  const t0 = Date.now();
  const results: BatchResult[] = [];
  const shrunk = new Set<string>();
  let next = 0;
  await Promise.all(
    Array.from(
      { length: Math.min(nWorkers, jobs.length) },
      () =>
        new Promise<void>((resolve, reject) => {
          const w = new Worker(__filename, { workerData: { worker: true } });
          const send = () => {
            if (next >= jobs.length) return w.postMessage(null);
            const job = jobs[next++];
            w.postMessage({ ...job, skip: [...shrunk] });
          };
          w.on('message', (m: BatchResult | 'ready') => {
            if (m !== 'ready') {
              results.push(m);
              for (const c of m.counterexamples) shrunk.add(c.sig);
              const done = results.reduce((a, r) => a + r.runs, 0);
              process.stderr.write(`  ${done}/${total} documents, ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
            }
            send();
          });
          w.on('error', reject);
          w.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker exited with ${code}`))));
        }),
    ),
  );
  report(results, total, Date.now() - t0);
}

function report(results: BatchResult[], total: number, ms: number): void {
  const runs = results.reduce((a, r) => a + r.runs, 0);
  const failed = results.reduce((a, r) => a + r.failedDocs, 0);
  const chars = results.reduce((a, r) => a + r.chars, 0);
  const counts = new Map<string, number>();
  for (const r of results) for (const s of r.sigs) counts.set(s.sig, (counts.get(s.sig) ?? 0) + s.count);
  const ces = new Map<string, Counterexample>();
  for (const r of results) for (const c of r.counterexamples) if (!ces.has(c.sig)) ces.set(c.sig, c);
  console.log(
    `\n${runs} documents (${(chars / runs).toFixed(0)} code units on average) in ${(ms / 1000).toFixed(1)} s; ${failed} broke a property.`,
  );
  for (const [sig, count] of [...counts].sort((a, b) => b[1] - a[1])) {
    const c = ces.get(sig);
    if (c) printCounterexample(c, count);
    else console.log(`\n✗ ${sig}  (${count} documents; not shrunk: ${results.flatMap((r) => r.sigs).find((s) => s.sig === sig)?.detail})`);
  }
  if (runs !== total) console.log(`\nonly ${runs} of ${total} documents ran`);
  process.exitCode = counts.size > 0 || runs !== total ? 1 : 0;
  if (counts.size === 0) console.log('all properties held.');
}

function replayMain(spec: string): void {
  const i = spec.indexOf(':');
  const r = replay(Number(spec.slice(0, i)), spec.slice(i + 1), loadParagraphs());
  console.log(`document (${r.language}, ${r.eol}${r.shared ? `, shared settings ${r.shared}` : ''}): ${r.text}`);
  for (const v of r.violations) console.log(`✗ ${v.sig}: ${v.detail}`);
  if (r.violations.length === 0) console.log('all properties hold on it.');
  process.exitCode = r.violations.length ? 1 : 0;
}

if (isMainThread && process.env.PROPERTY_REPLAY) {
  replayMain(process.env.PROPERTY_REPLAY);
} else if (isMainThread) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 2;
  });
} else if ((workerData as { worker?: boolean })?.worker) {
  workerMain();
}
