import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { it } from 'node:test';
import { ROOT } from '../helpers/paths';

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? tsFiles(p) : n.endsWith('.ts') ? [p] : [];
  });
}

const IMPORT_RE =
  /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT_RE)].map((m) => m[1] ?? m[2] ?? m[3]);
}

it('the checker core imports no vscode*, no node:* (or Node built-ins) and nothing from ../lsp or ../node', () => {
  const core = join(ROOT, 'server', 'src', 'core');
  const builtins = new Set(builtinModules);
  const bad: string[] = [];
  for (const f of tsFiles(core)) {
    for (const spec of importsOf(f)) {
      if (
        spec.startsWith('vscode') ||
        spec.startsWith('node:') ||
        builtins.has(spec) ||
        (/(^|\/)(lsp|node)(\/|$)/.test(spec.replace(/^\.\.?\//, '')) && spec.startsWith('..'))
      ) {
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
    for (const spec of importsOf(f))
      if (spec.includes('/core/')) bad.push(`client ${relative(ROOT, f)} imports ${spec} (the client never parses or checks)`);
  }
  assert.deepEqual(bad, []);
});

it('rules/ holds rules only, and no rule imports another rule', () => {
  const dir = join(ROOT, 'server', 'src', 'core', 'rules');
  const bad: string[] = [];
  for (const f of tsFiles(dir)) {
    const name = relative(dir, f);
    if (name === 'index.ts') continue;
    if (!/export const \w+: Rule\b/.test(readFileSync(f, 'utf8')))
      bad.push(`rules/${name} is not a rule (move shared helpers into a core module)`);
    for (const spec of importsOf(f)) if (spec.startsWith('./')) bad.push(`rules/${name} imports ${spec}`);
  }
  assert.deepEqual(bad, []);
});

it('rules write user-facing text only in meta.messages: no bilingual literal inside check()', () => {
  const dir = join(ROOT, 'server', 'src', 'core', 'rules');
  const bad: string[] = [];
  for (const f of tsFiles(dir)) {
    const text = readFileSync(f, 'utf8');
    const body = text.slice(Math.max(0, text.search(/^ {2}check\(/m)));
    if (text.search(/^ {2}check\(/m) >= 0 && /\b(?:zh|en)\s*:/.test(body)) bad.push(relative(dir, f));
  }
  assert.deepEqual(bad, []);
});

/** [name, first line, line count] of each function declaration and method in a source file (by indentation). */
function functionsOf(text: string): [string, number, number][] {
  const lines = text.split('\n');
  const out: [string, number, number][] = [];
  const START = /^(\s*)(?:export )?(?:async )?(?:function\s*\*?\s*(\w+)|(\w+)\s*\([^)]*\)\s*(?::\s*[^{=]+)?\{$)/;
  lines.forEach((l, i) => {
    const m = START.exec(l);
    if (!m || !l.trimEnd().endsWith('{') || /^\s*(?:if|for|while|switch|catch|return)\b/.test(l)) return;
    const end = lines.findIndex((x, j) => j > i && x.startsWith(m[1] + '}'));
    if (end > i) out.push([m[2] ?? m[3], i + 1, end - i + 1]);
  });
  return out;
}

it('core sources stay small: files ≤ 500 lines, functions ≤ 80 lines (generated data aside)', () => {
  const core = join(ROOT, 'server', 'src', 'core');
  const bad: string[] = [];
  for (const f of tsFiles(core)) {
    const rel = relative(ROOT, f);
    if (rel.includes(`${join('core', 'data')}`)) continue;
    const text = readFileSync(f, 'utf8');
    const n = text.split('\n').length;
    if (n > 500) bad.push(`${rel}: ${n} lines`);
    for (const [name, at, len] of functionsOf(text)) if (len > 80) bad.push(`${rel}:${at} ${name}: ${len} lines`);
  }
  assert.deepEqual(bad, []);
});
