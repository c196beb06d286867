// In-process harness for the CLI: main(argv, io) with captured streams and an optional injected fs.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { main, type Io } from '../../server/src/cli';
import { allRules } from '../../server/src/core/index';
import type { FsOps } from '../../server/src/node/safeFs';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  input?: string | Buffer;
  env?: Record<string, string>;
  fs?: FsOps;
  /** Make stdout.write throw this (an errno error) from the n-th write on (0: the first). */
  stdoutFails?: { code: string; after?: number };
  stdoutTTY?: boolean;
}

/** Runs gongwen-lint in process. Never spawns. */
export async function runIn(args: readonly string[], opts: RunOptions): Promise<Run> {
  let stdout = '';
  let stderr = '';
  let writes = 0;
  const asText = (s: string | Uint8Array) => (typeof s === 'string' ? s : Buffer.from(s).toString('utf8'));
  const input = opts.input ?? '';
  const io: Io = {
    stdout: {
      isTTY: opts.stdoutTTY,
      write(s) {
        const f = opts.stdoutFails;
        if (f && writes++ >= (f.after ?? 0)) throw Object.assign(new Error(`${f.code}: injected`), { code: f.code });
        stdout += asText(s);
        return true;
      },
    },
    stderr: { write: (s) => ((stderr += asText(s)), true) },
    stdin: (async function* () {
      if (input.length > 0) yield typeof input === 'string' ? Buffer.from(input) : input;
    })(),
    env: { NO_COLOR: '1', ...opts.env },
    cwd: opts.cwd,
    fs: opts.fs,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

export const PUNCT = 'no-half-width-punctuation'; // error, safe fix
export const SPACE = 'no-space-between-han'; // warning, safe fix
/** One half-width comma: line 1, column 9. */
export const BAD = '各单位要高度重视,认真落实。\n';
export const BAD_FIXED = '各单位要高度重视，认真落实。\n';
export const CLEAN = '各单位要高度重视，认真落实。\n';
/** A warning (space between Han characters) at line 1, column 4. */
export const WARN = '各单位 要高度重视。\n';

export const ruleIds = (): string[] => allRules.map((r) => r.meta.id);
/** A config turning off every rule except the two the CLI tests use. */
export const isolatedText = (): string =>
  JSON.stringify({
    rules: Object.fromEntries(
      ruleIds()
        .filter((id) => id !== PUNCT && id !== SPACE)
        .map((id) => [id, 'off']),
    ),
  });

const temps: string[] = [];
/** A temp folder with the given files (path → content); `isolated` adds the rule-isolating config. */
export function tmp(files: Record<string, string | Buffer>, isolated = true): string {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-cli-'));
  temps.push(dir);
  if (isolated) writeFileSync(join(dir, '.gongwenrc.json'), isolatedText());
  for (const [p, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), content);
  }
  return dir;
}
export function cleanTemps(): void {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
}

export function findRoot(): string {
  for (let d = __dirname; ; d = dirname(d)) {
    try {
      if ((JSON.parse(readFileSync(join(d, 'package.json'), 'utf8')) as { name?: string }).name === 'gongwen-lint') return d;
    } catch {
      /* keep looking */
    }
    if (dirname(d) === d) return process.cwd();
  }
}
