import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { allRules } from '../../server/src/core/index';
import { generatedFiles, orphanRuleDocs } from '../../scripts/generate';
import { ROOT } from '../helpers/paths';

// Staleness only: scripts/generate.ts is the generator, `npm run generate` writes its output.
describe('generated from rule metadata (npm run generate)', () => {
  const expected = generatedFiles(ROOT);

  it('covers package.json, the config schema, README and one page per rule', () => {
    const paths = [...expected.keys()];
    for (const p of ['package.json', 'schemas/gongwenrc.schema.json', 'README.md']) assert.ok(paths.includes(p), p);
    assert.equal(paths.filter((p) => p.startsWith('docs/rules/')).length, allRules.length);
  });

  for (const [rel, text] of expected) {
    it(`${rel} is current`, () => {
      const file = join(ROOT, rel);
      const actual = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
      assert.ok(actual === text, `${rel} is stale: run \`npm run generate\``);
    });
  }

  it('docs/rules has no page for a rule that no longer exists', () => {
    assert.deepEqual(orphanRuleDocs(ROOT), [], 'run `npm run generate` to delete them');
  });

  it('the config file schema states the severity enum once', () => {
    const schema = expected.get('schemas/gongwenrc.schema.json') ?? '';
    assert.equal(schema.match(/"enum": \[\s*"off",\s*"hint"/g)?.length, 1);
  });
});
