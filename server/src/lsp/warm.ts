/**
 * The server's "first diagnostics are out" signal for its launcher (server/src/launch.ts), which then writes V8's code
 * cache. A global hook rather than an import: the launcher and the server are separate bundles.
 */
export const WARM_HOOK = Symbol.for('gongwen-language-server.warm');

/** Calls the launcher's hook once (if it set one). */
export function markWarm(): void {
  const g = globalThis as Record<symbol, unknown>;
  const hook = g[WARM_HOOK];
  if (typeof hook !== 'function') return;
  delete g[WARM_HOOK];
  (hook as () => void)();
}

/** What the launcher did with V8's code cache (absent: no cache directory, a plain require), for the start-up timing line. */
export const CACHE_STATE = Symbol.for('gongwen-language-server.codeCache');
export type CacheState = 'used' | 'none' | 'rejected';

export function codeCacheState(): CacheState | 'off' {
  const v = (globalThis as Record<symbol, unknown>)[CACHE_STATE];
  return v === 'used' || v === 'none' || v === 'rejected' ? v : 'off';
}
