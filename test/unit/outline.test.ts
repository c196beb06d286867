import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits } from '../../server/src/core/fixes';
import {
  analyzeNumbering,
  cnToInt,
  intToCn,
  nextMarkerCompletion,
  parseOutline,
  renumberEdits,
  type Heading,
} from '../../server/src/core/outline';

const heads = (text: string, mode?: 'auto' | 'gongwen' | 'legal', lang?: 'plaintext' | 'markdown') =>
  parseOutline(text, lang ?? 'plaintext', mode).headings;
const brief = (h: Heading) => `${h.kind}${h.level}:${h.marker}=${h.value}`;
const depth = (h: Heading) => {
  let d = 0;
  for (let p = h.parent; p; p = p.parent) d++;
  return d;
};

describe('outline: numerals', () => {
  it('converts Chinese numerals to 九十九 and beyond', () => {
    const cases: [string, number][] = [
      ['一', 1],
      ['十', 10],
      ['十一', 11],
      ['二十', 20],
      ['二十一', 21],
      ['九十九', 99],
      ['一百', 100],
      ['一百零一', 101],
      ['一百二十三', 123],
    ];
    for (const [s, n] of cases) {
      assert.equal(cnToInt(s), n, s);
      assert.equal(intToCn(n), s, String(n));
    }
    for (const bad of ['', '两', '零', '一零', '十十', '二〇二四']) assert.ok(Number.isNaN(cnToInt(bad)), bad);
  });
});

describe('outline: marker variants', () => {
  const variants: [string, number, string, number][] = [
    ['一、总体要求', 1, '一、', 1],
    ['一.总体要求', 1, '一.', 1],
    ['一．总体要求', 1, '一．', 1],
    ['一，总体要求', 1, '一，', 1],
    ['二十一、其他', 1, '二十一、', 21],
    ['九十九、其他', 1, '九十九、', 99],
    ['（一）加强领导', 2, '（一）', 1],
    ['(一)加强领导', 2, '(一)', 1],
    ['（一）、加强领导', 2, '（一）、', 1],
    ['(一加强领导', 2, '(一', 1],
    ['㈢加强领导', 2, '㈢', 3],
    ['（十一）加强领导', 2, '（十一）', 11],
    ['1.压实责任', 3, '1.', 1],
    ['1、压实责任', 3, '1、', 1],
    ['1．压实责任', 3, '1．', 1],
    ['1）压实责任', 3, '1）', 1],
    ['1)压实责任', 3, '1)', 1],
    ['１．压实责任', 3, '１．', 1],
    ['12.压实责任', 3, '12.', 12],
    ['(1)明确分工', 4, '(1)', 1],
    ['（1）明确分工', 4, '（1）', 1],
    ['⑴明确分工', 4, '⑴', 1],
    ['（１）明确分工', 4, '（１）', 1],
    ['①具体事项', 5, '①', 1],
    ['①、具体事项', 5, '①、', 1],
  ];
  for (const [text, level, marker, value] of variants) {
    it(`${text} → L${level}`, () => {
      const hs = heads(text);
      assert.equal(hs.length, 1);
      assert.equal(hs[0].kind, 'gongwen');
      assert.equal(hs[0].level, level);
      assert.equal(hs[0].marker, marker);
      assert.equal(hs[0].value, value);
      assert.equal(hs[0].markerStart, 0);
      assert.equal(hs[0].markerEnd, marker.length);
    });
  }
  it('skips indentation, U+3000, Markdown #, list bullets and >', () => {
    for (const t of ['　　一、总体要求', '  （一）甲', '> 1.甲', '- 一、甲', '## 一、甲']) {
      const hs = heads(t, undefined, 'markdown');
      assert.equal(hs.length, 1, t);
      assert.equal(hs[0].kind, 'gongwen', t);
      assert.equal(t.slice(hs[0].markerStart, hs[0].markerEnd).length > 0, true);
    }
  });
  it('gives the title range, the line and the section range', () => {
    const text = '一、总体要求\n\n（一）加强领导。各单位要落实。\n（二）完善机制\n二、主要任务';
    const hs = heads(text);
    assert.deepEqual(hs.map(brief), ['gongwen1:一、=1', 'gongwen2:（一）=1', 'gongwen2:（二）=2', 'gongwen1:二、=2']);
    assert.equal(text.slice(hs[0].titleStart, hs[0].titleEnd), '总体要求');
    assert.equal(text.slice(hs[1].titleStart, hs[1].titleEnd), '加强领导');
    assert.equal(hs[1].standalone, false);
    assert.equal(hs[0].standalone, true);
    assert.equal(hs[1].line, 2);
    assert.equal(text.slice(hs[0].start, hs[0].sectionEnd), '一、总体要求\n\n（一）加强领导。各单位要落实。\n（二）完善机制\n');
    assert.equal(hs[1].sectionEnd, hs[2].start);
    assert.equal(hs[3].sectionEnd, text.length);
    assert.deepEqual(
      hs[0].children.map((h) => h.marker),
      ['（一）', '（二）'],
    );
  });
});

