// The shared Node path (server/src/node/workspace.ts) that the CLI uses and the language server adopts.
import assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { MAX_CHECK_CHARS, MAX_FILE_BYTES } from '../../server/src/core/limits';
import { EMPTY_CONFIG } from '../../server/src/core/index';
import { describeFsError } from '../../server/src/node/safeFs';
import { checkDocument, configFor, guardText, readDocument } from '../../server/src/node/workspace';
import { BAD, cleanTemps, PUNCT, tmp } from './harness';

after(cleanTemps);

describe('node/workspace: config for a folder, guarded read, check', () => {
  it('configFor finds the nearest .gongwenrc.json upward and applies it; no file → defaults', () => {
    const dir = tmp({ 'sub/deep/a.txt': BAD, '.gongwenrc.json': JSON.stringify({ rules: { [PUNCT]: 'off' } }) }, false);
    const fc = configFor(join(dir, 'sub', 'deep'));
    assert.equal(fc.file, join(dir, '.gongwenrc.json'));
    assert.equal(fc.config.rules[PUNCT], 'off');
    assert.deepEqual(fc.loaded?.issues, []);
  });

  it('configFor on an unusable file gives the defaults and keeps the issues for a diagnostic', () => {
    const dir = tmp({ '.gongwenrc.json': '{ not json' }, false);
    const fc = configFor(dir);
    assert.equal(fc.config, EMPTY_CONFIG);
    assert.equal(fc.loaded?.fatal, true);
    assert.ok((fc.loaded?.issues.length ?? 0) > 0);
  });

  it('readDocument: text with raw bytes and stamp; a device is an error with a code, not a read', () => {
    const dir = tmp({ 'a.txt': `\ufeff${BAD}` }, false);
    const r = readDocument(join(dir, 'a.txt'));
    assert.equal(r.kind, 'text');
    if (r.kind === 'text') {
      assert.equal(r.text, BAD);
      assert.equal(r.bom, true);
      assert.equal(r.raw.length, Buffer.byteLength(BAD) + 3);
      assert.equal(r.stamp.size, r.raw.length);
    }
    symlinkSync('/dev/zero', join(dir, 'z.txt'));
    const z = readDocument(join(dir, 'z.txt'));
    assert.equal(z.kind, 'error');
    if (z.kind === 'error') assert.equal(z.code, 'ENOTREG');
  });

  it('the same limits everywhere: bytes on disk, then characters in memory', () => {
    const dir = tmp({ 'big.txt': Buffer.alloc(MAX_FILE_BYTES + 1, 0x61) }, false);
    const r = readDocument(join(dir, 'big.txt'));
    assert.deepEqual(r, { kind: 'skip', reason: 'too-large', bytes: MAX_FILE_BYTES + 1 });
    assert.equal(guardText('a'.repeat(MAX_CHECK_CHARS + 1)), 'too-large');
    assert.equal(guardText('a\u0000b'), 'binary');
    assert.equal(guardText(BAD), undefined);
    assert.deepEqual(checkDocument('a\u0000b', {}), { kind: 'skipped', reason: 'binary' });
    const c = checkDocument(BAD, {});
    assert.equal(c.kind, 'checked');
    if (c.kind === 'checked') assert.ok(c.problems.some((p) => p.ruleId === PUNCT));
  });

  it('describeFsError: meaning first, the code once', () => {
    assert.deepEqual(describeFsError(Object.assign(new Error('EACCES: permission denied, open x'), { code: 'EACCES' })).message, {
      zh: '没有访问权限（EACCES）',
      en: 'permission denied (EACCES)',
    });
    assert.equal(
      describeFsError(Object.assign(new Error('x'), { code: 'ELOOP' })).message.zh,
      '符号链接层数过多（可能是循环链接）（ELOOP）',
    );
    assert.equal(describeFsError(new Error('odd')).code, 'EUNKNOWN');
  });
});
