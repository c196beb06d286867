// Reliability of the CLI under failure (issue 12 items 1, 2, 3, 5, 6), in process with an injected fs:
// every failed --fix leaves the original intact and prints no success; a concurrent change is never
// overwritten; hostile config files are refused or applied precisely; I/O failures exit 2 with one clear message.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { FsOps } from '../../server/src/node/safeFs';
import { BAD, BAD_FIXED, CLEAN, cleanTemps, PUNCT, runIn, tmp } from './harness';

after(cleanTemps);

type Hook = Partial<FsOps>;
/** node:fs with some operations replaced. */
const fsWith = (hook: Hook): FsOps => ({ ...(fs as unknown as FsOps), ...hook });
const errno = (code: string) => Object.assign(new Error(`${code}: injected`), { code });
const isTmp = (p: string) => p.endsWith('.gongwen-tmp');
const leftovers = (dir: string) => fs.readdirSync(dir).filter((n) => n.endsWith('.gongwen-tmp'));

/** A file that needs many fixes (so a write is large enough to fail midway). */
const MANY = BAD.repeat(400);

interface Fault {
  name: string;
  hook: (tmpFds: Set<number>) => Hook;
  code: string;
}
const FAULTS: Fault[] = [
  {
    name: 'ENOSPC on the first write',
    code: 'ENOSPC',
    hook: (fds) => ({
      writeSync: (fd, b, o, l) =>
        fds.has(fd)
          ? (() => {
              throw errno('ENOSPC');
            })()
          : fs.writeSync(fd, b, o, l),
    }),
  },
  {
    name: 'ENOSPC after a partial write (short write, then failure)',
    code: 'ENOSPC',
    hook: (fds) => {
      let calls = 0;
      return {
        writeSync: (fd, b, o, l) => {
          if (!fds.has(fd)) return fs.writeSync(fd, b, o, l);
          if (calls++ === 0) return fs.writeSync(fd, b, o, Math.min(l, 1000));
          throw errno('ENOSPC');
        },
      };
    },
  },
  {
    name: 'EFBIG (file-size limit) midway',
    code: 'EFBIG',
    hook: (fds) => {
      let calls = 0;
      return {
        writeSync: (fd, b, o, l) => {
          if (!fds.has(fd)) return fs.writeSync(fd, b, o, l);
          if (calls++ === 0) return fs.writeSync(fd, b, o, 100);
          throw errno('EFBIG');
        },
      };
    },
  },
  {
    name: 'EDQUOT on write',
    code: 'EDQUOT',
    hook: (fds) => ({
      writeSync: (fd, b, o, l) =>
        fds.has(fd)
          ? (() => {
              throw errno('EDQUOT');
            })()
          : fs.writeSync(fd, b, o, l),
    }),
  },
  {
    name: 'EIO on fsync',
    code: 'EIO',
    hook: (fds) => ({
      fsyncSync: (fd) =>
        fds.has(fd)
          ? (() => {
              throw errno('EIO');
            })()
          : fs.fsyncSync(fd),
    }),
  },
  {
    name: 'EPERM on fchmod',
    code: 'EPERM',
    hook: (fds) => ({
      fchmodSync: (fd, m) =>
        fds.has(fd)
          ? (() => {
              throw errno('EPERM');
            })()
          : fs.fchmodSync(fd, m),
    }),
  },
  {
    name: 'EIO on close',
    code: 'EIO',
    hook: (fds) => ({
      closeSync: (fd) => {
        fs.closeSync(fd);
        if (fds.has(fd)) throw errno('EIO');
      },
    }),
  },
  {
    name: 'EPERM keeping the owner (the file belongs to someone else)',
    code: 'EPERM',
    hook: (fds) => ({
      fstatSync: (fd) => {
        const st = fs.fstatSync(fd);
        if (fds.has(fd)) st.uid += 1;
        return st;
      },
      fchownSync: (fd, u, g) =>
        fds.has(fd)
          ? (() => {
              throw errno('EPERM');
            })()
          : fs.fchownSync(fd, u, g),
    }),
  },
  {
    name: 'EXDEV on rename',
    code: 'EXDEV',
    hook: () => ({
      renameSync: () => {
        throw errno('EXDEV');
      },
    }),
  },
  {
    name: 'EACCES creating the temporary file (read-only folder)',
    code: 'EACCES',
    hook: () => ({
      openSync: (p, f, m) =>
        isTmp(String(p))
          ? (() => {
              throw errno('EACCES');
            })()
          : fs.openSync(p, f, m),
    }),
  },
  {
    name: 'EROFS creating the temporary file',
    code: 'EROFS',
    hook: () => ({
      openSync: (p, f, m) =>
        isTmp(String(p))
          ? (() => {
              throw errno('EROFS');
            })()
          : fs.openSync(p, f, m),
    }),
  },
];