describe('outline: not headings', () => {
  const not = [
    '荣获一、二、三等奖的单位',
    '第一、二季度经济平稳',
    '一、二季度经济平稳运行',
    '1.5亿元用于建设',
    '2024.7.1起施行',
    '3、4月份降水偏多',
    '1.2.3版本发布',
    '| 1. | 甲 |',
    '一是加强领导',
    '（2024年）',
    '（一九九八年）',
    '10:30开会',
    '12.5%的增长',
  ];
  for (const t of not) it(t, () => assert.deepEqual(heads(t).map(brief), []));
  it('1、2012年元月 is a marker (a year follows), 2、3月左右 only inside a running list', () => {
    assert.deepEqual(heads('1、2012年元月，发文').map(brief), ['gongwen3:1、=1']);
    assert.deepEqual(heads('1、甲\n2、3月左右提交').map(brief), ['gongwen3:1、=1', 'gongwen3:2、=2']);
    assert.deepEqual(heads('2、3月左右提交').map(brief), []);
  });
  it('masked Markdown code is not parsed', () => {
    assert.deepEqual(heads('```\n一、代码\n```', undefined, 'markdown').map(brief), []);
  });
});

describe('outline: split headings', () => {
  it('joins “（” alone with “三）改革开放” on the next line', () => {
    const text = '（\n三）改革开放取得新进展\n正文。';
    const [h] = heads(text);
    assert.equal(h.level, 2);
    assert.equal(h.value, 3);
    assert.equal(h.marker, '（三）');
    assert.deepEqual(h.split, { start: 1, end: 2 });
    assert.equal(text.slice(h.titleStart, h.titleEnd), '改革开放取得新进展');
  });
  it('joins a marker alone on its line with its text', () => {
    const text = '一、\n我国人民推翻了封建主义。';
    const [h] = heads(text);
    assert.equal(h.marker, '一、');
    assert.deepEqual([h.markerStart, h.markerEnd], [0, 2]);
    assert.deepEqual(h.split, { start: 2, end: 3 });
  });
  it('a bare numeral alone on its line is a section number, not a split heading', () => {
    const hs = heads('一\n\n正文。\n\n二\n\n正文。');
    assert.deepEqual(hs.map(brief), ['gongwen1:一=1', 'gongwen1:二=2']);
    assert.equal(hs[0].split, undefined);
  });
});

