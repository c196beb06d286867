// A few end-to-end tests of the real binary (node server/dist/cli.js, built by npm test's pretest):
// what only a process shows — exit codes through the process, stdout to /dev/full or a closed pipe,
// a real file-size limit (ulimit -f) during --fix, FIFOs that must not block.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { BAD, BAD_FIXED, cleanTemps, findRoot, tmp } from './harness';

const ROOT = findRoot();
const CLI = join(ROOT, 'server', 'dist', 'cli.js');
const hasBash = existsSync('/bin/bash') && process.platform !== 'win32';
const env = { ...process.env, NO_COLOR: '1', GONGWEN_LINT_LOCALE: '' };
after(cleanTemps);

function run(args: readonly string[], cwd: string, input = '') {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, input, encoding: 'utf8', env, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}
/** Runs a bash script with $CLI set; prints whatever the script echoes. */
function bash(script: string, cwd: string) {
  const r = spawnSync('/bin/bash', ['-c', script], {
    cwd,
    encoding: 'utf8',
    env: { ...env, CLI, NODE: process.execPath },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}

describe('gongwen-lint binary', { skip: existsSync(CLI) ? false : `${CLI} not built (run npm test, whose pretest builds it)` }, () => {
  it('exits 1 with path:line:column on a bad file; --version prints the package version', () => {
    const dir = tmp({ 'bad.txt': BAD });
    const r = run(['bad.txt'], dir);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /^bad\.txt:1:9  error  中文语境中的半角“,”应改为全角“，”  no-half-width-punctuation$/m);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    assert.equal(run(['--version'], dir).stdout.trim(), pkg.version);
  });

  it('- --fix: fixed text on stdout, report on stderr', () => {
    const dir = tmp({});
    const r = run(['--fix', '-'], dir, BAD);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, BAD_FIXED);
    assert.match(r.stderr, /已自动修复 1 个问题/);
  });

  it(
    'stdout on /dev/full: exit 2 and one message, no stack trace',
    { skip: hasBash && existsSync('/dev/full') ? false : 'needs bash and /dev/full' },
    () => {
      const dir = tmp({ 'bad.txt': BAD, 'ok.txt': BAD_FIXED });
      const r = bash('"$NODE" "$CLI" bad.txt > /dev/full; echo "rc=$?"; "$NODE" "$CLI" ok.txt > /dev/full; echo "rc=$?"', dir);
      assert.equal(r.stdout, 'rc=2\nrc=2\n');
      assert.match(r.stderr, /无法写入标准输出：磁盘空间不足（ENOSPC）/);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
    },
  );

  it('stdout into a pipe closed early (| head): exit 2 with a message, no stack trace', { skip: hasBash ? false : 'needs bash' }, () => {
    const dir = tmp({ 'many.txt': BAD.repeat(3000) });
    const r = bash('"$NODE" "$CLI" many.txt | head -c 10 > /dev/null; echo "rc=${PIPESTATUS[0]}"', dir);
    assert.equal(r.stdout, 'rc=2\n');
    assert.match(r.stderr, /无法写入标准输出：输出管道已关闭（EPIPE）/);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  });

  it(
    '--fix under a real file-size limit (ulimit -f): the original survives, no success printed',
    { skip: hasBash ? false : 'needs bash' },
    () => {
      const big = BAD.repeat(400); // 16 KB, > the 4 KB limit below
      const dir = tmp({ 'f.txt': big });
      const r = bash('ulimit -f 4; "$NODE" "$CLI" --fix f.txt; echo "rc=$?"', dir);
      assert.match(r.stdout, /rc=2\n$/);
      assert.equal(readFileSync(join(dir, 'f.txt'), 'utf8'), big);
      assert.doesNotMatch(r.stdout, /已自动修复/);
      assert.match(r.stderr, /未写入 f\.txt 的修复：超过文件大小限制（EFBIG）；原文件未改动/);
      assert.deepEqual(
        readdirSync(dir).filter((n) => n.endsWith('.gongwen-tmp')),
        [],
      );
    },
  );

  it('a FIFO as .gongwenrc.json or as a document never blocks', { skip: hasBash ? false : 'needs bash (mkfifo)' }, () => {
    const dir = tmp({ 'bad.txt': BAD }, false);
    assert.equal(bash('mkfifo .gongwenrc.json pipe.txt', dir).code, 0);
    const r = run(['bad.txt', 'pipe.txt'], dir);
    assert.equal(r.signal, null, 'finished before the timeout');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /配置文件 \.gongwenrc\.json 无效/);
    assert.match(r.stderr, /无法读取 pipe\.txt：不是普通文件/);
    assert.match(r.stdout, /bad\.txt:1:9  error/);
  });
});
