import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseElements } from '../../../server/src/core/elements/index';
import { parseOutline } from '../../../server/src/core/index';
import { layoutDocument, MAX_LAYOUT_CHARS, type DocumentLayout, type LayoutMark } from '../../../server/src/core/layout/paginate';
import { GBT9704, pitchOf } from '../../../server/src/core/layout/spec';
import { TEMPLATES, templateSample } from '../../../server/src/core/templates/index';

function layout(text: string, marks?: LayoutMark[]): DocumentLayout {
  const r = layoutDocument({ text, elements: parseElements(text, 'gongwen'), outline: parseOutline(text, 'gongwen'), marks });
  assert.ok(!('refused' in r), 'laid out');
  return r;
}
const lineText = (l: { segs: readonly { text: string }[] }) => l.segs.map((s) => s.text).join('');
const width = (s: string) => [...s].reduce((w, c) => w + (c.codePointAt(0)! < 0x1100 ? 0.5 : 1), 0);
const { lineMm } = pitchOf(GBT9704);
const rowOf = (y: number) => Math.round(y / lineMm);

/** `n` paragraphs of exactly `chars` Han characters, ending in 。 (no headings, no elements). */
function paragraphs(n: number, chars: number): string {
  const p = `${'各地区要认真贯彻落实'.repeat(20).slice(0, chars - 1)}。`;
  return Array.from({ length: n }, () => p).join('\n');
}