describe('outline: tree', () => {
  it('nests a restart under the section it belongs to (1986 report: 二、 → 一、…, then 三、)', () => {
    const text = '一、甲\n二、乙\n\n正文。\n一、子一\n二、子二\n三、子三\n四、子四\n三、丙';
    const hs = heads(text);
    assert.deepEqual(hs.map(depth), [0, 0, 1, 1, 1, 1, 0]);
    assert.deepEqual(analyzeNumbering(parseOutline(text), text).problems, []);
  });
  it('nests an enumeration with a higher marker when the lower sequence continues (1955: （一） 一、二、 （二）)', () => {
    const text = '三、问题\n（一）关于甲\n一、甲甲\n二、乙乙\n（二）关于乙';
    const hs = heads(text);
    assert.deepEqual(hs.map(depth), [0, 1, 2, 2, 1]);
  });
  it('records an inversion: 1. （一） （二） 2.', () => {
    const text = '1.总体要求\n（一）目标\n（二）原则\n2.主要任务';
    const a = analyzeNumbering(parseOutline(text), text);
    assert.equal(a.inversions.length, 1);
    assert.equal(a.inversions[0].higher.marker, '（一）');
    assert.equal(a.inversions[0].lower.marker, '1.');
    assert.deepEqual(a.problems, []);
  });
  it('puts Markdown headings above 公文 levels', () => {
    const text = '# 第一部分\n\n一、甲\n\n## 背景\n\n二、乙\n\n# 第二部分\n\n一、丙';
    const o = parseOutline(text, 'markdown');
    assert.deepEqual(
      o.headings.map((h) => `${h.kind}${h.level}@${depth(h)}`),
      ['markdown1@0', 'gongwen1@1', 'markdown2@1', 'gongwen1@2', 'markdown1@0', 'gongwen1@1'],
    );
    assert.deepEqual(analyzeNumbering(o, text).problems, []);
  });
});

describe('outline: 法规体', () => {
  const law =
    '第一章 总则\n第一条 为了规范管理，制定本办法。\n第二条 本办法适用于：\n（一）机关；\n（二）事业单位。\n第二章 职责\n第三条 各单位应当：\n1.建立制度；\n2.落实责任。\n第五条 附则。';
  it('is recognised automatically, with 条 numbered across chapters', () => {
    const o = parseOutline(law);
    assert.equal(o.mode, 'legal');
    assert.deepEqual(
      o.headings.filter((h) => h.kind === 'legal').map((h) => `${h.unit}${h.value}`),
      ['zhang1', 'tiao1', 'tiao2', 'zhang2', 'tiao3', 'tiao5'],
    );
    const a = analyzeNumbering(o, law);
    assert.deepEqual(
      a.problems.map((p) => `${p.kind}:${p.heading.marker}>${p.expected}`),
      ['gap:第五条>4'],
    );
  });
  it('can be forced off (and on)', () => {
    assert.equal(parseOutline(law, 'plaintext', 'gongwen').mode, 'gongwen');
    assert.equal(parseOutline('第一条 为了。', 'plaintext', 'legal').mode, 'legal');
    assert.equal(parseOutline('第一条 为了。', 'plaintext', 'auto').mode, 'gongwen');
  });
});

describe('renumberEdits', () => {
  it('renumbers the whole document, keeping each marker form, idempotently', () => {
    const text = '一、甲\n(一)子\n(三)子\n三、乙\n1、孙\n1、孙\n';
    const out = applyEdits(text, renumberEdits(text, { scope: 'document' }));
    assert.equal(out, '一、甲\n(一)子\n(二)子\n二、乙\n1、孙\n2、孙\n');
    assert.deepEqual(renumberEdits(out, { scope: 'document' }), []);
  });
  it('renumbers one sibling group only', () => {
    const text = '一、甲\n（一）子\n（三）子\n三、乙\n';
    const out = applyEdits(text, renumberEdits(text, { scope: 'siblings', offset: text.indexOf('（三）') }));
    assert.equal(out, '一、甲\n（一）子\n（二）子\n三、乙\n');
  });
  it('renumbers 条 continuously in 法规体', () => {
    const text = '第一章 总则\n第一条 甲。\n第二章 其他\n第一条 乙。\n第五条 丙。';
    assert.equal(
      applyEdits(text, renumberEdits(text, { scope: 'document' })),
      '第一章 总则\n第一条 甲。\n第二章 其他\n第二条 乙。\n第三条 丙。',
    );
  });
});