/** Tracks the descriptors of temporary files so a hook can fail only those. */
function faulty(f: Fault): FsOps {
  const fds = new Set<number>();
  const base = fsWith(f.hook(fds));
  return {
    ...base,
    openSync: (p, flags, mode) => {
      const fd = base.openSync(p, flags, mode);
      if (isTmp(String(p))) fds.add(fd);
      return fd;
    },
  };
}

describe('--fix never loses the original (issue 12 item 1)', () => {
  for (const f of FAULTS) {
    it(`${f.name}: original intact, no temporary file left, no success printed, exit 2`, async () => {
      const dir = tmp({ 'f.txt': MANY, 'ok.txt': BAD });
      const before = fs.readFileSync(join(dir, 'f.txt'));
      const r = await runIn(['--fix', 'f.txt'], { cwd: dir, fs: faulty(f) });
      assert.equal(r.code, 2, r.stderr);
      assert.deepEqual(fs.readFileSync(join(dir, 'f.txt')), before, 'the original bytes survive');
      assert.deepEqual(leftovers(dir), []);
      assert.doesNotMatch(r.stdout, /已自动修复/);
      assert.doesNotMatch(r.stdout, /✔/);
      assert.match(r.stderr, new RegExp(`未写入 f\\.txt 的修复：.*（${f.code}）；原文件未改动`));
      assert.doesNotMatch(r.stderr, new RegExp(`${f.code}: ${f.code}`), 'the code is not repeated');
      assert.match(r.stdout, /f\.txt:1:9  error/, 'the report describes the file as it still is');
    });
  }

  it('one failed file does not stop the others: they are fixed and counted, exit 2', async () => {
    const dir = tmp({ 'a.txt': BAD, 'b.txt': BAD });
    const hook: FsOps = fsWith({
      renameSync: (from, to) =>
        String(to).endsWith('a.txt')
          ? (() => {
              throw errno('ENOSPC');
            })()
          : fs.renameSync(from, to),
    });
    const r = await runIn(['--fix', 'a.txt', 'b.txt'], { cwd: dir, fs: hook });
    assert.equal(r.code, 2);
    assert.equal(fs.readFileSync(join(dir, 'a.txt'), 'utf8'), BAD);
    assert.equal(fs.readFileSync(join(dir, 'b.txt'), 'utf8'), BAD_FIXED);
    assert.match(r.stdout, /已自动修复 1 个问题（1 个文件）/);
  });

  it('keeps the mode, follows a symlink (the link stays a link), refuses a hard-linked file', async () => {
    const dir = tmp({ 'm.txt': BAD, 'target.txt': BAD, 'h.txt': BAD });
    fs.chmodSync(join(dir, 'm.txt'), 0o640);
    fs.symlinkSync('target.txt', join(dir, 'link.txt'));
    fs.linkSync(join(dir, 'h.txt'), join(dir, 'h2.txt'));
    const r = await runIn(['--fix', 'm.txt', 'link.txt', 'h.txt'], { cwd: dir });
    assert.equal(fs.statSync(join(dir, 'm.txt')).mode & 0o777, 0o640);
    assert.equal(fs.readFileSync(join(dir, 'm.txt'), 'utf8'), BAD_FIXED);
    assert.ok(fs.lstatSync(join(dir, 'link.txt')).isSymbolicLink());
    assert.equal(fs.readFileSync(join(dir, 'target.txt'), 'utf8'), BAD_FIXED);
    assert.equal(fs.readFileSync(join(dir, 'h.txt'), 'utf8'), BAD, 'hard link: not replaced');
    assert.match(r.stderr, /h\.txt 的修复：文件有 2 个硬链接/);
    assert.equal(r.code, 2);
  });
});

