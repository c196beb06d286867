import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel, maskUrls } from '../../server/src/core/segments';
import { isBlankText, isJsSpace, trimEndIndex, trimStartIndex } from '../../server/src/core/lines';
import { firstNonSpace, LINE_PREFIX_RE, opensMarker, parseMarkerUngated, prefixLength } from '../../server/src/core/outline/parse';
import { leadLength, scanLines } from '../../server/src/core/elements/scan';
import { LEAD_RE } from '../../server/src/core/elements/patterns';
import { BULLETS_RE, chromeKind, chromeKindUngated, LINE_PATTERNS, normalise, PINYIN_RE } from '../../server/src/core/residue';

// Issue 14 (perf-struct): the structure analyses skip most lines with cheap tests on code units before a regex or a
// parse. Each test below holds such a shortcut against the definition it stands for, on generated strings: a gate may
// only skip work whose result it knows.

/** A deterministic generator (LCG) of strings over `alphabet`. */
function strings(alphabet: string, count: number, maxLen: number, seed = 7): string[] {
  const chars = [...alphabet];
  let x = seed;
  const next = (n: number): number => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return (x >>> 8) % n;
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let s = '';
    for (let k = next(maxLen + 1); k > 0; k--) s += chars[next(chars.length)];
    out.push(s);
  }
  return out;
}

const PREFIXY = ' \t\u3000\u200b\ufeff#>-*+a一1（(、.';
const SPACEY = ' \t\u3000\u00a0\u2003\u200b\ufeff\n\r\u2028x中';