describe('layoutDocument: GB/T 9704 pages', () => {
  it('plain paragraphs fill 22 rows of 28 characters: 50 two-line paragraphs are 5 pages, the last with 12 rows', () => {
    const l = layout(paragraphs(50, 54));
    assert.equal(l.form, 'none');
    assert.equal(l.pages.length, 5);
    assert.deepEqual(
      l.pages.map((p) => p.lines.length),
      [22, 22, 22, 22, 12],
    );
    const first = l.pages[0].lines;
    assert.equal(width(lineText(first[0])), 26, 'first line 左空二字: 26 characters');
    assert.equal(width(lineText(first[1])), 28, 'wrapped line 顶格: 28 characters');
    assert.ok(Math.abs(first[0].xMm - 2 * (156 / 28)) < 1e-6);
    assert.deepEqual(
      l.pages.map((p) => p.label),
      ['— 1 —', '— 2 —', '— 3 —', '— 4 —', '— 5 —'],
    );
    assert.equal(l.pages[1].firstLine, 11);
  });

  it('23 one-line paragraphs are 2 pages; 22 are one', () => {
    assert.equal(layout(paragraphs(22, 20)).pages.length, 1);
    assert.equal(layout(paragraphs(23, 20)).pages.length, 2);
  });

  it('keeps closing punctuation off the start of a line (避头)', () => {
    const text = `${'各'.repeat(26)}，${'部门'.repeat(5)}。`;
    const l = layout(text);
    assert.equal(lineText(l.pages[0].lines[0]), `${'各'.repeat(26)}，`);
    assert.ok(lineText(l.pages[0].lines[1]).startsWith('部门'));
  });

  it('the 通知 template: 标志 red 35 mm down, title on row 11, 附件 on a new page, 版记 at the foot with rules: 3 pages', () => {
    const l = layout(templateSample(TEMPLATES.find((t) => t.id === '通知')!));
    assert.equal(l.form, 'standard');
    assert.equal(l.pages.length, 3);
    const p1 = l.pages[0];
    const mark = p1.lines.find((x) => x.element === 'issuerMark')!;
    assert.equal(mark.yMm, 35);
    assert.equal(mark.red, true);
    assert.equal(mark.segs[0].role, 'issuerMark');
    assert.ok(
      p1.rules.some((r) => r.red),
      'red rule on page 1',
    );
    const dn = p1.lines.find((x) => x.element === 'docNumber')!;
    const title = p1.lines.find((x) => x.element === 'title')!;
    assert.equal(rowOf(dn.yMm), 7, '发文字号 two rows below the 标志');
    assert.equal(rowOf(title.yMm), 11, 'title two rows below the red rule');
    assert.equal(title.align, 'center');
    assert.equal(title.segs[0].role, 'title');
    const recipients = p1.lines.find((x) => x.element === 'recipients')!;
    assert.equal(rowOf(recipients.yMm), 13, '主送机关 one row below the title');
    const h1 = p1.lines.filter((x) => x.segs.some((s) => s.role === 'heading1')).map(lineText);
    assert.deepEqual(h1, ['一、提高思想认识', '二、做好隐患排查']);
    const att = l.pages[2];
    assert.equal(lineText(att.lines[0]), '附件');
    assert.equal(att.lines[0].segs[0].role, 'attachmentLabel');
    assert.equal(rowOf(att.lines[1].yMm), 2, 'attachment title on the third line');
    const record = att.lines.filter((x) => x.element === 'cc' || x.element === 'printer');
    assert.equal(rowOf(record[record.length - 1].yMm), 21, 'the 版记 ends on the last row');
    assert.deepEqual(
      att.rules.map((r) => [rowOf(r.yMm), r.thicknessMm]),
      [
        [20, 0.35],
        [21, 0.25],
        [22, 0.35],
      ],
    );
  });

  it('署名 右空二字 and the date two characters right of it; 签发人 on the 发文字号 row', () => {
    const l = layout(templateSample(TEMPLATES.find((t) => t.id === '请示')!));
    const lines = l.pages.flatMap((p) => p.lines);
    const sig = lines.find((x) => x.element === 'signature')!;
    const date = lines.find((x) => x.element === 'date')!;
    const { charMm } = pitchOf(GBT9704);
    // 江南市人民政府 (7) and 2026年3月2日 (6): the date, two characters right of the 署名, would pass the
    // 右空二字 edge, so the date ends there and the 署名 starts two characters left of it (§7.3.5).
    assert.ok(Math.abs(date.xMm + width('2026年3月2日') * charMm - 26 * charMm) < 1e-6, 'date 右空二字');
    assert.ok(Math.abs(date.xMm - sig.xMm - 2 * charMm) < 1e-6, 'date starts two characters right of the 署名');
    const short = layout(
      '江南市人民政府办公室文件\n\n江政办发〔2026〕3号\n\n关于做好防汛工作的通知\n\n各区人民政府：\n\n各单位要高度重视。\n\n江南市人民政府办公室\n2026年3月2日\n',
    );
    const [s2, d2] = ['signature', 'date'].map((k) => short.pages[0].lines.find((x) => x.element === k)!);
    assert.ok(Math.abs(s2.xMm + width('江南市人民政府办公室') * charMm - 26 * charMm) < 1e-6, 'a longer 署名 is 右空二字');
    assert.ok(Math.abs(d2.xMm - s2.xMm - 2 * charMm) < 1e-6);
    const dn = lines.find((x) => x.element === 'docNumber')!;
    const signer = lines.find((x) => x.element === 'signer')!;
    assert.equal(signer.yMm, dn.yMm);
    assert.equal(signer.align, 'right');
    assert.equal(signer.segs.at(-1)!.role, 'signerName');
  });

  it('信函: no number on the first page, red double lines, no 版记 rules', () => {
    const l = layout(templateSample(TEMPLATES.find((t) => t.id === '函')!));
    assert.equal(l.form, 'letter');
    assert.equal(l.pages[0].label, null);
    assert.equal(l.pages[0].rules.filter((r) => r.red).length, 4);
    assert.ok(l.pages[0].rules.every((r) => r.red && r.widthMm === 170));
  });

  it('every template lays out without error and each source line of text appears exactly once', () => {
    for (const t of TEMPLATES) {
      const text = templateSample(t);
      const l = layout(text);
      const shown = l.pages.flatMap((p) => p.lines).map((x) => x.srcLine);
      const expected = text
        .split('\n')
        .map((s, i) => (/\S/.test(s) && !/^─+$/.test(s) ? i : -1))
        .filter((i) => i >= 0);
      assert.deepEqual(
        [...new Set(shown)].sort((a, b) => a - b),
        expected,
        t.id,
      );
      const all = l.pages.flatMap((p) => p.lines.map(lineText)).join('');
      assert.equal(all.replace(/\s/g, ''), text.replace(/─|\s/g, ''), `${t.id}: no text lost or duplicated`);
    }
  });

  it('marks findings on the runs they cover', () => {
    const text = '各单位要高度重视,认真落实。';
    const l = layout(text, [{ start: 8, end: 9, message: '半角逗号', severity: 'error' }]);
    const segs = l.pages[0].lines[0].segs;
    const marked = segs.filter((s) => s.mark !== undefined);
    assert.deepEqual(
      marked.map((s) => [s.text, s.start]),
      [[',', 8]],
    );
    assert.equal(l.marks[marked[0].mark!].message, '半角逗号');
  });

  it('refuses a document over the limit with a message, and lays out one just under it quickly', () => {
    const big = 'a'.repeat(MAX_LAYOUT_CHARS + 1);
    const r = layoutDocument({ text: big, elements: parseElements('', 'gongwen'), outline: parseOutline('', 'gongwen') });
    assert.ok('refused' in r && /过长/.test(r.message.zh));
    const text = paragraphs(Math.floor((MAX_LAYOUT_CHARS - 1) / 55), 54);
    const t0 = Date.now();
    const l = layout(text);
    assert.equal(l.pages.length, Math.ceil((Math.floor((MAX_LAYOUT_CHARS - 1) / 55) * 2) / 22));
    assert.ok(Date.now() - t0 < 20_000, `took ${Date.now() - t0} ms`);
  });
});
