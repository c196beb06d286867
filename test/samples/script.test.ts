import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { check } from '../../server/src/core/index';
import { detectScript } from '../../server/src/core/script/index';

// Compiled to out/test/samples: ../../../ is the project root, ../shared sits next to it.
const DIR = join(__dirname, '..', '..', '..', '..', 'shared', 'samples');
const skip = existsSync(DIR) ? false : `${DIR} absent (../shared is not checked out)`;
const read = (prefix: string): string =>
  readFileSync(
    join(
      DIR,
      require('node:fs')
        .readdirSync(DIR)
        .find((n: string) => n.startsWith(prefix))!,
    ),
    'utf8',
  );
const RULES = ['no-mixed-script', 'consistent-variant-form'];

describe('script on ../shared/samples', { skip }, () => {
  it('001 (traditional with OpenCC forms such as 爲) is judged traditional', () => {
    const d = detectScript(read('001_'));
    assert.notEqual(d.script, 'simplified');
    assert.ok(d.traditionalRatio > 0.9);
  });
  it('004 is judged traditional and its simplified 于, 范 and 并 are found', () => {
    const text = read('004_');
    assert.equal(detectScript(text).script, 'tw');
    const found = check(text, { onlyRules: RULES }).map((p) => text.slice(p.start, p.end));
    for (const ch of ['于', '范', '并'])
      assert.ok(
        found.some((f) => f.includes(ch)),
        `${ch} not found in ${found.join(' ')}`,
      );
  });
  for (const prefix of ['000_', '002_', '003_']) {
    it(`${prefix} is simplified and has no script finding`, () => {
      const text = read(prefix);
      assert.equal(detectScript(text).script, 'simplified');
      const ps = check(text, { onlyRules: RULES });
      assert.deepEqual(
        ps.map((p) => text.slice(p.start, p.end)),
        [],
      );
    });
  }
});
