// Runs every compiled node:test file under out/test (unit, golden, lsp, cli, samples).
// Node 20's --test does not expand globs, so the list is built here.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = 'out/test';
const dirs = (process.argv[2] ? process.argv.slice(2) : ['unit', 'golden', 'lsp', 'cli', 'samples']).map((d) => join(root, d));
const files = [];
function walk(dir) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.test.js')) files.push(p);
  }
}
dirs.forEach(walk);
if (files.length === 0) {
  console.error('test/run.mjs: no compiled tests found under out/test; run `npm test` (its pretest compiles them).');
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
