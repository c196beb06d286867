#!/usr/bin/env node
// Runs a TypeScript script without a tsc pass: esbuild bundles it (with the core it imports) in milliseconds,
// then its exported `main(argv)` runs. Usage: node scripts/run-ts.mjs scripts/generate.ts [args…]
import { createRequire } from 'node:module';
import { basename, resolve } from 'node:path';
import * as esbuild from 'esbuild';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <entry.ts> [args…]');
  process.exit(2);
}
const outfile = resolve('out', 'scripts', `${basename(entry, '.ts')}.cjs`);
await esbuild.build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'warning',
});
const mod = createRequire(import.meta.url)(outfile);
if (typeof mod.main !== 'function') {
  console.error(`${entry} exports no main(argv)`);
  process.exit(2);
}
await mod.main(args);