describe('--fix never overwrites a concurrent change (issue 12 item 2)', () => {
  const OTHER = '另一个程序保存的内容。\n';
  for (const when of ['before the temporary file is written', 'after it is written, before the rename'] as const) {
    it(`another program saves ${when}: refused, its content kept, exit 2`, async () => {
      const dir = tmp({ 'c.txt': BAD });
      const file = join(dir, 'c.txt');
      const tmpFds = new Set<number>();
      const hook: FsOps = fsWith({
        openSync: (p, flags, mode) => {
          const fd = fs.openSync(p, flags, mode);
          if (isTmp(String(p))) {
            tmpFds.add(fd);
            if (when === 'before the temporary file is written') fs.writeFileSync(file, OTHER);
          }
          return fd;
        },
        closeSync: (fd) => {
          fs.closeSync(fd);
          if (tmpFds.has(fd) && when !== 'before the temporary file is written') fs.writeFileSync(file, OTHER);
        },
      });
      const r = await runIn(['--fix', 'c.txt'], { cwd: dir, fs: hook });
      assert.equal(r.code, 2);
      assert.equal(fs.readFileSync(file, 'utf8'), OTHER);
      assert.match(r.stderr, /文件在检查后已被其他程序修改，未写入修复/);
      assert.doesNotMatch(r.stdout, /已自动修复/);
      assert.deepEqual(leftovers(dir), []);
    });
  }

  it('a change between reading and the first check is caught too (same size, same second)', async () => {
    const dir = tmp({ 'c.txt': BAD });
    const file = join(dir, 'c.txt');
    const same = BAD.replace('各单位', '全单位');
    assert.equal(Buffer.byteLength(same), Buffer.byteLength(BAD));
    let reads = 0;
    const hook: FsOps = fsWith({
      realpathSync: (p) => {
        if (reads++ === 0) fs.writeFileSync(file, same);
        return fs.realpathSync(p);
      },
    });
    const r = await runIn(['--fix', 'c.txt'], { cwd: dir, fs: hook });
    assert.equal(r.code, 2);
    assert.equal(fs.readFileSync(file, 'utf8'), same);
  });
});

describe('I/O errors: exit 2, one clear message, the other inputs still checked (issue 12 item 5)', () => {
  it('a failed stdout write (EPIPE) exits 2 with a message, not 1 with a stack trace', async () => {
    const dir = tmp({ 'bad.txt': BAD });
    const r = await runIn(['bad.txt'], { cwd: dir, stdoutFails: { code: 'EPIPE' } });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /无法写入标准输出：输出管道已关闭（EPIPE）/);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  });

  it('a failed stdout write on a clean run (ENOSPC on a redirect) exits 2, not 0', async () => {
    const dir = tmp({ 'ok.txt': CLEAN });
    const r = await runIn(['ok.txt'], { cwd: dir, stdoutFails: { code: 'ENOSPC' } });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /磁盘空间不足（ENOSPC）/);
  });

  it('EACCES: one message without the code twice; the other file is checked; no success line', async () => {
    const dir = tmp({ 'locked.txt': BAD, 'ok.txt': CLEAN });
    const hook = fsWith({
      openSync: (p, f, m) =>
        String(p).endsWith('locked.txt')
          ? (() => {
              throw errno('EACCES');
            })()
          : fs.openSync(p, f, m),
    });
    const r = await runIn(['locked.txt', 'ok.txt'], { cwd: dir, fs: hook });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /无法读取 locked\.txt：没有访问权限（EACCES）/);
    assert.doesNotMatch(r.stderr, /EACCES: EACCES/);
    assert.doesNotMatch(r.stdout, /✔/);
    assert.match(r.stdout, /1 个文件无法读取或写入（见标准错误），已检查 1 个文件/);
  });

  it('ELOOP is reported as a link loop, not as a missing file', async () => {
    const dir = tmp({ 'ok.txt': CLEAN });
    fs.symlinkSync('loop-b.txt', join(dir, 'loop-a.txt'));
    fs.symlinkSync('loop-a.txt', join(dir, 'loop-b.txt'));
    const r = await runIn(['loop-a.txt', 'ok.txt'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /loop-a\.txt：符号链接层数过多（可能是循环链接）（ELOOP）/);
    assert.doesNotMatch(r.stderr, /找不到/);
    assert.match(r.stdout, /已检查 1 个文件/);
  });

  it('a missing path among good ones: the others are checked and reported, then exit 2', async () => {
    const dir = tmp({ 'a.txt': BAD, 'b.txt': CLEAN });
    const r = await runIn(['a.txt', 'nope.txt', 'b.txt'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /找不到文件或目录：nope\.txt/);
    assert.match(r.stdout, new RegExp(`a\\.txt:1:9  error  .*  ${PUNCT}`));
    assert.match(r.stdout, /已检查 2 个文件/);
  });

  it('a FIFO or a device named as a document is refused without blocking', async () => {
    const dir = tmp({ 'ok.txt': CLEAN });
    fs.symlinkSync('/dev/zero', join(dir, 'zero.txt'));
    const r = await runIn(['zero.txt', 'ok.txt'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /无法读取 zero\.txt：不是普通文件/);
  });
});