describe('nextMarkerCompletion', () => {
  it('offers the next sibling first, then the first child and the parent’s next', () => {
    const text = '一、总体要求\n（一）加强领导\n（二）完善机制\n';
    const cs = nextMarkerCompletion(text, text.length);
    assert.deepEqual(
      cs.map((c) => `${c.relation}:${c.label}`),
      ['sibling:（三）', 'child:1.', 'parent:二、'],
    );
    assert.deepEqual([cs[0].start, cs[0].end], [text.length, text.length]);
  });
  it('filters by what was typed and replaces it', () => {
    const text = '一、总体要求\n（一）加强领导\n（二）完善机制\n（';
    const cs = nextMarkerCompletion(text, text.length);
    assert.deepEqual(
      cs.map((c) => c.label),
      ['（三）'],
    );
    assert.deepEqual([cs[0].start, cs[0].end], [text.length - 1, text.length]);
  });
  it('keeps the document’s form and offers nothing without headings', () => {
    const text = '(一)甲\n(二)乙\n';
    assert.equal(nextMarkerCompletion(text, text.length)[0].label, '(三)');
    assert.deepEqual(nextMarkerCompletion('正文。\n', 4), []);
  });
});

describe('outline: astral Han (code points, not UTF-16 units)', () => {
  it('takes (一 and 1。 before an astral ideograph as markers', () => {
    assert.deepEqual(heads('(一𠮷祥村帮扶工作组\n(二𠮷祥村产业项目').map(brief), ['gongwen2:(一=1', 'gongwen2:(二=2']);
    assert.deepEqual(heads('1。𠮷祥村\n2。𪚥字库').map(brief), ['gongwen3:1。=1', 'gongwen3:2。=2']);
    assert.deepEqual(heads('(一𠮷\n').length, 1);
    assert.deepEqual(heads('(一 ☺\n'), []);
  });
});

describe('outline: heading, run-in heading or numbered paragraph (issue 11)', () => {
  const roles = (text: string) => heads(text).map((h) => `${h.marker}${h.role}`);
  it('tells a title from a numbered sentence', () => {
    const text =
      '关于做好年度安全生产工作的通知\n\n一、总体要求\n\n正文。\n\n二、各单位要高度重视，认真组织实施。\n\n三、力争用3-5年时间，全市新增市场主体4千户以上。\n\n四、工作措施。各地要结合实际抓好落实。\n\n五、加强领导，强化宣传。\n\n正文。';
    assert.deepEqual(roles(text), ['一、heading', '二、item', '三、item', '四、runin', '五、heading']);
  });
  it('takes the items of a 說明 list of a Taiwan 函 as numbered paragraphs', () => {
    const text =
      '主旨：檢送本部修正之作業要點1份，請查照。\n說明：\n一、依據行政院113年3月5日院臺字第1130000000號函辦理。\n二、修正重點\n三、請轉知所屬人員。\n正本：各縣市政府\n副本：本部秘書處';
    assert.deepEqual(roles(text), ['一、item', '二、item', '三、item']);
  });
  it('ends the 说明 list at the next field label', () => {
    const text = '说明：\n一、依据有关规定办理。\n二、请予支持。\n办法：\n一、由市财政安排资金。\n\n联系人：张明\n\n一、附加说明\n\n正文。';
    assert.deepEqual(roles(text), ['一、item', '二、item', '一、item', '一、heading']);
  });
});

