import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import ts from 'typescript';
import { ROOT } from '../helpers/paths';

// npm run new-rule, run against a temp copy of the two files it reads (rules/index.ts, types.ts).
describe('npm run new-rule (scripts/new-rule.mjs)', () => {
  let dir: string;
  const rel = (...p: string[]) => join(dir, ...p);
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, 'scripts', 'new-rule.mjs'), ...args, '--root', dir], { encoding: 'utf8' });

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'gongwen-new-rule-'));
    mkdirSync(rel('server/src/core/rules'), { recursive: true });
    for (const f of ['server/src/core/rules/index.ts', 'server/src/core/types.ts']) copyFileSync(join(ROOT, f), rel(f));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the rule and its test, and registers the rule in its category block in id order', () => {
    const r = run('zz-sample-rule', '--category', 'number');
    assert.equal(r.status, 0, r.stderr);
    const rule = readFileSync(rel('server/src/core/rules/zz-sample-rule.ts'), 'utf8');
    const test = readFileSync(rel('test/unit/rules/zz-sample-rule.test.ts'), 'utf8');
    assert.match(rule, /export const zzSampleRule: Rule = \{/);
    assert.match(rule, /category: 'number'/);
    assert.match(test, /runRuleTests\(zzSampleRule, \{/);
    for (const [name, text] of [
      ['rule', rule],
      ['test', test],
    ]) {
      const out = ts.transpileModule(text, { reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.CommonJS } });
      assert.deepEqual(
        out.diagnostics?.map((d) => d.messageText),
        [],
        `${name} file has syntax errors`,
      );
    }
    const index = readFileSync(rel('server/src/core/rules/index.ts'), 'utf8');
    assert.match(index, /^import \{ zzSampleRule \} from '\.\/zz-sample-rule';$/m);
    const list = index.slice(index.indexOf('export const allRules'));
    const block = list.slice(list.indexOf('// number'), list.indexOf('// script'));
    assert.ok(block.includes('  zzSampleRule,\n'), block);
    const ids = block
      .split('\n')
      .slice(1)
      .map((l) => l.trim())
      .filter(Boolean);
    assert.deepEqual(
      ids,
      [...ids].sort((a, b) => a.localeCompare(b)),
    );
  });

  it('refuses an existing rule, a bad id and an unknown category, and writes nothing', () => {
    const before = readFileSync(rel('server/src/core/rules/index.ts'), 'utf8');
    assert.notEqual(run('zz-sample-rule', '--category', 'number').status, 0);
    assert.match(run('Bad_Id', '--category', 'number').stderr, /kebab-case/);
    assert.match(run('zz-other', '--category', 'nonsense').stderr, /--category must be one of structure, element, punctuation/);
    assert.equal(existsSync(rel('server/src/core/rules/zz-other.ts')), false);
    assert.equal(readFileSync(rel('server/src/core/rules/index.ts'), 'utf8'), before);
  });
});
