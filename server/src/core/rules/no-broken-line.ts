import { codePointAround, isHanCodePoint } from '../chars';
import { markerEndOn } from '../outline';
import type { Rule } from '../types';
import { clutterBlocks } from '../residue';
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

const CONTINUES_RE = /^[，。、；：？！）》〉」』】〕”’…,;:?!)]/u;
const OPEN_END_RE = /[，、“‘《〈（「『【〔(]$/u;
const FINAL_END_RE = /[。！？；：…”’）》」』】〕.!?;:)\]]$/u;
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
    const firstContent = lines.findIndex((l) => l.text.trim() !== '');
    let continuing = false;
    for (let i = 0; i + 1 < lines.length; i++) {
      const cur = lines[i];
      const next = lines[i + 1];
      const a = cur.text.replace(/[\s\u3000]+$/u, '');
      const b = next.text.replace(/^[\s\u3000]+/u, '');
      const wasContinuing = continuing;
      continuing = false;
      if (!a || !b || cur.masked || next.masked || skip[i] || skip[i + 1] || wraps[i]) continue;
      if (i === firstContent) continue; // the title (and its subtitle line) is not prose
      const markerEnd = markerEndOn(ctx, i);
      const markerOnly = markerEnd >= 0 && markerEnd - cur.start >= a.length;
      if (markerOnly) continue;
      let broken = false;
      if (CONTINUES_RE.test(b) && !FINAL_END_RE.test(a)) broken = true;
      else if (OPEN_END_RE.test(a) && markerEndOn(ctx, i + 1) < 0) broken = true;
      else if (!FINAL_END_RE.test(a)) {
        const lc = codePointAround(a, a.length - 1);
        const fc = codePointAround(b, 0);
        const endsInWord = isHanCodePoint(lc) || (lc >= 48 && lc <= 57);
        const startsWord = isHanCodePoint(fc) || (fc >= 48 && fc <= 57);
        const indented = next.text.length !== b.length;
        const prose = (a.length >= 20 && /[，、,]/u.test(a) && markerEnd < 0) || wasContinuing;
        if (endsInWord && startsWord && !indented && prose && markerEndOn(ctx, i + 1) < 0 && !BULLET_RE.test(next.text)) broken = true;
      }
      if (!broken) continue;
      continuing = true;
      const joinStart = cur.start + a.length;
      const joinEnd = next.start + (next.text.length - b.length);
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
