// Hostile and sloppy .gongwenrc.json files (issue 12 items 3 and 6): each case gets a precise
// diagnostic on the config file, the valid parts still apply, nothing blocks or blows up.
import assert from 'node:assert/strict';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { MAX_CONFIG_BYTES, parseConfigText } from '../../server/src/node/configFile';
import { BAD, cleanTemps, PUNCT, ruleIds, runIn, SPACE, tmp } from './harness';

after(cleanTemps);

const MISUSED = 'no-misused-word';
/** Every rule off except PUNCT, SPACE and the user-word rule. */
const rulesOff = (): Record<string, string> =>
  Object.fromEntries(
    ruleIds()
      .filter((id) => id !== PUNCT && id !== SPACE && id !== MISUSED)
      .map((id) => [id, 'off']),
  );

describe('hostile config files are refused, not read (issue 12 item 3)', () => {
  it('a committed symlink to /dev/zero: refused at once with a message, defaults apply', async () => {
    const dir = tmp({ 'bad.txt': BAD }, false);
    symlinkSync('/dev/zero', join(dir, '.gongwenrc.json'));
    const before = process.memoryUsage().rss;
    const t0 = Date.now();
    const r = await runIn(['bad.txt'], { cwd: dir });
    assert.ok(Date.now() - t0 < 20_000);
    assert.ok(process.memoryUsage().rss - before < 200 * 1024 * 1024, 'no runaway allocation');
    assert.match(r.stderr, /配置文件 \.gongwenrc\.json 无效，已改用默认设置/);
    assert.match(r.stderr, /无法读取配置文件：不是普通文件（FIFO、设备、套接字或目录），已拒绝读取（ENOTREG）/);
    assert.equal(r.code, 1, 'the default rules still run');
  });

  it('a symlink to a regular config file is fine', async () => {
    const dir = tmp({ 'real.json': JSON.stringify({ rules: { ...rulesOff(), [PUNCT]: 'off' } }), 'bad.txt': BAD }, false);
    symlinkSync('real.json', join(dir, '.gongwenrc.json'));
    const r = await runIn(['bad.txt'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
  });

  it(`a config larger than ${MAX_CONFIG_BYTES / 1024 / 1024} MB: not read, a clear message, defaults apply`, async () => {
    const dir = tmp({ 'bad.txt': BAD }, false);
    writeFileSync(join(dir, '.gongwenrc.json'), `{"words":{"a":"${'b'.repeat(MAX_CONFIG_BYTES)}"}}`);
    const r = await runIn(['bad.txt'], { cwd: dir });
    assert.match(r.stderr, /配置文件大于 16 MB（16\.0 MB），未读取，已改用默认设置/);
    assert.equal(r.code, 1);
  });
});

describe('config files are never silently dropped (issue 12 item 6)', () => {
  it('a UTF-8 BOM (Windows Notepad) is accepted: the settings apply, no warning', async () => {
    const dir = tmp({ '.gongwenrc.json': `\ufeff${JSON.stringify({ rules: { ...rulesOff(), [PUNCT]: 'off' } })}`, 'bad.txt': BAD }, false);
    const r = await runIn(['bad.txt'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
  });

  it('positions in a BOM file are those an editor shows (the BOM is not a column)', () => {
    const loaded = parseConfigText('\ufeff{"bogus": 1}', 'x.json');
    assert.equal(loaded.issues.length, 1);
    assert.equal(loaded.issues[0].start, 1, 'offset of "bogus" in the text without the BOM');
    assert.equal(loaded.text, '{"bogus": 1}');
  });

  it('100 000 words (an organisation dictionary, ~3 MB) are all applied', async () => {
    const words: Record<string, string> = {};
    for (let i = 0; i < 100_000; i++) words[`词表条目${i}号`] = `规范条目${i}号`;
    const dir = tmp({ '.gongwenrc.json': JSON.stringify({ rules: rulesOff(), words }), 'w.txt': '本单位的词表条目99999号要改。\n' }, false);
    const r = await runIn(['w.txt'], { cwd: dir });
    assert.equal(r.stderr, '');
    assert.match(r.stdout, /w\.txt:1:5  error  .*词表条目99999号.*规范条目99999号/);
  });

  it('"__proto__" is an unknown setting like any other, reported and not applied', async () => {
    const text = `{"rules": ${JSON.stringify(rulesOff())}, "__proto__": {"rules": {"${PUNCT}": "off"}}}`;
    const dir = tmp({ '.gongwenrc.json': text, 'bad.txt': BAD }, false);
    const r = await runIn(['bad.txt'], { cwd: dir });
    assert.match(r.stderr, /\.gongwenrc\.json:1:\d+ {2}__proto__ {2}未知的配置项“__proto__”/);
    assert.equal(r.code, 1, `${PUNCT} is still on`);
    const inRules = parseConfigText(`{"rules": {"__proto__": "off"}}`);
    assert.equal(inRules.issues.length, 1);
    assert.match(inRules.issues[0].message.zh, /未知规则“__proto__”/);
    assert.equal(Object.getPrototypeOf(inRules.config.rules), Object.prototype, 'the prototype was not replaced');
  });

  it('a value below the schema minimum is reported; the valid parts of the setting apply', () => {
    const loaded = parseConfigText(
      JSON.stringify({
        rules: {
          'no-overused-phrase': { severity: 'error', options: { threshold: 1, density: 50 } },
          'no-duplicate-sentence': { options: { similarity: 2 } },
        },
      }),
    );
    const messages = loaded.issues.map((i) => `${i.path}: ${i.message.zh}`);
    assert.deepEqual(messages, [
      'rules.no-overused-phrase.options.threshold: 选项“threshold”不能小于 2（现为 1）',
      'rules.no-duplicate-sentence.options.similarity: 选项“similarity”不能大于 1（现为 2）',
    ]);
    assert.deepEqual(loaded.config.rules['no-overused-phrase'], { severity: 'error', options: { density: 50 } });
    assert.ok(
      loaded.issues.every((i) => i.start > 0),
      'each issue points into the file',
    );
  });

  it('enum and item-length constraints are checked too', () => {
    const loaded = parseConfigText(
      JSON.stringify({
        rules: {
          'heading-style-consistency': { options: { preferredL3Dot: ',' } },
          'no-overused-phrase': { options: { phrases: ['好', '切实加强'] } },
        },
      }),
    );
    assert.equal(loaded.issues.length, 2);
    assert.match(loaded.issues[0].message.zh, /必须是 "\."、?, "．" 之一|必须是 "\.", "．" 之一/);
    assert.match(loaded.issues[1].message.zh, /“好”短于 2 个字/);
  });

  it('severities are case-insensitive in the file as on the command line, with a note', async () => {
    const dir = tmp(
      {
        '.gongwenrc.json': JSON.stringify({ rules: { ...rulesOff(), [PUNCT]: 'Warning', [SPACE]: { severity: 'OFF' } } }),
        'bad.txt': `${BAD}各单位 要高度重视。\n`,
      },
      false,
    );
    const r = await runIn(['bad.txt'], { cwd: dir });
    assert.equal(r.code, 0, 'Warning was applied: no error left');
    assert.match(r.stdout, /bad\.txt:1:9  warning  /);
    assert.doesNotMatch(r.stdout, new RegExp(SPACE), 'OFF was applied');
    assert.match(r.stderr, /2 处写法不规范（已按说明处理）/);
    assert.match(r.stderr, /级别“Warning”已按“warning”处理/);
    assert.match(r.stderr, /级别“OFF”已按“off”处理/);
  });

  it('a bad entry in words is reported alone; the other entries apply', () => {
    const loaded = parseConfigText('{"words": {"甲乙": 1, "丙丁": "戊己", "": "x"}}');
    assert.deepEqual(loaded.config.shared.words, { 丙丁: '戊己' });
    assert.deepEqual(
      loaded.issues.map((i) => i.path),
      ['words.甲乙', 'words.'],
    );
  });

  it('broken JSON is described in words, each place once (not "CloseBraceExpected" twice)', () => {
    // Two unclosed objects: jsonc-parser reports CloseBraceExpected twice at the end of the file.
    const unclosed = parseConfigText('{\n  "rules": { "no-half-width-punctuation": "off"\n');
    assert.equal(unclosed.fatal, true);
    assert.deepEqual(
      unclosed.issues.map((i) => [i.message.zh, i.message.en]),
      [['配置文件不是有效的 JSON：缺少右花括号“}”', 'The config file is not valid JSON: a closing brace "}" is missing']],
    );
    const comma = parseConfigText('{ "rules": [1 2] }');
    assert.deepEqual(
      comma.issues.map((i) => i.message.zh),
      ['配置文件不是有效的 JSON：缺少逗号“,”'],
    );
    assert.equal(comma.issues[0].start, '{ "rules": [1 '.length);
  });
});

describe('"ignore" in .gongwenrc.json (issue 13 item 6): the CLI honours the list the editor writes', () => {
  it('an ignored finding is not reported and --fix leaves it; the other finding is reported', async () => {
    const text = '各单位要高度重视,认真落实。\n请于3月5日前报送,逾期不候。\n';
    const ignore = [{ rule: PUNCT, text: ',', context: '各单位要高度重视,认真落实。' }];
    const dir = tmp({ '.gongwenrc.json': JSON.stringify({ rules: rulesOff(), ignore }), 'a.txt': text }, false);
    const r = await runIn(['a.txt'], { cwd: dir });
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stderr, '');
    assert.match(r.stdout, /^a\.txt:2:10 {2}error/);
    assert.doesNotMatch(r.stdout, /a\.txt:1:/);
    const fixed = await runIn(['a.txt', '--fix'], { cwd: dir });
    assert.equal(fixed.code, 0, fixed.stdout + fixed.stderr);
    assert.equal(readFileSync(join(dir, 'a.txt'), 'utf8'), '各单位要高度重视,认真落实。\n请于3月5日前报送，逾期不候。\n');
  });

  it('a bad "ignore" entry is reported on the config file, the valid ones apply', async () => {
    const ignore = [{ rule: PUNCT, text: ',' }, { rule: PUNCT }];
    const dir = tmp({ '.gongwenrc.json': JSON.stringify({ rules: rulesOff(), ignore }), 'bad.txt': BAD }, false);
    const r = await runIn(['bad.txt'], { cwd: dir });
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stderr, /“ignore”中的这一项无效/);
  });
});
