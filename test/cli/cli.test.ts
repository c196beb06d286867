// Tests of the gongwen-lint CLI, in process through main(argv, io) (test/cli/harness.ts).
// The real binary is exercised by a few spawn tests in test/cli/spawn.test.ts.
// Fixtures are written to temp folders; most folders carry a .gongwenrc.json that turns every rule
// off except the two these tests rely on, so that rules added later do not change the expectations.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { BAD, BAD_FIXED, CLEAN, cleanTemps, findRoot, PUNCT, ruleIds, runIn, SPACE, tmp, WARN, type RunOptions } from './harness';

const ROOT = findRoot();
const SAMPLE = resolve(ROOT, '..', 'shared', 'samples', '002_6e57a4d726b88f1d.txt');

const run = (args: readonly string[], opts: Partial<RunOptions> = {}) => runIn(args, { cwd: ROOT, ...opts });
after(cleanTemps);

interface JsonDiag {
  rule: string;
  category: string;
  severity: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  fix: boolean;
}
interface JsonOut {
  version: number;
  files: { path: string; diagnostics: JsonDiag[] }[];
}

describe('gongwen-lint CLI (in process)', () => {
  describe('exit codes and text output', () => {
    it('exits 0 and prints a success summary on a clean file', async () => {
      const dir = tmp({ 'ok.txt': CLEAN });
      const r = await run(['ok.txt'], { cwd: dir });
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /^✔ 未发现问题（已检查 1 个文件）\n$/);
    });

    it('exits 1 and prints path:line:column  severity  message  rule (CRLF file)', async () => {
      const dir = tmp({ 'bad.txt': '通知\r\n\r\n各单位要高度重视,认真落实。\r\n' });
      const r = await run(['bad.txt'], { cwd: dir });
      assert.equal(r.code, 1, r.stderr);
      const lines = r.stdout.trimEnd().split('\n');
      assert.equal(lines[0], `bad.txt:3:9  error  中文语境中的半角“,”应改为全角“，”  ${PUNCT}`);
      assert.equal(lines[1], '✖ 1 个问题（1 个错误，0 个警告），其中 1 个可自动修复（--fix）');
      assert.equal(lines.length, 2);
      assert.doesNotMatch(r.stdout, /\x1b\[/, 'no colours when stdout is a pipe');
    });

    it('counts UTF-16 code units in columns (𠮷 takes two)', async () => {
      const dir = tmp({ 'a.txt': '𠮷野家要高度重视,认真落实。\n' });
      const r = await run(['a.txt'], { cwd: dir });
      assert.match(r.stdout, /^a\.txt:1:10  error  /);
    });

    it('exits 2 with a clear message for a nonexistent file, and no success line', async () => {
      const dir = tmp({});
      const r = await run(['missing.txt'], { cwd: dir });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /找不到文件或目录：missing\.txt/);
      assert.doesNotMatch(r.stdout, /✔/);
      assert.match(r.stdout, /1 个文件无法读取或写入/);
    });

    it('exits 2 on usage errors: no input, unknown option, bad --format', async () => {
      assert.equal((await run([])).code, 2);
      const r = await run(['--bogus', 'x.txt']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /未知选项“--bogus”/);
      assert.equal((await run(['--format', 'xml', 'x.txt'])).code, 2);
      assert.equal((await run(['--max-warnings', 'many', 'x.txt'])).code, 2);
    });

    it('uses English with --locale en', async () => {
      const dir = tmp({ 'bad.txt': BAD });
      const r = await run(['--locale', 'en', 'bad.txt'], { cwd: dir });
      assert.equal(r.code, 1);
      assert.match(r.stdout, /^bad\.txt:1:9  error  Half-width "," in Chinese text should be full-width "，"  no-half-width-punctuation$/m);
      assert.match(r.stdout, /^✖ 1 problem \(1 error, 0 warnings\), 1 fixable with --fix$/m);
    });

    it('--help prints Chinese first, then English; --version prints the package version', async () => {
      const h = await run(['--help']);
      assert.equal(h.code, 0);
      const zh = h.stdout.indexOf('用法');
      const en = h.stdout.indexOf('Usage');
      assert.ok(zh >= 0 && en > zh, 'Chinese usage before English usage');
      const v = await run(['--version']);
      const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
      assert.equal(v.stdout.trim(), pkg.version);
    });
  });

  describe('output formats', () => {
    it('JSON: the exact documented shape, 0-based UTF-16 positions (astral character before the problem)', async () => {
      const dir = tmp({ 'a.txt': '标题\n𠮷野家要高度重视,认真落实。\n', 'ok.txt': CLEAN });
      const r = await run(['--format', 'json', 'a.txt', 'ok.txt'], { cwd: dir });
      assert.equal(r.code, 1, r.stderr);
      const out = JSON.parse(r.stdout) as JsonOut;
      assert.deepEqual(Object.keys(out), ['version', 'files']);
      assert.equal(out.version, 1);
      assert.deepEqual(
        out.files.map((f) => f.path),
        ['a.txt', 'ok.txt'],
      );
      assert.deepEqual(Object.keys(out.files[0]), ['path', 'diagnostics']);
      assert.deepEqual(out.files[0].diagnostics, [
        {
          rule: PUNCT,
          category: 'punctuation',
          severity: 'error',
          message: '中文语境中的半角“,”应改为全角“，”',
          range: { start: { line: 1, character: 9 }, end: { line: 1, character: 10 } },
          fix: true,
        },
      ]);
      assert.deepEqual(out.files[1].diagnostics, []);
    });

    it('JSON: --rule changes the reported severity', async () => {
      const dir = tmp({ 'a.txt': WARN });
      const out = JSON.parse((await run(['--format=json', '--rule', `${SPACE}=error`, 'a.txt'], { cwd: dir })).stdout) as JsonOut;
      const d = out.files[0].diagnostics[0];
      assert.equal(d.rule, SPACE);
      assert.equal(d.severity, 'error', '--rule overrides the severity');
      assert.equal(typeof d.fix, 'boolean');
    });

    it('SARIF 2.1.0: driver, rules with helpUri, results with 1-based regions', async () => {
      const dir = tmp({ 'sub/a.txt': '标题\n𠮷野家要高度重视,认真落实。\n' });
      const r = await run(['--format', 'sarif', 'sub'], { cwd: dir });
      assert.equal(r.code, 1, r.stderr);
      const log = JSON.parse(r.stdout) as {
        version: string;
        $schema: string;
        runs: {
          tool: { driver: { name: string; rules: { id: string; helpUri: string; shortDescription: { text: string } }[] } };
          columnKind: string;
          results: {
            ruleId: string;
            ruleIndex: number;
            level: string;
            message: { text: string };
            locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[];
          }[];
        }[];
      };
      assert.equal(log.version, '2.1.0');
      assert.match(log.$schema, /sarif-2\.1\.0/);
      assert.equal(log.runs.length, 1);
      const run0 = log.runs[0];
      assert.equal(run0.tool.driver.name, 'gongwen-lint');
      assert.equal(run0.columnKind, 'utf16CodeUnits');
      const ids = run0.tool.driver.rules.map((x) => x.id);
      assert.deepEqual(ids, ruleIds());
      assert.ok(ids.includes(PUNCT));
      for (const rule of run0.tool.driver.rules) {
        assert.equal(rule.helpUri, `docs/rules/${rule.id}.md`);
        assert.ok(rule.shortDescription.text.length > 0);
      }
      assert.equal(run0.results.length, 1);
      const res = run0.results[0];
      assert.equal(res.ruleId, PUNCT);
      assert.equal(ids[res.ruleIndex], PUNCT);
      assert.equal(res.level, 'error');
      assert.ok(res.message.text.length > 0);
      assert.equal(res.locations[0].physicalLocation.artifactLocation.uri, 'sub/a.txt');
      assert.deepEqual(res.locations[0].physicalLocation.region, { startLine: 2, startColumn: 10, endLine: 2, endColumn: 11 });
    });
  });

  describe('inputs', () => {
    it('reads standard input with -', async () => {
      const dir = tmp({});
      const r = await run(['-'], { cwd: dir, input: BAD });
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stdout, /^<stdin>:1:9  error  /);
    });

    it('- --fix prints the fixed text to stdout and the report to stderr', async () => {
      const dir = tmp({});
      const r = await run(['--fix', '-'], { cwd: dir, input: `通知\r\n${BAD.replace('\n', '\r\n')}` });
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, `通知\r\n${BAD_FIXED.replace('\n', '\r\n')}`);
      assert.match(r.stderr, /已自动修复 1 个问题/);
    });

    it('walks directories recursively: .txt .md .gongwen only, no node_modules, no dot-folders', async () => {
      const dir = tmp({
        'docs/a.txt': BAD,
        'docs/b.md': BAD,
        'docs/c.gongwen': BAD,
        'docs/d.js': BAD,
        'docs/sub/deep/e.TXT': BAD,
        'docs/node_modules/x.txt': BAD,
        'docs/.git/y.txt': BAD,
      });
      const r = await run(['--format', 'json', 'docs'], { cwd: dir });
      const out = JSON.parse(r.stdout) as JsonOut;
      assert.deepEqual(out.files.map((f) => f.path.split('\\').join('/')).sort(), [
        'docs/a.txt',
        'docs/b.md',
        'docs/c.gongwen',
        'docs/sub/deep/e.TXT',
      ]);
      assert.equal(r.code, 1);
    });

    it('a directory without matching files is fine: exit 0 with a note', async () => {
      const dir = tmp({ 'empty/readme.js': 'x' });
      const r = await run(['empty'], { cwd: dir });
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /没有 \.txt、\.md、\.gongwen、\.docx 文件/);
    });

    it('expands globs with *, ** and ?', async () => {
      const dir = tmp({ 'g/a1.txt': BAD, 'g/a2.md': BAD, 'g/x/y/a3.txt': BAD, 'g/b.txt': BAD, 'g/node_modules/a4.txt': BAD });
      const paths = async (pattern: string) =>
        (JSON.parse((await run(['-f', 'json', pattern], { cwd: dir })).stdout) as JsonOut).files
          .map((f) => f.path.split('\\').join('/'))
          .sort();
      assert.deepEqual(await paths('g/**/*.txt'), ['g/a1.txt', 'g/b.txt', 'g/x/y/a3.txt']);
      assert.deepEqual(await paths('g/*.txt'), ['g/a1.txt', 'g/b.txt']);
      assert.deepEqual(await paths('g/a?.*'), ['g/a1.txt', 'g/a2.md']);
      const none = await run(['g/*.doc'], { cwd: dir });
      assert.equal(none.code, 0);
      assert.match(none.stderr, /没有与 g\/\*\.doc 匹配的文件/);
    });

    it('chooses the language by extension; --language overrides it', async () => {
      const body = '说明：`各单位,认真`。\n';
      const dir = tmp({ 'a.md': body, 'a.txt': body });
      assert.equal((await run(['a.md'], { cwd: dir })).code, 0, 'inline code is not prose in Markdown');
      assert.equal((await run(['a.txt'], { cwd: dir })).code, 1, 'but it is in plain text');
      assert.equal((await run(['--language', 'markdown', 'a.txt'], { cwd: dir })).code, 0);
    });

    it('skips binary files (NUL byte) with a warning instead of crashing', async () => {
      const bin = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0xe4, 0xbd]);
      const dir = tmp({ 'img.txt': bin, 'ok.txt': CLEAN });
      const r = await run(['img.txt', 'ok.txt'], { cwd: dir });
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /img\.txt 含 NUL 字节，像是二进制文件，已跳过/);
      assert.match(r.stdout, /已检查 1 个文件/);
    });

    it('skips files larger than 5 MB with a warning', async () => {
      const dir = tmp({ 'big.txt': Buffer.alloc(5 * 1024 * 1024 + 1, 0x61) });
      const r = await run(['big.txt'], { cwd: dir });
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /big\.txt 大于 5 MB/);
    });

    it('warns about invalid UTF-8 and still checks, but never rewrites it with --fix', async () => {
      const gbk = Buffer.concat([Buffer.from(BAD), Buffer.from([0xb8, 0xf7, 0xb5, 0xa5, 0x0a])]); // 各单 in GBK
      const dir = tmp({ 'gbk.txt': gbk });
      const r = await run(['--fix', 'gbk.txt'], { cwd: dir });
      assert.match(r.stderr, /gbk\.txt 不是有效的 UTF-8（第 \d+ 字节起）/);
      assert.equal(r.code, 1);
      assert.deepEqual(readFileSync(join(dir, 'gbk.txt')), gbk);
    });
  });

  describe('fixing and configuration', () => {
    it('--fix rewrites the file (CRLF and BOM kept); a second run finds nothing fixable', async () => {
      const before = '\ufeff通知\r\n各单位要高度重视,认真落实;\r\n各单位 要高度重视。\r\n';
      const dir = tmp({ 'f.txt': before });
      const r1 = await run(['--fix', 'f.txt'], { cwd: dir });
      assert.equal(r1.code, 0, r1.stdout + r1.stderr);
      assert.match(r1.stdout, /已自动修复 3 个问题（1 个文件）/);
      const after1 = readFileSync(join(dir, 'f.txt'), 'utf8');
      assert.equal(after1, '\ufeff通知\r\n各单位要高度重视，认真落实；\r\n各单位要高度重视。\r\n');
      const r2 = await run(['--fix', 'f.txt'], { cwd: dir });
      assert.equal(r2.code, 0);
      assert.doesNotMatch(r2.stdout, /已自动修复|可自动修复/);
      assert.equal(readFileSync(join(dir, 'f.txt'), 'utf8'), after1, 'idempotent');
    });

    it('--rule id=off silences a rule; aliases are accepted', async () => {
      const dir = tmp({ 'bad.txt': BAD });
      assert.equal((await run(['--rule', `${PUNCT}=off`, 'bad.txt'], { cwd: dir })).code, 0);
      assert.equal((await run(['--rule', 'GW-PUNCT-001=off', 'bad.txt'], { cwd: dir })).code, 0);
      assert.equal((await run(['--rule', `${PUNCT}=warning`, 'bad.txt'], { cwd: dir })).code, 0, 'warnings alone exit 0');
    });

    it('an unknown rule id exits 2 and names similar ids', async () => {
      const r = await run(['--rule', 'no-half-width-punctutaion=off', 'x.txt']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /未知规则“no-half-width-punctutaion”。相近的规则：no-half-width-punctuation/);
      const bad = await run(['--rule', `${PUNCT}=loud`, 'x.txt']);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /级别“loud”无效/);
    });

    it('an invalid config warns on stderr (file and problems) and falls back to defaults', async () => {
      const dir = tmp({ '.gongwenrc.json': '{ "rules": { "no-such-rule": "off", ', 'bad.txt': BAD }, false);
      const r = await run(['bad.txt'], { cwd: dir });
      assert.match(r.stderr, /警告：配置文件 \.gongwenrc\.json 无效，已改用默认设置/);
      assert.match(r.stderr, /\.gongwenrc\.json:1:\d+ {2}配置文件不是有效的 JSON/);
      assert.equal(r.code, 1, 'the default rules still run');
      assert.match(r.stdout, new RegExp(`bad\\.txt:1:9  error  .*  ${PUNCT}`));
    });

    it('a config with an unknown rule warns and keeps the valid settings', async () => {
      const dir = tmp({ '.gongwenrc.json': JSON.stringify({ rules: { 'no-such-rulez': 'off', [PUNCT]: 'off' } }), 'bad.txt': BAD }, false);
      const r = await run(['bad.txt'], { cwd: dir });
      assert.match(r.stderr, /配置文件 \.gongwenrc\.json 有 1 处问题/);
      assert.match(r.stderr, /未知规则“no-such-rulez”/);
      assert.doesNotMatch(r.stdout, new RegExp(PUNCT));
    });

    it('finds the nearest .gongwenrc.json per file; --config overrides the lookup', async () => {
      const dir = tmp({
        'a/bad.txt': BAD,
        'a/b/.gongwenrc.json': JSON.stringify({ rules: { [PUNCT]: 'off' } }),
        'a/b/bad.txt': BAD,
        'cfg/off.json': JSON.stringify({ rules: { [PUNCT]: 'off' } }),
      });
      const r = await run(['-f', 'json', 'a'], { cwd: dir });
      const out = JSON.parse(r.stdout) as JsonOut;
      const byPath = new Map(out.files.map((f) => [f.path.split('\\').join('/'), f.diagnostics.length]));
      assert.equal(byPath.get('a/bad.txt'), 1);
      assert.equal(byPath.get('a/b/bad.txt'), 0);
      assert.equal((await run(['--config', 'cfg/off.json', 'a'], { cwd: dir })).code, 0);
      const missing = await run(['--config', 'cfg/none.json', 'a'], { cwd: dir });
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /找不到配置文件：cfg\/none\.json/);
    });

    it('--max-warnings n exits 1 only when warnings exceed n', async () => {
      const dir = tmp({ 'w.txt': `${WARN}${WARN}` });
      assert.equal((await run(['w.txt'], { cwd: dir })).code, 0);
      assert.equal((await run(['--max-warnings', '2', 'w.txt'], { cwd: dir })).code, 0);
      const r = await run(['--max-warnings', '1', 'w.txt'], { cwd: dir });
      assert.equal(r.code, 1);
      assert.match(r.stderr, /警告 2 个，超过 --max-warnings 1/);
    });

    it('--quiet reports errors only', async () => {
      const dir = tmp({ 'm.txt': `${WARN}${BAD}` });
      const loud = await run(['m.txt'], { cwd: dir });
      assert.match(loud.stdout, /m\.txt:1:4  warning  /);
      assert.match(loud.stdout, /✖ 2 个问题（1 个错误，1 个警告）/);
      const quiet = await run(['--quiet', 'm.txt'], { cwd: dir });
      assert.equal(quiet.code, 1);
      assert.doesNotMatch(quiet.stdout, /warning/);
      assert.match(quiet.stdout, /^m\.txt:2:9  error  /m);
      assert.match(quiet.stdout, /✖ 1 个问题（1 个错误，0 个警告）/);
    });
  });

  describe('real sample', () => {
    it(
      'lists the half-width commas of a scraped document with line:column and exits 1',
      { skip: existsSync(SAMPLE) ? false : '../shared/samples absent: skipped' },
      async () => {
        const r = await run([SAMPLE]);
        assert.equal(r.code, 1, r.stderr);
        const commas = r.stdout
          .split('\n')
          .filter((l) => /:\d+:\d+ {2}error {2}中文语境中的半角“,”应改为全角“，” {2}no-half-width-punctuation$/.test(l));
        assert.ok(commas.length >= 10, `expected many half-width commas, got ${commas.length}`);
        assert.ok(commas.every((l) => l.startsWith(SAMPLE) || l.includes('002_6e57a4d726b88f1d.txt:')));
        assert.match(r.stdout, /✖ \d+ 个问题（\d+ 个错误/);
      },
    );
  });
});
