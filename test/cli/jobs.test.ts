// --jobs (issue 14): worker threads check the files, the main thread reads, writes fixes and reports, so the
// output (text and json, stdout and stderr, exit code) is the same as with one thread, in the same order.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { chooseJobs, POOL_BYTES_PER_WORKER } from '../../server/src/cli/pool';
import type { FsOps } from '../../server/src/node/safeFs';
import { BAD, BAD_FIXED, CLEAN, cleanTemps, runIn, tmp, WARN } from './harness';

after(cleanTemps);

const GOLDEN = join(__dirname, '..', '..', '..', 'test', 'golden', 'fixtures');

/** A folder of varied documents (all rules on): golden documents, small ones, a nested config, a binary and a non-UTF-8 file. */
function fixtureFolder(): string {
  const files: Record<string, string | Buffer> = {};
  for (const name of fs.readdirSync(GOLDEN).filter((n) => !n.includes('.fixed.') && !n.endsWith('.problems.txt'))) {
    files[`golden/${name}`] = fs.readFileSync(join(GOLDEN, name));
  }
  Object.assign(files, {
    'a.txt': BAD,
    'b.md': WARN,
    'c.txt': CLEAN,
    'sub/d.txt': BAD + WARN,
    'sub/.gongwenrc.json': JSON.stringify({ rules: { 'no-half-width-punctuation': 'off' } }),
    'z-binary.txt': Buffer.from([0x61, 0, 0x62]),
    'z-gbk.txt': Buffer.from([0xb8, 0xf7, 0xb5, 0xa5, 0xce, 0xbb, 0x2c, 0x0a]),
  });
  return tmp(files, false);
}

describe('--jobs: the same output as one thread', () => {
  for (const format of ['text', 'json'] as const) {
    it(`--format ${format}: --jobs 1 and --jobs 2 print the same, in the same order`, async () => {
      const dir = fixtureFolder();
      const one = await runIn(['--jobs', '1', '-f', format, '.'], { cwd: dir });
      const two = await runIn(['--jobs', '2', '-f', format, '.'], { cwd: dir });
      assert.ok(one.stdout.includes('golden/report-defects.txt'), one.stdout.slice(0, 500));
      assert.match(one.stderr, /z-binary\.txt/);
      assert.equal(two.stdout, one.stdout);
      assert.equal(two.stderr, one.stderr);
      assert.equal(two.code, one.code);
    });
  }

  it('--jobs needs a positive integer', async () => {
    for (const bad of ['0', 'x', '-1', '1.5']) {
      const r = await runIn([`--jobs=${bad}`, 'a.txt'], { cwd: tmp({ 'a.txt': CLEAN }) });
      assert.equal(r.code, 2, bad);
      assert.match(r.stderr, /--jobs 需要一个正整数/);
    }
  });
});

describe('--fix with --jobs: fixes land the same, written in one place with the atomic-write guarantees', () => {
  it('fixes the same files to the same text and reports the same', async () => {
    const one = fixtureFolder();
    const two = fixtureFolder();
    const r1 = await runIn(['--jobs', '1', '--fix', '.'], { cwd: one });
    const r2 = await runIn(['--jobs', '2', '--fix', '.'], { cwd: two });
    assert.equal(r2.stdout, r1.stdout);
    assert.equal(r2.code, r1.code);
    assert.equal(fs.readFileSync(join(two, 'a.txt'), 'utf8'), BAD_FIXED);
    for (const name of ['a.txt', 'b.md', 'sub/d.txt', 'golden/report-defects.txt', 'z-gbk.txt']) {
      assert.deepEqual(fs.readFileSync(join(two, name)), fs.readFileSync(join(one, name)), name);
    }
  });

  it('a file changed by another program after it was read is not overwritten (exit 2), the others are fixed', async () => {
    const dir = tmp({ 'a.txt': BAD, 'b.txt': BAD, 'c.txt': BAD });
    const OTHER = '另一个程序保存的内容。\n';
    const hook: FsOps = {
      ...(fs as unknown as FsOps),
      openSync: (p, flags, mode) => {
        if (String(p).endsWith('.gongwen-tmp') && String(p).includes('b.txt')) fs.writeFileSync(join(dir, 'b.txt'), OTHER);
        return fs.openSync(p, flags, mode);
      },
    };
    const r = await runIn(['--jobs', '2', '--fix', '.'], { cwd: dir, fs: hook });
    assert.equal(r.code, 2);
    assert.equal(fs.readFileSync(join(dir, 'b.txt'), 'utf8'), OTHER);
    assert.match(r.stderr, /b\.txt 的修复：文件在检查后已被其他程序修改/);
    assert.equal(fs.readFileSync(join(dir, 'a.txt'), 'utf8'), BAD_FIXED);
    assert.equal(fs.readFileSync(join(dir, 'c.txt'), 'utf8'), BAD_FIXED);
    assert.deepEqual(
      fs.readdirSync(dir).filter((n) => n.endsWith('.gongwen-tmp')),
      [],
    );
  });
});

describe('one file named twice', () => {
  it('a file and a link to it are checked once, so --fix --jobs 2 matches one thread and reports no conflict', async () => {
    const runs = [];
    for (const jobs of ['1', '2']) {
      const dir = tmp({ 'a.txt': BAD, 'c.txt': CLEAN }, false);
      fs.symlinkSync('a.txt', join(dir, 'b.txt'));
      runs.push(await runIn(['--jobs', jobs, '--fix', 'a.txt', 'b.txt', 'c.txt'], { cwd: dir }));
      assert.equal(fs.readFileSync(join(dir, 'a.txt'), 'utf8'), BAD_FIXED);
      assert.ok(fs.lstatSync(join(dir, 'b.txt')).isSymbolicLink());
    }
    const [one, two] = runs;
    assert.equal(one.code, 0, one.stderr);
    assert.equal(two.code, one.code, two.stderr);
    assert.equal(two.stdout, one.stdout);
    assert.doesNotMatch(two.stderr, /已被其他程序修改/);
  });
});

describe('how many threads by default (chooseJobs)', () => {
  const MB = 1024 * 1024;
  it('without --jobs, one thread until the input is big enough to pay for a worker’s warm-up', () => {
    assert.equal(chooseJobs(undefined, 2, 830, 7 * MB), 1); // the corpus: one thread is faster
    assert.equal(chooseJobs(undefined, 2, 3320, 28 * MB), 1); // 4× the corpus: still
    assert.equal(chooseJobs(undefined, 8, 5000, POOL_BYTES_PER_WORKER - 1), 1);
    assert.equal(chooseJobs(undefined, 8, 5000, POOL_BYTES_PER_WORKER), 2);
    assert.equal(chooseJobs(undefined, 8, 5000, 3 * POOL_BYTES_PER_WORKER + 1), 4);
  });
  it('never more threads than cores (by default) or files (always); an explicit --jobs is kept', () => {
    assert.equal(chooseJobs(undefined, 2, 5000, 100 * POOL_BYTES_PER_WORKER), 2);
    assert.equal(chooseJobs(undefined, 8, 3, 100 * POOL_BYTES_PER_WORKER), 3);
    assert.equal(chooseJobs(4, 2, 10, 0), 4);
    assert.equal(chooseJobs(4, 2, 1, 0), 1);
    assert.equal(chooseJobs(undefined, 1, 0, 0), 1);
  });
});
