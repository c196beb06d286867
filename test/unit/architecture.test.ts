import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { it } from 'node:test';
import { ROOT } from '../helpers/paths';

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? tsFiles(p) : n.endsWith('.ts') ? [p] : [];
  });
}

const IMPORT_RE = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT_RE)].map((m) => m[1] ?? m[2] ?? m[3]);
}

it('the checker core imports no vscode*, no node:* (or Node built-ins) and nothing from ../lsp or ../node', () => {
  const core = join(ROOT, 'server', 'src', 'core');
  const builtins = new Set(['fs', 'path', 'os', 'child_process', 'url', 'util', 'crypto', 'stream', 'events', 'http', 'https', 'net', 'worker_threads']);
  const bad: string[] = [];
  for (const f of tsFiles(core)) {
    for (const spec of importsOf(f)) {
      if (spec.startsWith('vscode') || spec.startsWith('node:') || builtins.has(spec) || /(^|\/)(lsp|node)(\/|$)/.test(spec.replace(/^\.\.?\//, '')) && spec.startsWith('..')) {
        bad.push(`${relative(ROOT, f)} imports ${spec}`);
      }
    }
  }
  assert.deepEqual(bad, []);
});

it('only server/src/lsp and server.ts import vscode-languageserver; the client imports no core rule code', () => {
  const bad: string[] = [];
  for (const f of tsFiles(join(ROOT, 'server', 'src'))) {
    const rel = relative(join(ROOT, 'server', 'src'), f);
    if (rel.startsWith('lsp') || rel === 'server.ts') continue;
    for (const spec of importsOf(f)) if (spec.startsWith('vscode-languageserver')) bad.push(`${rel} imports ${spec}`);
  }
  for (const f of tsFiles(join(ROOT, 'client', 'src'))) {
    for (const spec of importsOf(f)) if (spec.includes('/core/')) bad.push(`client ${relative(ROOT, f)} imports ${spec} (the client never parses or checks)`);
  }
  assert.deepEqual(bad, []);
});
