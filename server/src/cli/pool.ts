/**
 * Multi-core checking (--jobs n): n − 1 worker threads and the main thread fix and check the documents; the main
 * thread also reads them, writes fixes (atomically, in document.ts writeFix: the one place) and reports them in input
 * order, so the output is the same as a single-threaded run. A worker loads the module that defines runCheckWorker: this file
 * when running from out/ (tests), the CLI bundle server/dist/cli.js (which re-exports it) when shipped.
 */
import { availableParallelism } from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';
import { fixAll, type Config, type DocumentLanguage, type Locale } from '../core/index';
import { checkDocument } from '../node/workspace';
import type { CliConfigs } from './config';
import type { RunContext } from './context';
import { finishFile, prepareFile, type FileResult, type PreparedFile } from './document';

/**
 * Without --jobs, each worker needs this many bytes of input to pay for itself. A worker is a fresh V8 isolate: it
 * loads the bundle and its first ~7 MB of documents run cold (about 2 s of CPU where a warm pass takes 0.5 s), and a
 * single-threaded run already keeps a second core busy with V8's garbage collector. Measured on 2 cores (issue 14):
 * --jobs 2 was slower than --jobs 1 on the corpus (7 MB) and on 4× the corpus (28 MB), so the default stays on one
 * thread below 64 MB per worker; --jobs n still asks for n threads explicitly.
 */
export const POOL_BYTES_PER_WORKER = 64 * 1024 * 1024;

/** The cores this process may use. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Threads for a run of `files` files totalling `bytes` bytes: `requested` (--jobs) when given, else one thread plus
 * one worker per POOL_BYTES_PER_WORKER beyond the first, at most `cores`; never more threads than files.
 */
export function chooseJobs(requested: number | undefined, cores: number, files: number, bytes: number): number {
  const wanted = requested ?? Math.min(cores, 1 + Math.floor(bytes / POOL_BYTES_PER_WORKER));
  return Math.max(1, Math.min(wanted, files));
}

/** One document's work, as sent to a worker (structured-clone data only). */
export interface Job {
  readonly text: string;
  readonly config: Config;
  readonly language: DocumentLanguage;
  readonly locale: Locale;
  readonly fix: boolean;
}

/** Fixes (when asked) and checks one document; rule errors are collected, not thrown. */
export function computeJob(job: Job): FileResult {
  const ruleErrors: [string, string][] = [];
  const onRuleError = (id: string, e: unknown): void => {
    ruleErrors.push([id, e instanceof Error ? e.message : String(e)]);
  };
  const base = { config: job.config, language: job.language, locale: job.locale, onRuleError };
  let fixed: FileResult['fixed'];
  if (job.fix) {
    const f = fixAll(job.text, base);
    if (f.output !== job.text) fixed = { output: f.output, fixed: f.fixed };
  }
  return { fixed, outcome: checkDocument(fixed?.output ?? job.text, base), ruleErrors };
}

