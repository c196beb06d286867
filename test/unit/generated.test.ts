import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { allRules } from '../../server/src/core/index';
import { configFileSchema, replaceBetween, ruleDoc, rulesSchemaProperties, rulesTable, settingsTable } from '../helpers/generate';
import { ROOT, UPDATE } from '../helpers/paths';

/** Compares a generated file with the one on disk; UPDATE_GOLDEN=1 writes it instead. */
function expectFile(rel: string, expected: string): void {
  const file = join(ROOT, rel);
  const actual = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (UPDATE) {
    if (actual !== expected) writeFileSync(file, expected);
    return;
  }
  assert.equal(actual, expected, `${rel} is stale: run \`UPDATE_GOLDEN=1 npm test\` (npm run test:update)`);
}

describe('generated from rule metadata', () => {
  const pkgText = readFileSync(join(ROOT, 'package.json'), 'utf8');
  const pkg = JSON.parse(pkgText);
  const nls = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8'));

  it('package.json gongwen.rules schema lists every rule', () => {
    const next = structuredClone(pkg);
    next.contributes.configuration.properties['gongwen.rules'].properties = rulesSchemaProperties();
    expectFile('package.json', `${JSON.stringify(next, null, 2)}\n`);
  });

  it('schemas/gongwenrc.schema.json lists every rule', () => {
    mkdirSync(join(ROOT, 'schemas'), { recursive: true });
    expectFile('schemas/gongwenrc.schema.json', `${JSON.stringify(configFileSchema(), null, 2)}\n`);
  });

  it('README rules and settings tables are current', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    let next = replaceBetween(readme, 'rules', rulesTable());
    next = replaceBetween(next, 'settings', settingsTable(pkg, nls));
    expectFile('README.md', next);
  });

  it('docs/rules has exactly one page per rule', () => {
    const dir = join(ROOT, 'docs', 'rules');
    mkdirSync(dir, { recursive: true });
    for (const r of allRules) expectFile(`docs/rules/${r.meta.id}.md`, ruleDoc(r));
    const ids = new Set(allRules.map((r) => `${r.meta.id}.md`));
    const extra = readdirSync(dir).filter((f) => f.endsWith('.md') && !ids.has(f));
    if (UPDATE) extra.forEach((f) => unlinkSync(join(dir, f)));
    else assert.deepEqual(extra, [], 'docs/rules has pages for rules that no longer exist');
  });
});
