import { codePointAround, codeUnitSet, isHanCodePoint } from '../chars';
import { markerEndOn } from '../outline';
import type { Rule } from '../types';
import { clutterBlocks } from '../residue';
import { isBlankText, trimEndIndex, trimStartIndex } from '../lines';
import { formalModel } from '../element-kit';

/**
 * A hard line break inside a sentence in plain text (copied from a web page or a PDF): the line ends
 * without closing punctuation and the next line continues the sentence. Reported (info) when
 *  - the next line starts with punctuation that cannot begin a sentence (，。、；：）》” …), or
 *  - the line ends with ，、 or an opening bracket/quote (“《（), or
 *  - the line is prose (≥ 20 characters with a ，/、 inside, no heading marker) ending in a Han
 *    character or digit and the next line starts with a Han character or digit without indentation
 *    or a heading marker; a short line continuing an already broken sentence counts too.
 * Headings, titles, list items, blank-line separated paragraphs and Markdown (where single line breaks
 * are soft) are left alone. The suggestion fix joins the two lines.
 */

/** Characters that cannot begin a sentence: a next line starting with one continues the line before. */
const CONTINUES = codeUnitSet('，。、；：？！）》〉」』】〕”’…,;:?!)');
/** Characters after which a sentence goes on (a comma, an opening bracket or quote). */
const OPEN_END = codeUnitSet('，、“‘《〈（「『【〔(');
/** Characters that may close a line. */
const FINAL_END = codeUnitSet('。！？；：…”’）》」』】〕.!?;:)]');

/** True when the first `len` code units of `t` hold a ， 、 or , (a prose line). */
function hasComma(t: string, len: number): boolean {
  for (let k = 0; k < len; k++) {
    const c = t.charCodeAt(k);
    if (c === 0xff0c || c === 0x3001 || c === 44) return true;
  }
  return false;
}
const BULLET_RE = /^[\s\u3000]*(?:[-*+•·●◆■▪]|[A-Za-z][.)]|第[一二三四五六七八九十百\d]+[章节條条款部分篇])/u;

/**
 * The 抄送机关 and 主送机关 lists wrap by design (GB/T 9704 7.4.2, 7.3.3: 回行时与冒号后的首字对齐 / 顶格): marks each
 * line whose break to the next line is inside one of these elements.
 */
function listWraps(ctx: Parameters<Rule['check']>[0]): Uint8Array {
  const wraps = new Uint8Array(ctx.doc.lines.length);
  const model = formalModel(ctx);
  if (!model) return wraps;
  for (const el of model.elements)
    if ((el.kind === 'cc' || el.kind === 'recipients') && el.endLine > el.line) wraps.fill(1, el.line, el.endLine);
  return wraps;
}

export const noBrokenLine: Rule = {
  meta: {
    id: 'no-broken-line',
    name: { zh: '句中断行', en: 'Broken line' },
    category: 'residue',
    defaultSeverity: 'info',
    fixable: 'suggestion',
    description: {
      zh: '句子中间的硬换行（网页或 PDF 复制残留），建议合并为一行',
      en: 'A hard line break inside a sentence (copied from a web page or PDF); join the lines',
    },
    messages: {
      joinLines: { zh: '合并为一行', en: 'Join the lines' },
      brokenLine: {
        zh: '句子在“{{tail}}”之后被换行截断，下一行“{{head}}”应接在本行末尾',
        en: 'The sentence is broken after "{{tail}}"; the next line "{{head}}" continues it',
      },
    },
    defaultOptions: {},
    examples: [
      [
        '各单位：\n近年来，我们持续加强农村道路、供水和电网等基础\n设施建设。',
        '各单位：\n近年来，我们持续加强农村道路、供水和电网等基础设施建设。',
      ],
    ],
  },
  check(ctx) {
    if (ctx.doc.language === 'markdown') return;
    const lines = ctx.doc.lines;
    const skip = new Uint8Array(lines.length);
    for (const b of clutterBlocks(ctx)) skip.fill(1, b.firstLine, b.lastLine + 1);
    const wraps = listWraps(ctx);
    const firstContent = lines.findIndex((l) => !isBlankText(l.text));
    let continuing = false;
    // Per line: the length of its text without trailing spaces (aLen) and where its text starts after leading spaces
    // (bAt), found by code units: no trimmed copy of every line. The line's own character tests read `cur.text` at
    // those bounds; `a` and `b` (the trimmed strings) are made only for a report.
    for (let i = 0; i + 1 < lines.length; i++) {
      const cur = lines[i];
      const next = lines[i + 1];
      const ct = cur.text;
      const nt = next.text;
      const aLen = trimEndIndex(ct);
      const bAt = trimStartIndex(nt);
      const wasContinuing = continuing;
      continuing = false;
      if (aLen === 0 || bAt === nt.length || cur.masked || next.masked || skip[i] || skip[i + 1] || wraps[i]) continue;
      if (i === firstContent) continue; // the title (and its subtitle line) is not prose
      const markerEnd = markerEndOn(ctx, i);
      const markerOnly = markerEnd >= 0 && markerEnd - cur.start >= aLen;
      if (markerOnly) continue;
      const last = ct.charCodeAt(aLen - 1);
      const finalEnd = FINAL_END.has(last);
      let broken = false;
      if (CONTINUES.has(nt.charCodeAt(bAt)) && !finalEnd) broken = true;
      else if (OPEN_END.has(last) && markerEndOn(ctx, i + 1) < 0) broken = true;
      else if (!finalEnd) {
        const lc = codePointAround(ct, aLen - 1);
        const fc = codePointAround(nt, bAt);
        const endsInWord = isHanCodePoint(lc) || (lc >= 48 && lc <= 57);
        const startsWord = isHanCodePoint(fc) || (fc >= 48 && fc <= 57);
        const indented = bAt !== 0;
        const prose = (aLen >= 20 && hasComma(ct, aLen) && markerEnd < 0) || wasContinuing;
        if (endsInWord && startsWord && !indented && prose && markerEndOn(ctx, i + 1) < 0 && !BULLET_RE.test(nt)) broken = true;
      }
      if (!broken) continue;
      continuing = true;
      const a = ct.slice(0, aLen);
      const b = nt.slice(bAt);
      const joinStart = cur.start + aLen;
      const joinEnd = next.start + bAt;
      // The last character is two code units only when it is a whole surrogate pair (not a lone low half).
      const lastLen = a.length >= 2 && /^[\ud800-\udbff][\udc00-\udfff]$/.test(a.slice(-2)) ? 2 : 1;
      ctx.report({
        messageId: 'brokenLine',
        data: { tail: a.slice(-Math.min(8, a.length)), head: b.slice(0, 8) },
        start: joinStart - lastLen,
        end: joinEnd,
        fix: [{ start: joinStart, end: joinEnd, newText: '' }],
        fixTitle: { messageId: 'joinLines' },
      });
    }
  },
};