/** computeJob on this thread, an exception becoming the Error a worker would have sent. */
function here(job: Job): FileResult | Error {
  try {
    return computeJob(job);
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

type Reply = { readonly ok: true; readonly result: FileResult } | { readonly ok: false; readonly error: string };

/** The worker's side: answer each job with its result. */
export function runCheckWorker(): void {
  const port = parentPort;
  if (!port) throw new Error('runCheckWorker: not in a worker thread');
  port.on('message', (job: Job) => {
    let reply: Reply;
    try {
      reply = { ok: true, result: computeJob(job) };
    } catch (e) {
      reply = { ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
    }
    port.postMessage(reply);
  });
}

interface Task {
  readonly job: Job;
  readonly done: (r: FileResult | Error) => void;
}

/** Jobs posted ahead to one worker: it starts the next at once instead of waiting for the main thread to pump. */
const DEPTH = 2;

/**
 * A fixed set of workers, each with up to DEPTH jobs in flight (answered in order); further jobs queue here.
 * Results are FileResult or an Error, never a rejection.
 */
class CheckPool {
  private readonly inFlight = new Map<Worker, Task[]>();
  private readonly queue: Task[] = [];

  constructor(size: number) {
    const code = `require(${JSON.stringify(__filename)}).runCheckWorker()`;
    for (let i = 0; i < size; i++) {
      const w = new Worker(code, { eval: true });
      this.inFlight.set(w, []);
      w.on('message', (reply: Reply) => {
        this.inFlight
          .get(w)
          ?.shift()
          ?.done(reply.ok ? reply.result : new Error(reply.error));
        this.pump();
      });
      w.on('error', (e) => this.lost(w, e));
      w.on('exit', (code) => this.lost(w, new Error(`worker exited with code ${code}`)));
    }
  }

  /** True when a worker can take a job now (without queueing behind others). */
  hasRoom(): boolean {
    for (const tasks of this.inFlight.values()) if (tasks.length < DEPTH) return true;
    return false;
  }

  run(job: Job): Promise<FileResult | Error> {
    return new Promise((done) => {
      this.queue.push({ job, done });
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length) {
      let best: [Worker, Task[]] | undefined;
      for (const e of this.inFlight) if (e[1].length < DEPTH && (!best || e[1].length < best[1].length)) best = e;
      if (!best) return;
      const task = this.queue.shift()!;
      best[1].push(task);
      best[0].postMessage(task.job);
    }
  }

  /** A worker died: its jobs fail; when none is left, so do the queued ones. */
  private lost(w: Worker, e: Error): void {
    const tasks = this.inFlight.get(w);
    if (!tasks) return; // already counted
    this.inFlight.delete(w);
    for (const t of tasks) t.done(e);
    if (this.inFlight.size === 0) for (const t of this.queue.splice(0)) t.done(e);
    else this.pump();
  }

  async close(): Promise<void> {
    const all = [...this.inFlight.keys()];
    this.inFlight.clear();
    await Promise.all(all.map((w) => w.terminate()));
  }
}

/**
 * Checks `files` on `jobs` threads — this one and jobs − 1 workers — reading ahead a few files per thread; reports in
 * input order. A document goes to a worker when one has room, else this thread checks it: on two cores, two threads
 * (not three) share them, and one bundle load and JIT warm-up fewer is paid (issue 14).
 */
export async function processFilesInPool(
  ctx: RunContext,
  files: readonly string[],
  configs: CliConfigs,
  onRuleError: (id: string, e: unknown) => void,
  jobs: number,
): Promise<void> {
  const pool = new CheckPool(jobs - 1);
  const window = jobs * 4;
  const pending: { readonly p: PreparedFile; readonly result?: Promise<FileResult | Error>; readonly i: number }[] = [];
  const finishFirst = async (): Promise<void> => {
    const head = pending.shift()!;
    const result = head.result ? await head.result : undefined;
    ctx.progress?.tick(head.i, head.p.path);
    finishFile(ctx, head.p, result);
  };
  try {
    for (let i = 0; i < files.length; i++) {
      const p = prepareFile(ctx, files[i], configs, onRuleError, true);
      const d = p.doc;
      let result: Promise<FileResult | Error> | undefined;
      if (d) {
        const job: Job = {
          text: d.r.text,
          config: d.base.config as Config,
          language: d.base.language as DocumentLanguage,
          locale: ctx.opts.locale,
          fix: d.fix,
        };
        // Let the workers' replies in first: a worker that has finished gets its next job before this thread starts one.
        await new Promise((resolve) => setImmediate(resolve));
        result = pool.hasRoom() ? pool.run(job) : Promise.resolve(here(job));
      }
      pending.push({ p, result, i });
      while (pending.length >= window) await finishFirst();
    }
    while (pending.length) await finishFirst();
  } finally {
    await pool.close();
  }
}
