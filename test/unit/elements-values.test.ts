/** Element values, items and partial ranges (the sidecar tests check kinds and lines only). */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseElements, type DocElement, type ElementKind } from '../../server/src/core/elements/index';

const I = '\u3000\u3000';
const get = (text: string, kind: ElementKind): DocElement[] => parseElements(text).elements.filter((e) => e.kind === kind);
const val = (text: string, e: DocElement): string => text.slice(e.valueStart, e.valueEnd);
const items = (text: string, e: DocElement): string[] => (e.items ?? []).map((x) => `${x.marker}|${text.slice(x.start, x.end)}`);

const NOTICE = [
  '青川市人民政府文件',
  '',
  '青政发〔2025〕7号　　　　签发人：周明远　孙立平',
  '',
  '关于加强城市供水安全保障工作的通知',
  '',
  '各区县人民政府，市政府各部门：',
  '',
  `${I}现就有关事项通知如下。`,
  '',
  `${I}附件：1.青川市城市供水安全责任分工表；`,
  `${I}　　　2.青川市饮用水水源保护区名录（产业类、`,
  `${I}　　　　基础设施类）`,
  '',
  '青川市人民政府',
  '2025年3月4日（此件公开发布）',
  '',
  '附件2',
  '',
  '青川市饮用水水源保护区名录',
  '',
  `${I}一、清河水库`,
  '',
  '抄送：市委办公室，市人大常委会办公室，',
  '　　　市政协办公室。',
  '青川市人民政府办公室　　2025年3月5日印发',
].join('\n');

describe('element values', () => {
  it('发文字号 and 签发人 sharing a line get partial ranges; the names are items', () => {
    const [num] = get(NOTICE, 'docNumber');
    const [sg] = get(NOTICE, 'signer');
    assert.equal(NOTICE.slice(num.start, num.end), '青政发〔2025〕7号');
    assert.equal(NOTICE.slice(sg.start, sg.end), '签发人：周明远　孙立平');
    assert.equal(val(NOTICE, sg), '周明远　孙立平');
    assert.deepEqual(items(NOTICE, sg), ['|周明远', '|孙立平']);
    assert.ok(num.end <= sg.start);
  });
  it('附件说明: numbered items without trailing punctuation, a wrapped name continues its item', () => {
    const [note] = get(NOTICE, 'attachmentNote');
    assert.deepEqual(items(NOTICE, note), [
      '1|青川市城市供水安全责任分工表',
      '2|青川市饮用水水源保护区名录（产业类、\n' + `${I}　　　　基础设施类）`,
    ]);
  });
  it('a 附注 after the date on the same line: the date and the note split the line', () => {
    const [date] = get(NOTICE, 'date');
    const [note] = get(NOTICE, 'note');
    assert.equal(NOTICE.slice(date.start, date.end), '2025年3月4日');
    assert.equal(NOTICE.slice(note.start, note.end), '（此件公开发布）');
    assert.equal(val(NOTICE, note), '此件公开发布');
  });
  it('附件 pages: number and title; 抄送 items over two lines; 印发 line', () => {
    const [page] = get(NOTICE, 'attachment');
    assert.equal(page.number, 2);
    assert.equal(NOTICE.slice(page.titleStart, page.titleEnd), '青川市饮用水水源保护区名录');
    assert.ok(NOTICE.slice(page.start, page.end).endsWith('一、清河水库'), 'the page ends before the 版记');
    const [cc] = get(NOTICE, 'cc');
    assert.deepEqual(items(NOTICE, cc), ['|市委办公室', '|市人大常委会办公室', '|市政协办公室']);
    assert.equal(get(NOTICE, 'printer').length, 1);
    assert.deepEqual(
      parseElements(NOTICE).elements.map((e) => e.part),
      ['head', 'head', 'head', 'main', 'main', 'main', 'main', 'main', 'main', 'main', 'main', 'record', 'record'],
    );
  });
  it('主送机关 value without its colon; title and genre', () => {
    const [r] = get(NOTICE, 'recipients');
    assert.equal(val(NOTICE, r), '各区县人民政府，市政府各部门');
    const m = parseElements(NOTICE);
    assert.equal(m.genre, '通知');
    assert.equal(m.genreWord, '通知');
  });
  it('a title with a 文种 that is not one of the 15 kinds keeps its word (GW-ELEM-014)', () => {
    const t = `青川市水务局文件\n\n青水〔2025〕3号\n\n关于清河水库除险加固工作的情况说明\n\n市人民政府：\n\n${I}现将有关情况说明如下。\n`;
    const m = parseElements(t);
    assert.equal(m.form, 'standard');
    assert.equal(m.genre, null);
    assert.equal(m.genreWord, '情况说明');
  });
  it('elements are in document order and inside the text; 正文 is always there', () => {
    const m = parseElements(NOTICE);
    for (let i = 1; i < m.elements.length; i++) assert.ok(m.elements[i - 1].start <= m.elements[i].start);
    for (const e of m.elements)
      assert.ok(e.start <= e.valueStart && e.valueStart <= e.valueEnd && e.valueEnd <= e.end && e.end <= NOTICE.length);
    assert.equal(m.elements.filter((e) => e.kind === 'body').length, 1);
  });
});

