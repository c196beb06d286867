import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { allRules, CATEGORIES, SEVERITIES } from '../../server/src/core/index';
import { ROOT } from '../helpers/paths';

it('every rule has complete, well-formed metadata', () => {
  const ids = new Set<string>();
  for (const r of allRules) {
    const m = r.meta;
    assert.match(m.id, /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, `${m.id}: kebab-case id`);
    assert.ok(!ids.has(m.id), `${m.id}: duplicate id`);
    ids.add(m.id);
    assert.ok(CATEGORIES.includes(m.category), `${m.id}: category ${m.category}`);
    assert.ok(SEVERITIES.includes(m.defaultSeverity), `${m.id}: severity`);
    assert.ok(m.fixable === undefined || m.fixable === 'safe' || m.fixable === 'suggestion', `${m.id}: fixable`);
    assert.ok(m.description.zh && m.description.en && !m.description.zh.includes('\n'), `${m.id}: one-line description in both languages`);
    assert.ok(/[\u4e00-\u9fff]/.test(m.description.zh), `${m.id}: Chinese description`);
    assert.ok(Object.keys(m.messages).length > 0, `${m.id}: messages`);
    for (const [k, t] of Object.entries(m.messages)) assert.ok(t.zh && t.en, `${m.id}.${k}: both languages`);
    for (const a of m.aliases ?? []) assert.match(a, /^GW-[A-Z]+-\d{3}$/, `${m.id}: alias ${a}`);
  }
});

it('every rule lives in rules/<id>.ts and has test/unit/rules/<id>.test.ts', () => {
  const missing: string[] = [];
  for (const r of allRules) {
    if (!existsSync(join(ROOT, 'server', 'src', 'core', 'rules', `${r.meta.id}.ts`))) missing.push(`server/src/core/rules/${r.meta.id}.ts`);
    if (!existsSync(join(ROOT, 'test', 'unit', 'rules', `${r.meta.id}.test.ts`))) missing.push(`test/unit/rules/${r.meta.id}.test.ts`);
  }
  assert.deepEqual(missing, []);
});

it('every rule file under rules/ is registered', () => {
  const files = readdirSync(join(ROOT, 'server', 'src', 'core', 'rules')).filter(
    (f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'util.ts' && !f.startsWith('_'),
  );
  const ids = new Set(allRules.map((r) => `${r.meta.id}.ts`));
  assert.deepEqual(
    files.filter((f) => !ids.has(f)),
    [],
  );
});

it('every rule has a short Chinese and English name (≤ 10 汉字), unique, for titles and hovers', () => {
  const seen = new Map<string, string>();
  for (const r of allRules) {
    const { id, name } = r.meta;
    assert.ok(name && name.zh && name.en, `${id}: name in both languages`);
    assert.match(name.zh, /^[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+$/, `${id}: Chinese name "${name.zh}" is Chinese only`);
    assert.ok([...name.zh].length <= 10, `${id}: Chinese name "${name.zh}" longer than 10 characters`);
    assert.ok(name.en.length <= 40 && !name.en.includes('\n'), `${id}: English name "${name.en}" is short`);
    assert.equal(seen.get(name.zh), undefined, `${id}: name "${name.zh}" already used by ${seen.get(name.zh)}`);
    seen.set(name.zh, id);
  }
});
