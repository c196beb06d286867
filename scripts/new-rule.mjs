#!/usr/bin/env node
// Scaffolds a rule: server/src/core/rules/<id>.ts, test/unit/rules/<id>.test.ts, and its entry in rules/index.ts
// (import + place in `allRules`, category block, id order). The placeholder compiles, and its test passes.
// Usage: npm run new-rule -- <id> --category <category> [--severity warning] [--fixable safe|suggestion|none] [--root <dir>]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const SEVERITIES = ['off', 'hint', 'info', 'warning', 'error'];
const FIXABLE = ['safe', 'suggestion', 'none'];

const camel = (id) => id.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
const kebab = (name) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function parseArgs(argv) {
  const opts = { severity: 'warning', fixable: 'safe', root: process.cwd() };
  const rest = [];
  for (let i = 0; i < argv.length; i++) {
    const m = /^--(category|severity|fixable|root)(?:=(.*))?$/.exec(argv[i]);
    if (m) opts[m[1]] = m[2] ?? argv[++i];
    else rest.push(argv[i]);
  }
  return { id: rest[0], ...opts, root: resolve(opts.root) };
}

/** Categories as declared in core/types.ts (`CATEGORIES`), so the scaffolder never drifts from the core. */
function categoriesOf(root) {
  const types = readFileSync(join(root, 'server/src/core/types.ts'), 'utf8');
  const m = /CATEGORIES\b[^=]*=\s*\[([^\]]*)\]/.exec(types);
  return m ? [...m[1].matchAll(/'([a-z]+)'/g)].map((x) => x[1]) : [];
}

export function ruleSource({ id, category, severity, fixable }) {
  const fix = fixable === 'none' ? '' : `, fix: [{ start, end, newText: RIGHT }]`;
  return `import type { Rule } from '../types';

// TODO(${id}): replace this placeholder check (a literal wrong → right pair) with the real one.
const WRONG = '错误写法';
const RIGHT = '正确写法';

/** TODO(${id}): what the rule finds, why, and which look-alikes it must leave alone. */
export const ${camel(id)}: Rule = {
  meta: {
    id: '${id}',
    name: { zh: '待补充', en: 'TODO' },
    aliases: [],
    category: '${category}',
    defaultSeverity: '${severity}',${fixable === 'none' ? '' : `\n    fixable: '${fixable}',`}
    description: { zh: '待补充：一句话说明（${id}）', en: 'TODO: one-line description (${id})' },
    messages: { found: { zh: '“{{found}}”应改为“{{expected}}”', en: '"{{found}}" should be "{{expected}}"' } },
    defaultOptions: {},
    examples: [[WRONG, RIGHT]],
  },
  check(ctx) {
    for (const seg of ctx.segments) {
      for (let i = seg.text.indexOf(WRONG); i >= 0; i = seg.text.indexOf(WRONG, i + WRONG.length)) {
        const start = seg.start + i;
        const end = start + WRONG.length;
        ctx.report({ messageId: 'found', data: { found: WRONG, expected: RIGHT }, start, end${fix} });
      }
    }
  },
};
`;
}

export function testSource({ id, fixable }) {
  const output = fixable === 'none' ? '' : ` output: '请按正确写法办理。',`;
  return `import { ${camel(id)} } from '../../../server/src/core/rules/${id}';
import { runRuleTests } from '../../helpers/ruleTester';

// TODO(${id}): valid cases for every false-alarm risk, invalid cases for every message.
runRuleTests(${camel(id)}, {
  valid: ['请按正确写法办理。'],
  invalid: [{ text: '请按错误写法办理。',${output} errors: [{ messageId: 'found', text: '错误写法', start: 2 }] }],
});
`;
}

/** Adds the import and the `allRules` entry (inside the `// <category>` block, in id order). */
export function register(index, { id, category }) {
  const name = camel(id);
  const importLine = `import { ${name} } from './${id}';`;
  if (index.includes(importLine)) throw new Error(`rules/index.ts already imports ${id}`);
  const lines = index.split('\n');
  const lastImport = lines.reduce((last, l, i) => (/^import .* from '.*';$/.test(l) ? i : last), -1);
  lines.splice(lastImport + 1, 0, importLine);
  const open = lines.findIndex((l) => /^export const allRules\b/.test(l));
  const head = lines.findIndex((l, i) => i > open && l.trim() === `// ${category}`);
  if (open < 0 || head < 0) throw new Error(`rules/index.ts: no "// ${category}" block in allRules`);
  let at = head + 1;
  while (at < lines.length && /^\s+[A-Za-z0-9]+,$/.test(lines[at]) && kebab(lines[at].trim().slice(0, -1)) < id) at++;
  lines.splice(at, 0, `  ${name},`);
  return lines.join('\n');
}

export function scaffold(argv) {
  const a = parseArgs(argv);
  const categories = categoriesOf(a.root);
  const errors = [];
  if (!a.id || !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(a.id)) errors.push(`rule id must be kebab-case, got ${JSON.stringify(a.id)}`);
  if (!categories.includes(a.category)) errors.push(`--category must be one of ${categories.join(', ')}`);
  if (!SEVERITIES.includes(a.severity)) errors.push(`--severity must be one of ${SEVERITIES.join(', ')}`);
  if (!FIXABLE.includes(a.fixable)) errors.push(`--fixable must be one of ${FIXABLE.join(', ')}`);
  const ruleFile = join(a.root, 'server/src/core/rules', `${a.id}.ts`);
  const testFile = join(a.root, 'test/unit/rules', `${a.id}.test.ts`);
  const indexFile = join(a.root, 'server/src/core/rules/index.ts');
  for (const f of [ruleFile, testFile]) if (a.id && existsSync(f)) errors.push(`${f} already exists`);
  if (errors.length) throw new Error(errors.join('\n'));
  const index = register(readFileSync(indexFile, 'utf8'), a);
  for (const [file, text] of [
    [ruleFile, ruleSource(a)],
    [testFile, testSource(a)],
  ]) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  writeFileSync(indexFile, index);
  return [ruleFile, testFile, indexFile];
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  try {
    for (const f of scaffold(process.argv.slice(2))) console.log(`new-rule: wrote ${f}`);
    console.log('下一步 / next: 实现规则与测试，然后 npm run generate（README、docs/rules、schemas）和 npm run test:fast');
    console.log('checklist: docs/development.md § 新增规则 / Adding a rule');
  } catch (e) {
    console.error(`new-rule: ${e instanceof Error ? e.message : String(e)}`);
    console.error('usage: npm run new-rule -- <id> --category <category> [--severity warning] [--fixable safe|suggestion|none]');
    process.exit(1);
  }
}
