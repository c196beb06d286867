import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { check, fixAll, type DocumentLanguage } from '../../server/src/core/index';
import { ROOT, SHARED } from '../helpers/paths';

/**
 * One line model everywhere (issue 12 item 4): the result of fixing must not depend on the line-ending
 * style, and neither must the diagnostics (modulo offsets). Realistic documents: the golden fixtures and,
 * when ../shared is present, every corpus file.
 */
const ENDINGS = ['\r\n', '\r'] as const;

function docs(dir: string, re: RegExp): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (re.test(n)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** Problems without offsets: rule, message id, message and covered text, with line breaks normalised. */
function shape(text: string, language: DocumentLanguage): string[] {
  const n = (s: string) => s.replace(/\r\n?/g, '\n');
  return check(text, { language }).map(
    (p) => `${p.ruleId}/${p.messageId} «${n(text.slice(p.start, p.end))}» ${n(p.message)} ${p.fix?.kind ?? ''}`,
  );
}

/** Differences between the LF text and its CRLF/CR copies (empty when they agree). */
function differences(path: string): string[] {
  const language: DocumentLanguage = path.endsWith('.md') ? 'markdown' : 'plaintext';
  const lf = readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');
  const fixed = fixAll(lf, { language }).output;
  const diags = shape(lf, language);
  const out: string[] = [];
  for (const eol of ENDINGS) {
    const text = lf.replace(/\n/g, eol);
    if (fixAll(text, { language }).output !== fixed.replace(/\n/g, eol)) out.push(`${path} ${JSON.stringify(eol)}: fixAll differs`);
    const d = shape(text, language);
    if (d.join('\n') !== diags.join('\n')) {
      const missing = diags.filter((x) => !d.includes(x));
      const extra = d.filter((x) => !diags.includes(x));
      out.push(
        `${path} ${JSON.stringify(eol)}: diagnostics differ; LF only: ${missing.slice(0, 2).join(' | ')}; ${JSON.stringify(eol)} only: ${extra.slice(0, 2).join(' | ')}`,
      );
    }
  }
  return out;
}

describe('line endings: LF, CRLF and CR give the same fixes and diagnostics', () => {
  it('golden fixtures', () => {
    const files = docs(join(ROOT, 'test', 'golden', 'fixtures'), /^[^.]+\.(txt|md)$/);
    assert.ok(files.length >= 3);
    assert.deepEqual(files.flatMap(differences), []);
  });
  it('a U+3000 indent and a split heading behave the same with CR endings', () => {
    for (const p of [join(ROOT, 'test', 'golden', 'fixtures', 'report-defects.txt')]) assert.deepEqual(differences(p), []);
    const lf = '关于加强管理的通知\n\n一、\n总体要求\n\u3000\u3000各单位要高度重视,认真落实。\n';
    for (const eol of ENDINGS) {
      const text = lf.replace(/\n/g, eol);
      assert.equal(fixAll(text).output, fixAll(lf).output.replace(/\n/g, eol));
      assert.deepEqual(shape(text, 'plaintext'), shape(lf, 'plaintext'));
    }
  });
  const corpus = SHARED ? join(SHARED, 'corpus') : undefined;
  let present = false;
  try {
    present = corpus !== undefined && statSync(corpus).isDirectory();
  } catch {
    present = false;
  }
  it(
    'every corpus file',
    {
      skip: process.env.GONGWEN_TEST_FAST
        ? 'npm run test:fast: the corpus pass runs in npm test'
        : present
          ? false
          : 'the corpus (../shared/corpus) is absent: line-ending invariance checked on the fixtures only',
    },
    () => {
      const files = docs(corpus!, /\.(txt|md)$/);
      assert.ok(files.length > 0);
      assert.deepEqual(files.flatMap(differences), []);
    },
  );
});