describe('structure gates: equal to the definitions they replace', () => {
  it('prefixLength equals LINE_PREFIX_RE', () => {
    for (const t of strings(PREFIXY, 20_000, 8)) assert.equal(prefixLength(t), LINE_PREFIX_RE.exec(t)![0].length, JSON.stringify(t));
  });

  it('leadLength equals LEAD_RE (the element scan)', () => {
    for (const t of strings(' \t\u3000\u200b\ufeff#>a', 20_000, 10, 11))
      assert.equal(leadLength(t), LEAD_RE.exec(t)![0].length, JSON.stringify(t));
    assert.equal(leadLength('####### 七个井号'), 0);
    assert.equal(leadLength('###### 六个'), 7);
    assert.equal(leadLength('>引用'), 0);
  });

  it('no marker starts with a code unit opensMarker rejects (every BMP code unit, 公文 and 法规体)', () => {
    const tails = ['、总体要求', '）加强领导', '.加强', '条　为了', ' 总体要求', ''];
    for (let c = 0; c < 0x10000; c++) {
      if (opensMarker(c)) continue;
      const ch = String.fromCharCode(c);
      for (const tail of tails)
        for (const legal of [false, true]) assert.equal(parseMarkerUngated(ch + tail, 0, legal), null, `U+${c.toString(16)} ${tail}`);
    }
    // and it accepts what the parser takes
    for (const t of ['一、', '（一）', '(1)', '1.', '１．', '①', '⑴', '⒈', '㈠', '第一条　为了']) {
      assert.ok(parseMarkerUngated(t, 0, true) ?? parseMarkerUngated(t, 0, false), t);
      assert.ok(opensMarker(t.charCodeAt(0)), t);
    }
  });

  it('firstNonSpace skips spaces, tabs and U+3000 only', () => {
    for (const t of strings(' \t\u3000\u00a0说a', 5_000, 5, 3)) {
      const m = /[^ \t\u3000]/.exec(t);
      assert.equal(firstNonSpace(t), m ? m[0].charCodeAt(0) : -1);
    }
  });

  it('isJsSpace equals \\s; trimStartIndex, trimEndIndex and isBlankText equal trim', () => {
    for (let c = 0; c < 0x10000; c++) assert.equal(isJsSpace(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
    for (const t of strings(SPACEY, 20_000, 8, 5)) {
      assert.equal(trimStartIndex(t), t.length - t.trimStart().length);
      assert.equal(trimEndIndex(t), t.trimEnd().length);
      assert.equal(isBlankText(t), t.trim() === '');
    }
  });

  it('the element scan makes the same lines as before (content, bounds, blank, masked)', () => {
    const TRAILING = /[ \t\u3000\u200b\ufeff]+$/;
    for (const language of ['plaintext', 'markdown'] as const) {
      const lines = strings(' \t\u3000\u200b#>附一2`', 3_000, 9, 13);
      const doc = buildModel(['```', ...lines.slice(0, 5), '```', ...lines].join('\n'), language);
      const s = scanLines(doc);
      assert.equal(s.length, doc.lines.length);
      for (const l of doc.lines) {
        const lead = LEAD_RE.exec(l.text)![0].length;
        const t = l.text.slice(lead).replace(TRAILING, '');
        const got = s.at(l.index);
        assert.deepEqual(
          { ...got },
          { index: l.index, start: l.start, end: l.end, cs: l.start + lead, t, blank: t === '' && !l.masked, masked: l.masked },
        );
        assert.equal(s.blank(l.index), got.blank);
        assert.equal(s.firstCode(l.index), got.blank || got.masked ? -1 : t.charCodeAt(0));
      }
    }
  });

  it('normalise equals the two replacements it stands for', () => {
    for (const t of strings(' \u3000\t•·-*(（)）guān中a', 20_000, 9, 17))
      assert.equal(normalise(t), t.replace(PINYIN_RE, '').replace(BULLETS_RE, ''), JSON.stringify(t));
  });

  it('a web-clutter line pattern never matches a line its gate rejects', () => {
    const samples = [
      '隐藏内容',
      '隱藏內容',
      '此处内容需要权限查看',
      '会员免费查看',
      'VIP免费下载',
      '免费阅读全文',
      '超级VIP用户特权：',
      'abc用戶特權:',
      '甲乙丙丁戊己用户特权：',
      '用户特权：',
      '时间:2022-11-05 08:31:50',
      '時間：2022-1-5',
      '发布时间：2024-05-01 10:00',
      '更新日期：2024年5月1日',
      '來源：新华社',
      '责任编辑：张三',
      '点击量：12',
      '开篇：下面是小编整理的',
      '以下是下面是小编精心整理的范文',
      '小编为大家收集',
    ];
    const lines = [...samples, ...strings('隐此会V免用户戶特权權时時发發更来來责責浏瀏阅閱点點开小编下面是：:2-0 a', 20_000, 12, 19)];
    for (const [re, , may] of LINE_PATTERNS)
      for (const t of lines) if (!may(t, t.charCodeAt(0))) assert.equal(re.test(t), false, `${re.source} on ${t}`);
    // The samples are matched: the gates let them through.
    for (const t of samples)
      assert.ok(
        LINE_PATTERNS.some(([re, , may]) => may(t, t.charCodeAt(0)) && re.test(t)),
        t,
      );
  });

  it('chromeKind equals its ungated form (portal chrome lines and others)', () => {
    const samples = [
      '分享到：微信 微博 QQ空间',
      '首页 > 新闻中心 > 通知公告',
      '当前位置：首页',
      '来源：市政府 发布时间：2024-05-01',
      '【字体：大 中 小】',
      '上一篇：关于…',
      '小编提醒：',
      '京ICP备12345678号',
      '扫一扫在手机打开当前页',
      '微信 微博',
      '主办单位：某某市人民政府',
      'Copyright © 2024',
      'copyright 2024',
      '联系我们 | 网站地图',
      '中国政府网 | 省政府网站 | 市政府网站',
      '分享',
      ' 首页',
    ];
    const lines = [...samples, ...strings('分首来【上小微主C联中国政府网 |｜：:>ICP备1号', 30_000, 14, 23)];
    for (const t of lines) assert.equal(chromeKind(t), chromeKindUngated(t), JSON.stringify(t));
    assert.ok(samples.filter((t) => chromeKind(t) > 0).length >= 15);
  });
});

describe('text model gates: equal to the definitions they replace', () => {
  /** The URL masking as it was: the URL pattern run globally over the whole text, trailing punctuation left out. */
  function globalUrlMask(text: string): Uint8Array {
    const re = /\b(?:(?:https?|ftp|file):\/\/|www\.)[^\s<>"'\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’]+/giu;
    const mask = new Uint8Array(text.length);
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      let s = m[0];
      const t = /[.,;:!?)\]'"]+$/.exec(s);
      if (t) s = s.slice(0, s.length - t[0].length);
      if (t && t[0].startsWith(')') && s.includes('(')) s += ')';
      mask.fill(1, m.index, m.index + s.length);
    }
    return mask;
  }

  it('maskUrls (the pattern tried at candidate offsets only) masks what the global run masks', () => {
    const samples = [
      '见 https://example.com/a（附件）',
      'WWW.GOV.CN 和 www.gov.cn。',
      'HTTPS://A.B/c) ftp://x file://y',
      'httpſ://k.example 与 \u212aa',
      'wwww.example.com xwww.a www.',
      '(http://a.b/(c)) http://a.b/c).',
      '𠮷http://a.b 𠮷www.a',
      '://:// https:/ http//a www',
    ];
    // Strings of URL-ish pieces: each letter of the generated string stands for one piece.
    const pieces = [
      'http',
      'HTTPS',
      'https',
      'ftp',
      'File',
      'httpſ',
      '://',
      ':/',
      'www.',
      'WwW.',
      'w',
      '.',
      ')',
      '(',
      'a',
      '中',
      ' ',
      '𠮷',
      '\u212a',
      '/',
    ];
    const alphabet = 'abcdefghijklmnopqrst';
    const generated = strings(alphabet, 40_000, 12, 29).map((g) => [...g].map((c) => pieces[alphabet.indexOf(c)]).join(''));
    const runs = strings('https://wW.ftp:file中 ', 1_000, 400, 31);
    for (const t of [...samples, ...generated, ...runs]) {
      const mask = new Uint8Array(t.length);
      maskUrls(t, mask);
      assert.deepEqual(mask, globalUrlMask(t), JSON.stringify(t));
    }
    assert.ok(samples.filter((t) => globalUrlMask(t).includes(1)).length >= 6);
    assert.ok(generated.filter((t) => globalUrlMask(t).includes(1)).length >= 5_000);
  });
});
