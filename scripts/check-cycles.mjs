#!/usr/bin/env node
// Import cycles in server/src and client/src, found with TypeScript's own parser (no type checking, < 1 s).
// Type-only imports (`import type`, `export type`, all specifiers `type`) are erased at build time and ignored.
// Usage: node scripts/check-cycles.mjs [dir…]   Exit code 1 when a cycle exists; each cycle is printed once.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
const dirs = (process.argv.length > 2 ? process.argv.slice(2) : ['server/src', 'client/src']).map((d) => resolve(ROOT, d));

function tsFiles(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return tsFiles(p);
    return n.endsWith('.ts') && !n.endsWith('.d.ts') ? [p] : [];
  });
}

function resolveSpec(from, spec) {
  if (!spec.startsWith('.')) return undefined;
  const base = resolve(dirname(from), spec.replace(/\.js$/, ''));
  return [`${base}.ts`, join(base, 'index.ts')].find((p) => existsSync(p));
}

/** Runtime (value) imports of one file: import/export … from, import('…'), require('…'). */
export function valueImports(file, text = readFileSync(file, 'utf8')) {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  const specs = [];
  const typeOnlyNamed = (el) => el && ts.isNamedImports(el) && el.elements.length > 0 && el.elements.every((e) => e.isTypeOnly);
  for (const st of sf.statements) {
    if (ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier)) {
      const c = st.importClause;
      if (c && (c.isTypeOnly || (!c.name && typeOnlyNamed(c.namedBindings)))) continue;
      specs.push(st.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(st) && st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier)) {
      if (st.isTypeOnly) continue;
      const ec = st.exportClause;
      if (ec && ts.isNamedExports(ec) && ec.elements.length > 0 && ec.elements.every((e) => e.isTypeOnly)) continue;
      specs.push(st.moduleSpecifier.text);
    } else if (ts.isImportEqualsDeclaration(st) && !st.isTypeOnly && ts.isExternalModuleReference(st.moduleReference)) {
      const e = st.moduleReference.expression;
      if (ts.isStringLiteral(e)) specs.push(e.text);
    }
  }
  const visit = (node) => {
    if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0])) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require'))
        specs.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return specs.map((s) => resolveSpec(file, s)).filter(Boolean);
}

/** Elementary cycles reachable in the graph, each reported once (rotated to start at its smallest file). */
export function findCycles(graph) {
  const cycles = new Map();
  const state = new Map(); // 1 = on stack, 2 = done
  const stack = [];
  const dfs = (n) => {
    state.set(n, 1);
    stack.push(n);
    for (const m of graph.get(n) ?? []) {
      if (state.get(m) === 1) {
        const cyc = stack.slice(stack.indexOf(m));
        const k = cyc.indexOf([...cyc].sort()[0]);
        const rot = [...cyc.slice(k), ...cyc.slice(0, k)];
        cycles.set(rot.join(' → '), rot);
      } else if (!state.has(m)) dfs(m);
    }
    stack.pop();
    state.set(n, 2);
  };
  for (const n of [...graph.keys()].sort()) if (!state.has(n)) dfs(n);
  return [...cycles.values()];
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const graph = new Map();
  for (const d of dirs) for (const f of tsFiles(d)) graph.set(f, valueImports(f));
  const cycles = findCycles(graph);
  for (const c of cycles) console.error(`import cycle: ${[...c, c[0]].map((f) => relative(ROOT, f)).join(' → ')}`);
  if (cycles.length) {
    console.error(`${cycles.length} import cycle(s) / 发现 ${cycles.length} 处循环导入`);
    process.exit(1);
  }
  console.log(`check-cycles: ${graph.size} files, no import cycles / 无循环导入`);
}
