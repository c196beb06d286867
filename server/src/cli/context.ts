/** The state of one run: options, guarded outputs, counters, and the stderr message helpers. */
import { relative, isAbsolute } from 'node:path';
import type { Text2 } from '../core/index';
import type { Options } from './args';
import { newTally, type FileResult, type Tally } from './format/common';
import { GuardedOutput, type Io } from './io';
import { COLOR, PLAIN, Progress, type Paint } from './ui';

export class RunContext {
  readonly tally: Tally = newTally();
  readonly results: FileResult[] = [];
  ioError = false;
  internalError = false;
  readonly stdout: GuardedOutput;
  readonly stderr: GuardedOutput;
  readonly paint: Paint;
  progress: Progress | undefined;

  constructor(
    readonly opts: Options,
    readonly io: Io,
  ) {
    this.stdout = new GuardedOutput(io.stdout);
    this.stderr = new GuardedOutput(io.stderr);
    this.paint = io.stdout.isTTY && !io.env.NO_COLOR ? COLOR : PLAIN;
  }

  get cwd(): string {
    return this.io.cwd;
  }

  /** Where the report goes: stdout, except with `- --fix`, where stdout carries the fixed text. */
  get report(): GuardedOutput {
    return this.stdinFix ? this.stderr : this.stdout;
  }

  stdinFix = false;

  say(zh: string, en: string): string {
    return this.opts.locale === 'zh' ? zh : en;
  }

  tr(t: Text2): string {
    return t[this.opts.locale];
  }

  warn(zh: string, en: string): void {
    this.progress?.clear();
    this.stderr.write(`gongwen-lint: ${this.say('警告：', 'warning: ')}${this.say(zh, en)}\n`);
  }

  /** An error message; the caller decides which flag (I/O or internal) it sets. */
  fail(zh: string, en: string): void {
    this.progress?.clear();
    this.stderr.write(`gongwen-lint: ${this.say('错误：', 'error: ')}${this.say(zh, en)}\n`);
  }

  note(zh: string, en: string): void {
    this.stderr.write(`gongwen-lint: ${this.say(zh, en)}\n`);
  }

  /** An I/O failure on one input: reported, counted, the run goes on and ends with exit 2. */
  ioFail(zh: string, en: string): void {
    this.fail(zh, en);
    this.ioError = true;
    this.tally.failedFiles++;
  }

  emit(s: string): void {
    if (this.report.isTTY) this.progress?.clear();
    this.report.write(s);
  }

  displayPath(abs: string): string {
    const rel = relative(this.cwd, abs);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
  }

  newProgress(total: number): void {
    this.progress = new Progress(this.stderr, total, total > 20 && !!this.io.stderr.isTTY, this.opts.locale);
  }
}
