import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from '../helpers/paths';

// The programmatic API (docs/api.md): the module behind the gongwen-lint bin, required without running the CLI.
const BIN = join(ROOT, 'server', 'dist', 'cli.js');

interface Api {
  check(text: string, options?: object): { ruleId: string; start: number; end: number; severity: string; message: string }[];
  fixAll(text: string, options?: object): { output: string; fixed: number };
  allRules: readonly { meta: { id: string; category: string } }[];
}

describe('programmatic API of server/dist/cli.js', () => {
  it('requiring the bin module runs nothing and prints nothing', () => {
    const r = spawnSync(
      process.execPath,
      ['-e', `const m = require(${JSON.stringify(BIN)}); process.stdout.write(Object.keys(m).sort().join(','))`],
      {
        encoding: 'utf8',
        timeout: 30_000,
      },
    );
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    for (const name of ['allRules', 'check', 'fixAll', 'main'])
      assert.ok(r.stdout.split(',').includes(name), `exports ${name}: ${r.stdout}`);
  });

  const api = require(BIN) as Api;

  it('check(text, options) returns problems with rule ids and UTF-16 ranges', () => {
    const text = '各单位要认真贯彻落实,确保取得实效。';
    const problems = api.check(text, { language: 'plaintext' });
    const comma = problems.find((p) => text.slice(p.start, p.end) === ',');
    assert.ok(comma, JSON.stringify(problems));
    assert.ok(api.allRules.some((r) => r.meta.id === comma.ruleId));
    assert.deepEqual(api.check(text, { onlyRules: [] }), []);
  });

  it('fixAll(text, options) applies the safe fixes', () => {
    const r = api.fixAll('各单位要认真贯彻落实,确保取得实效。', { language: 'plaintext' });
    assert.equal(r.output, '各单位要认真贯彻落实，确保取得实效。');
    assert.ok(r.fixed >= 1);
  });

  it('allRules lists every rule once, with its category', () => {
    const ids = api.allRules.map((r) => r.meta.id);
    assert.ok(ids.length >= 50, String(ids.length));
    assert.equal(new Set(ids).size, ids.length);
    for (const r of api.allRules)
      assert.match(r.meta.category, /^(structure|element|punctuation|number|script|repetition|residue|wording)$/);
  });
});
