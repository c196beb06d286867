// Removes compiled files under out/ whose TypeScript source is gone. tsc never deletes stale output, and a
// stale out/server/src/core/outline.js would shadow the newer outline/index.js when a test requires '../outline'.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = 'out';
let removed = 0;
function walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      walk(p);
      if (readdirSync(p).length === 0) rmSync(p, { recursive: true });
      continue;
    }
    const m = /^(.*)\.(?:js|js\.map|d\.ts)$/.exec(relative(root, p));
    if (!m) continue;
    if (existsSync(`${m[1]}.ts`) || existsSync(`${m[1]}.mts`) || existsSync(`${m[1]}.js`) || existsSync(`${m[1]}.mjs`)) continue;
    rmSync(p);
    removed++;
  }
}
if (existsSync(root)) walk(root);
if (removed > 0) console.log(`clean-stale-out: removed ${removed} compiled file(s) whose source is gone`);
