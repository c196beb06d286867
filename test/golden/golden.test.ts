import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { check, fixAll, isSafe, type DocumentLanguage, type Problem } from '../../server/src/core/index';
import { ROOT, UPDATE } from '../helpers/paths';
import { lineColumn } from '../helpers/lines';

/**
 * Whole-document tests on our own fixtures: <case>.txt|md → <case>.problems.txt (every finding with
 * its position, quoted text and message) and <case>.fixed.<ext> (the fixes format applies: isSafe). UPDATE_GOLDEN=1 rewrites them.
 */
const DIR = join(ROOT, 'test', 'golden', 'fixtures');
/** Fixtures of correct, professionally written text: no finding at warning or error is allowed. */
const CLEAN = new Set(['clean-notice.txt', 'legal-rules.txt']);

const position = lineColumn;

function render(text: string, ps: Problem[]): string {
  return ps
    .map(
      (p) =>
        `${position(text, p.start)}-${position(text, p.end)}  ${p.severity}  ${p.ruleId}${p.fix ? ` [${p.fix.kind}]` : ''}  «${text.slice(p.start, p.end).replace(/\n/g, '⏎')}»  ${p.message}`,
    )
    .join('\n')
    .concat('\n');
}

function expectFile(file: string, actual: string): void {
  if (UPDATE || !existsSync(file)) {
    if (!UPDATE) assert.fail(`${file} missing: run \`npm run test:update\``);
    writeFileSync(file, actual);
    return;
  }
  assert.equal(actual, readFileSync(file, 'utf8'), `${file} differs: review and run \`npm run test:update\``);
}

describe('golden documents', () => {
  const cases = readdirSync(DIR).filter((f) => /\.(txt|md)$/.test(f) && !f.includes('.fixed.') && !f.includes('.problems.'));
  for (const name of cases) {
    it(name, () => {
      const language: DocumentLanguage = name.endsWith('.md') ? 'markdown' : 'plaintext';
      const text = readFileSync(join(DIR, name), 'utf8');
      const problems = check(text, { language });
      const base = name.replace(/\.(txt|md)$/, '');
      const ext = name.slice(base.length);
      expectFile(join(DIR, `${base}.problems.txt`), render(text, problems));
      const fixed = fixAll(text, { language }).output;
      expectFile(join(DIR, `${base}.fixed${ext}`), fixed);
      assert.equal(fixAll(fixed, { language }).output, fixed, 'formatting is idempotent');
      assert.deepEqual(
        check(fixed, { language })
          .filter(isSafe)
          .map((p) => p.ruleId),
        [],
        'no fix that format applies is left after fixing',
      );
      if (CLEAN.has(name)) {
        const loud = problems.filter((p) => p.severity === 'error' || p.severity === 'warning');
        assert.deepEqual(
          loud.map((p) => `${position(text, p.start)} ${p.ruleId} «${text.slice(p.start, p.end)}»`),
          [],
          'no false alarms on correct text',
        );
      }
    });
  }
});
