/**
 * gongwen-lint — the command-line checker over the same core as the language server.
 * See docs/cli.md for usage, exit codes and the JSON / SARIF contracts.
 *
 * The program lives in cli/ (args, run, document, config, format/*); this entry point runs
 * main() with the process's streams when executed directly and, when required, exposes the
 * bundled core (used by bench/bench.mjs to measure the code that ships).
 */
import { main } from './cli/run';
import { describeFsError } from './node/safeFs';

export { main } from './cli/run';
// Worker threads of --jobs load this bundle and run this (cli/pool.ts).
export { runCheckWorker } from './cli/pool';
export type { Io, Output } from './cli/io';
// For bench/bench.mjs: the core and the file reading exactly as bundled here.
export { allRules, buildModel, check, fixAll, nearRuleIds, ParagraphCache, ruleById } from './core/index';
export { languageForPath, readTextFile, walkDir } from './node/files';

/**
 * Runs the real process. A stdout that fails asynchronously (EPIPE under `| head`, EBADF when
 * closed) ends the run with exit 2 and one message, never a stack trace or exit 1.
 */
function runProcess(): void {
  let outputFailed = false;
  const onOutputError = (e: unknown): void => {
    if (outputFailed) return;
    outputFailed = true;
    const { message } = describeFsError(e);
    const zh =
      (process.env.GONGWEN_LINT_LOCALE ?? '') !== 'en' &&
      !process.argv.includes('--locale=en') &&
      !process.argv.join(' ').includes('--locale en');
    try {
      process.stderr.write(
        `gongwen-lint: ${zh ? `错误：无法写入标准输出：${message.zh}` : `error: cannot write to standard output: ${message.en}`}\n`,
      );
    } catch {
      /* stderr gone as well */
    }
    process.exit(2);
  };
  process.stdout.on('error', onOutputError);
  process.stderr.on('error', () => process.exit(2));
  main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`gongwen-lint: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}

if (require.main === module) runProcess();
