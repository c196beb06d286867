/**
 * The language server's entry point, server/dist/server.js (`gongwen-language-server`): it runs the server,
 * server/dist/server-main.js (server/src/server.ts), through V8's code cache when the client names a cache directory
 * in GONGWEN_CODE_CACHE (the VS Code extension passes its global storage). Issue 14, spawn → first diagnostics: with
 * the cache, V8 neither compiles the 2 MB bundle nor the functions the first check runs.
 *
 * Robust by construction: the cache file's name carries the server version, Node's version and architecture, and the
 * bundle's size and modification time; V8 itself rejects data made with other flags or another V8; a rejected, missing
 * or unreadable cache only means compiling as usual. The cache is written once, after the first diagnostics
 * (markWarm), atomically, and older cache files of the directory are removed. Without GONGWEN_CODE_CACHE nothing here
 * runs but `require`.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { CACHE_STATE, WARM_HOOK, type CacheState } from './lsp/warm';

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';
const MAIN = join(__dirname, 'server-main.js');
const PREFIX = 'server-main-';

/** The cache file for this bundle, Node and version, or undefined when the bundle cannot be read. */
function cacheFile(dir: string): string | undefined {
  try {
    const st = statSync(MAIN);
    const key = `${VERSION}-${process.version}-${process.arch}-${st.size}-${Math.trunc(st.mtimeMs)}`;
    return join(dir, `${PREFIX}${key.replace(/[^\w.-]/g, '_')}.bin`);
  } catch {
    return undefined;
  }
}

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes the code cache (tmp file, then rename) and removes the directory's older ones; a failure is only logged. */
function save(script: Script, dir: string, file: string): void {
  try {
    const data = script.createCachedData();
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, data);
    renameSync(tmp, file);
    for (const name of readdirSync(dir)) if (name.startsWith(PREFIX) && join(dir, name) !== file) rmSync(join(dir, name), { force: true });
  } catch (e) {
    process.stderr.write(`gongwen-language-server: code cache not written (${e instanceof Error ? e.message : String(e)})\n`);
  }
}

/** Runs server-main.js as a CommonJS module compiled with the cached data, if any. */
function runCached(dir: string): void {
  const file = cacheFile(dir);
  const source = file === undefined ? undefined : readOrUndefined(MAIN)?.toString('utf8');
  if (file === undefined || source === undefined) {
    require(MAIN);
    return;
  }
  const cachedData = readOrUndefined(file);
  const script = new Script(Module.wrap(source), { filename: MAIN, cachedData });
  const state: CacheState = !cachedData ? 'none' : script.cachedDataRejected ? 'rejected' : 'used';
  (globalThis as Record<symbol, unknown>)[CACHE_STATE] = state;
  if (!cachedData || script.cachedDataRejected) {
    // After the first diagnostics, when the functions they ran are compiled too (and with them in the cache).
    // Or at exit, if that comes first (a short session).
    let saved = false;
    const once = () => {
      if (!saved) save(script, dir, file);
      saved = true;
    };
    (globalThis as Record<symbol, unknown>)[WARM_HOOK] = () => {
      setTimeout(once, 200).unref();
      process.once('exit', once);
    };
  }
  const main = new Module(MAIN, module);
  main.filename = MAIN;
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(main.exports, main.exports, createRequire(MAIN), main, MAIN, dirname(MAIN));
  main.loaded = true;
}

const dir = process.env.GONGWEN_CODE_CACHE;
if (dir) runCached(dir);
else require(MAIN);