describe('degenerate input', () => {
  for (const t of ['', '\n\n\n', '　', '关于', '附件1', '抄送：', '2025年1月1日', 'a'.repeat(100000), '关于x的通知\n'.repeat(2000)]) {
    it(`${JSON.stringify(t.slice(0, 20))}… → form none, one body over the whole text`, () => {
      const m = parseElements(t);
      assert.equal(m.form, 'none');
      assert.deepEqual(
        m.elements.map((e) => [e.kind, e.start, e.end]),
        [['body', 0, t.length]],
      );
    });
  }
  it('long lists never overflow the stack: 150 000 抄送 organs on one line, 150 000 附件 labels', () => {
    const cc = `关于x的通知\n\n抄送：${'甲，'.repeat(150_000)}乙。\n某办公室　2025年1月1日印发`;
    const m = parseElements(cc);
    assert.equal(m.form, 'standard');
    assert.equal(m.elements.find((e) => e.kind === 'cc')!.items!.length, 150_001);
    const pages = parseElements(`关于x的通知\n\n各单位：\n\n${'附件1\n'.repeat(150_000)}`);
    assert.equal(pages.elements.filter((e) => e.kind === 'attachment').length, 150_000);
  });
  it('a draft that is only a 版头 still has an (empty) 正文', () => {
    const t = '青川市人民政府文件\n\n青政发〔2025〕7号\n';
    const m = parseElements(t);
    assert.equal(m.form, 'standard');
    const [body] = m.elements.filter((e) => e.kind === 'body');
    assert.equal(body.start, body.end);
  });
});

/** Lines of every element form, shuffled into random documents: the recogniser never throws and its ranges hold. */
const VOCAB = [
  '',
  '',
  '000023',
  '机密★1年',
  '特急',
  '青川市人民政府文件',
  '青川市人民政府令',
  '青川市常务会议纪要',
  '第9期',
  '青政发〔2025〕7号　　签发人：周明远',
  '签发人：',
  '━━━━━━━━━━',
  '关于加强供水安全的通知',
  '各区县人民政府，',
  '市政府各部门：',
  '同志们：',
  `${I}一、总体要求`,
  `${I}现就有关事项通知如下。`,
  '附件：1.甲表',
  '　　　2.乙表',
  '附件：',
  '附件1：',
  '附件2',
  '出席：周明远　孙立平',
  '请假：',
  '（此页无正文）',
  '青川市人民政府',
  '2025年3月4日',
  '2025年3月4日（此件公开发布）',
  '（此件公开发布）',
  '抄送：市委办公室，',
  '　　　市政协办公室。',
  '青川市人民政府办公室　　2025年3月5日印发',
  '# 关于x的函',
  '```',
];

describe('random documents of element lines', () => {
  it('3000 documents: no exception, ordered elements, ranges inside the text, one 正文', () => {
    let seed = 42;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const forms = new Map<string, number>();
    for (let d = 0; d < 3000; d++) {
      const lines = Array.from({ length: 1 + rnd(25) }, () => VOCAB[rnd(VOCAB.length)]);
      const text = lines.join(rnd(3) === 0 ? '\r\n' : '\n');
      const m = parseElements(text, rnd(2) ? 'markdown' : 'plaintext');
      const where = JSON.stringify(text);
      assert.equal(m.elements.filter((e) => e.kind === 'body').length, 1, where);
      forms.set(m.form, (forms.get(m.form) ?? 0) + 1);
      if (m.form === 'none') assert.equal(m.elements.length, 1, where);
      for (let i = 0; i < m.elements.length; i++) {
        const e = m.elements[i];
        if (i > 0) assert.ok(m.elements[i - 1].start <= e.start, where);
        assert.ok(
          0 <= e.start && e.start <= e.valueStart && e.valueStart <= e.valueEnd && e.valueEnd <= e.end && e.end <= text.length,
          where,
        );
        assert.ok(e.line <= e.endLine, where);
        for (const x of e.items ?? []) assert.ok(e.start <= x.start && x.start <= x.end && x.end <= e.end, where);
      }
    }
    // The generator reaches the forms: the invariants are checked on real models, not only on 'none'.
    for (const [f, n] of [
      ['none', 100],
      ['standard', 100],
      ['letter', 1],
      ['order', 1],
      ['minutes', 1],
    ] as const)
      assert.ok((forms.get(f) ?? 0) >= n, `${f}: ${forms.get(f)}`);
  });
});
