import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Repository root (tests are compiled to out/test/**). */
export const ROOT = resolve(__dirname, '..', '..', '..');
/** ../shared beside the repository (read-only reference texts), or undefined when absent. */
export const SHARED = [resolve(ROOT, '..', 'shared'), process.env.GONGWEN_SHARED ?? ''].find((p) => p && existsSync(join(p, 'samples')));
export const SHARED_ABSENT = SHARED
  ? false
  : `../shared is absent (looked in ${resolve(ROOT, '..', 'shared')}); tests on the seed samples and corpus are skipped`;
export const UPDATE = process.env.UPDATE_GOLDEN === '1';
