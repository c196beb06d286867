/**
 * Multi-core checking (--jobs): worker threads fix and check the documents, the main thread reads them,
 * writes fixes (atomically, in document.ts writeFix: the one place) and reports them in input order, so the
 * output is the same as a single-threaded run. A worker loads the module that defines runCheckWorker: this file
 * when running from out/ (tests), the CLI bundle server/dist/cli.js (which re-exports it) when shipped.
 */
import { availableParallelism } from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';
import { fixAll, type Config, type DocumentLanguage, type Locale } from '../core/index';
import { checkDocument } from '../node/workspace';
import type { CliConfigs } from './config';
import type { RunContext } from './context';
import { finishFile, prepareFile, type FileResult, type PreparedFile } from './document';

/** Without --jobs, a run uses workers only from this many files (starting a worker costs about 0.1 s). */
export const POOL_MIN_FILES = 8;

/** Default for --jobs: the cores this process may use. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
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

/** A fixed set of workers; jobs queue until one is idle. Results are FileResult or an Error, never a rejection. */
class CheckPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Task>();
  private readonly queue: Task[] = [];
  private alive = 0;

  constructor(size: number) {
    const code = `require(${JSON.stringify(__filename)}).runCheckWorker()`;
    for (let i = 0; i < size; i++) {
      const w = new Worker(code, { eval: true });
      this.alive++;
      w.on('message', (reply: Reply) => {
        const task = this.busy.get(w);
        this.busy.delete(w);
        task?.done(reply.ok ? reply.result : new Error(reply.error));
        this.idle.push(w);
        this.pump();
      });
      w.on('error', (e) => this.lost(w, e));
      w.on('exit', (code) => this.lost(w, new Error(`worker exited with code ${code}`)));
      this.idle.push(w);
    }
  }

  run(job: Job): Promise<FileResult | Error> {
    return new Promise((done) => {
      this.queue.push({ job, done });
      this.pump();
    });
  }

  private pump(): void {
    while (this.idle.length && this.queue.length) {
      const w = this.idle.pop()!;
      const task = this.queue.shift()!;
      this.busy.set(w, task);
      w.postMessage(task.job);
    }
  }

  /** A worker died: its job fails; when none is left, so do the queued ones. */
  private lost(w: Worker, e: Error): void {
    const task = this.busy.get(w);
    const wasIdle = this.idle.indexOf(w);
    if (!task && wasIdle < 0) return; // already counted
    this.busy.delete(w);
    if (wasIdle >= 0) this.idle.splice(wasIdle, 1);
    this.alive--;
    task?.done(e);
    if (this.alive === 0) for (const t of this.queue.splice(0)) t.done(e);
  }

  async close(): Promise<void> {
    const all = [...this.idle, ...this.busy.keys()];
    this.idle.length = 0;
    this.busy.clear();
    this.alive = 0;
    await Promise.all(all.map((w) => w.terminate()));
  }
}

/** Checks `files` with `jobs` workers, reading ahead a few files per worker; reports in input order. */
export async function processFilesInPool(
  ctx: RunContext,
  files: readonly string[],
  configs: CliConfigs,
  onRuleError: (id: string, e: unknown) => void,
  jobs: number,
): Promise<void> {
  const pool = new CheckPool(jobs);
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
      const result = d
        ? pool.run({
            text: d.r.text,
            config: d.base.config as Config,
            language: d.base.language as DocumentLanguage,
            locale: ctx.opts.locale,
            fix: d.fix,
          })
        : undefined;
      pending.push({ p, result, i });
      while (pending.length >= window) await finishFirst();
    }
    while (pending.length) await finishFirst();
  } finally {
    await pool.close();
  }
}