describe('outline: numbered lines outside the body are not headings (issue 11)', () => {
  it('leaves the 附件 list of a 通知 out of the headings, but keeps its markers', () => {
    const text =
      '一、总体要求\n\n请认真贯彻执行。\n\n附件：1.安全生产检查表\n      2.隐患排查清单\n      3.联系人名单\n\n某某市人民政府办公室\n2024年3月1日';
    const o = parseOutline(text);
    assert.deepEqual(o.headings.map(brief), ['gongwen1:一、=1']);
    assert.deepEqual(
      o.asides.map((a) => text.slice(a.start, a.end)),
      ['2.', '3.'],
    );
  });
  it('leaves a 附件 list on its own lines and a 抄送 list out', () => {
    const text = '附件：\n1.评分细则\n2.报名表\n\n抄送：\n1.市委办公室\n2.市人大常委会办公室';
    assert.deepEqual(parseOutline(text).headings, []);
    assert.equal(parseOutline(text).asides.length, 4);
  });
  it('leaves 附件：某某办法 (one attachment) and the attachment page’s headings alone', () => {
    const text = '附件：某某市专项资金管理办法\n\n附件\n\n某某市专项资金管理办法\n\n一、总则\n\n二、资金使用';
    assert.deepEqual(heads(text).map(brief), ['gongwen1:一、=1', 'gongwen1:二、=2']);
  });
  it('leaves the entries of a 目录 out of the headings', () => {
    const text =
      '目　录\n\n一、总体要求……………1\n（一）指导思想……………1\n二、主要任务……………3\n\n一、总体要求\n\n（一）指导思想\n\n正文。\n\n二、主要任务';
    assert.deepEqual(heads(text).map(brief), ['gongwen1:一、=1', 'gongwen2:（一）=1', 'gongwen1:二、=2']);
  });
  it('ends a 目录 without page numbers where the body repeats its first entry', () => {
    const text = '目录\n一、总体要求\n二、主要任务\n一、总体要求\n正文。\n二、主要任务\n正文。';
    assert.deepEqual(
      heads(text).map((h) => h.line),
      [3, 5],
    );
  });
});

describe('outline: a list restarting under 一、 (issue 11)', () => {
  it('nests 一、二、三、 under 一、工作开展情况 when 二、存在的不足 follows', () => {
    const text = '一、工作开展情况\n\n一、稳外贸\n\n正文。\n\n二、扩内需\n\n正文。\n\n三、优环境\n\n正文。\n\n二、存在的不足\n\n正文。';
    const hs = heads(text);
    assert.deepEqual(hs.map(depth), [0, 1, 1, 1, 0]);
    assert.deepEqual(analyzeNumbering(parseOutline(text), text).problems, []);
    assert.equal(analyzeNumbering(parseOutline(text), text).demotions.length, 1);
  });
  it('keeps a plain duplicate 一、 a duplicate', () => {
    const text = '一、总体要求\n\n正文。\n\n一、主要任务\n\n正文。\n\n三、保障措施';
    const kinds = analyzeNumbering(parseOutline(text), text).problems.map((p) => `${p.kind}:${p.heading.marker}`);
    assert.equal(kinds[0], 'duplicate:一、');
    assert.equal(heads(text)[1].parent, null);
  });
});

describe('outline: roles in 法规体 and Markdown (issue 11)', () => {
  it('takes 条 and their 项 as items, 章 as headings', () => {
    const text =
      '第一章　总则\n\n第一条　为了规范管理，制定本办法。\n\n第二条　本办法适用于下列单位：\n（一）机关；\n（二）事业单位。\n\n第二章　附则\n\n第三条　本办法自发布之日起施行。';
    assert.deepEqual(
      heads(text).map((h) => `${h.marker}${h.role}`),
      ['第一章heading', '第一条item', '第二条item', '（一）item', '（二）item', '第二章heading', '第三条item'],
    );
  });
  it('takes a Markdown heading with a 公文 marker by its text', () => {
    const text = '## 一、总体要求\n\n正文。\n\n## 二、各单位要高度重视，认真组织实施。\n\n正文。\n';
    assert.deepEqual(
      heads(text, 'auto', 'markdown').map((h) => `${h.marker}${h.role}`),
      ['一、heading', '二、item'],
    );
  });
});
