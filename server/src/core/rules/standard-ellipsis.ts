import { C_DOT, C_ELLIPSIS, C_HALF_PUNCT, codePointAround, isChineseContextCode, nextNonSpace, prevNonSpace } from '../chars';
import type { Rule } from '../types';
import { edit, scanSegment } from '../rule-kit';

// ... / ...... / 。。。 / ．．． / ··· / ⋯ / a lone … / ……… : anything but exactly two U+2026.
const BAD_RE = /\.{3,}|。{3,}|．{3,}|[·・]{3,}|⋯+|…+/g;
const TOC_PAGE_RE = /^[ \u3000]*(?:\d{1,4}|[ivxlcIVXLC]{1,6}|[０-９]{1,4})[ \u3000]*$/;

/**
 * GB/T 15834 4.11: the ellipsis is …… (two U+2026, six dots). In Chinese context ...  ......  。。。  ⋯  …
 * and ……… are replaced by ……. Ellipses in English or code (etc..., a...b) stay, and so do the leaders of a
 * table of contents (dots or ellipses up to a page number at the end of the line).
 */
export const standardEllipsis: Rule = {
  meta: {
    id: 'standard-ellipsis',
    name: { zh: '省略号', en: 'Ellipsis' },
    aliases: ['GW-PUNCT-006'],
    category: 'punctuation',
    defaultSeverity: 'error',
    scope: 'paragraph',
    fixable: 'safe',
    description: { zh: '省略号写作“……”（两个“…”）', en: 'The ellipsis is …… (two U+2026)' },
    messages: { ellipsis: { zh: '省略号“{{found}}”应写作“……”', en: 'Ellipsis "{{found}}" should be "……"' } },
    defaultOptions: {},
    examples: [
      ['资金、技术、人才...', '资金、技术、人才……'],
      ['等方面。。。', '等方面……'],
    ],
  },
  check(ctx) {
    const text = ctx.text;
    for (const seg of ctx.segments) {
      // Every match has one of . ． · ・ … ⋯, or is 。。。.
      if ((seg.chars & (C_HALF_PUNCT | C_DOT | C_ELLIPSIS)) === 0 && !seg.text.includes('。。。')) continue;
      scanSegment(seg, BAD_RE, (m, start) => {
        if (m[0] === '……') return;
        const end = start + m[0].length;
        // A table-of-contents leader: dots or ellipses up to a page number at the end of the line (一、总体要求……………1).
        if (TOC_PAGE_RE.test(text.slice(end, seg.end))) return;
        const l = prevNonSpace(text, start, seg.start);
        const r = nextNonSpace(text, end, seg.end);
        const chinese =
          (l >= 0 && isChineseContextCode(codePointAround(text, l))) || (r >= 0 && isChineseContextCode(codePointAround(text, r)));
        // 。。。 and …/⋯ are Chinese marks already; dots need a Chinese neighbour.
        if (!chinese && !/^[。…⋯]/.test(m[0])) return;
        ctx.report({ messageId: 'ellipsis', data: { found: m[0] }, start, end, fix: [edit.replace(start, end, '……')] });
      });
    }
  },
};
