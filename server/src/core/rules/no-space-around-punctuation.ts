import { C_SPACE } from '../chars';
import type { Rule } from '../types';
import { headlineSeparator } from '../headline';
import { edit, leadingSpaces, scanSegmentFrom } from '../rule-kit';
import { inMarker, markerEndOn } from '../outline';

// Full-width marks that take no space on either side (GB/T 15834 第 5 章: each occupies its own character cell).
const PUNCT = '，。、；：？！“”‘’（）《》〈〉【】〔〕「」『』';
const SPACES_RE = /[ \t\u3000\u00a0]+/g;

/**
 * 公文 practice (GB/T 15834 第 5 章): no space before or after a full-width mark: 落实 。 → 落实。, “ 放管服 ” → “放管服”.
 * Exempt: indentation at the line start, trailing spaces (no-trailing-spaces), the space after a heading marker
 * (一、 总体要求: the structure rules'), Markdown table pipes, and a single space separating headline clauses.
 */
export const noSpaceAroundPunctuation: Rule = {
  meta: {
    id: 'no-space-around-punctuation',
    name: { zh: '标点旁空格', en: 'Space around punctuation' },
    aliases: ['GW-PUNCT-022'],
    category: 'punctuation',
    defaultSeverity: 'warning',
    scope: 'paragraph',
    fixable: 'safe',
    description: { zh: '全角标点前后不加空格', en: 'No spaces around full-width punctuation' },
    messages: {
      before: { zh: '“{{mark}}”前不应有空格', en: 'Unexpected space before "{{mark}}"' },
      after: { zh: '“{{mark}}”后不应有空格', en: 'Unexpected space after "{{mark}}"' },
    },
    defaultOptions: {},
    examples: [
      ['认真落实 。', '认真落实。'],
      ['“ 放管服 ”改革', '“放管服”改革'],
      ['各单位， 要', '各单位，要'],
    ],
  },
  check(ctx) {
    const text = ctx.text;
    for (const seg of ctx.segments) {
      if ((seg.chars & C_SPACE) === 0) continue;
      const line = ctx.doc.lines[seg.line];
      // A run at the segment's start (indentation) is never reported: the scan starts after it.
      scanSegmentFrom(seg, SPACES_RE, leadingSpaces(seg), (m, start) => {
        const end = start + m[0].length;
        if (start === seg.start || end === seg.end) return; // indentation, trailing spaces, edges of masked text
        if (text.slice(line.start, start).trim() === '') return;
        const l = text[start - 1];
        const r = text[end];
        const lp = PUNCT.includes(l);
        const rp = PUNCT.includes(r);
        if (!lp && !rp) return;
        if (l === '|' || r === '|') return;
        if (markerEndOn(ctx, seg.line) === start || inMarker(ctx, seg.line, start - 1)) return;
        if (headlineSeparator(line.text, start - line.start, end - line.start)) return;
        const messageId = rp ? 'before' : 'after';
        ctx.report({ messageId, data: { mark: rp ? r : l }, start, end, fix: [edit.remove(start, end)] });
      });
    }
  },
};
