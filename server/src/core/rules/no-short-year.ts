import { C_DIGIT, C_NIAN, C_YUE } from '../chars';
import type { Rule } from '../types';
import { edit, scanSegment } from '../rule-kit';
import { isTraditionalDocument } from '../script/decision';

/**
 * GW-NUM-002 (GB/T 15835, “年份一般不用简写”): 24年3月 → 2024年3月. Only a two-digit year directly followed by
 * a month (“NN年M月”), so durations (改革开放40年, 工作了24年3个月) stay quiet; so do 民国/昭和-style era years and
 * traditional text (Taiwan writes 民國 years as 114年). Suggestion: 00–29 → 20NN, 50–99 → 19NN; 30–49 is
 * reported without a fix.
 */

const SHORT_YEAR_RE = /(?<![0-9０-９.．/\-A-Za-z])([0-9]{2})年([0-9]{1,2})月(?![0-9])/gu;
const NOT_BEFORE =
  /(?:民国|民國|昭和|平成|令和|光绪|光緒|宣统|宣統|同治|咸丰|道光|乾隆|康熙|近|过去|過去|这|這|每|第|前|后|後|约|約|共|达|達|计|計|历|歷|历经|经|經|逾|超|满|滿|了|的|余|餘|多|年)$/u;

export const noShortYear: Rule = {
  meta: {
    id: 'no-short-year',
    name: { zh: '年份简写', en: 'Short year' },
    aliases: ['GW-NUM-002'],
    category: 'number',
    defaultSeverity: 'warning',
    scope: 'paragraph',
    fixable: 'suggestion',
    description: { zh: '年份不简写：24年3月应写作2024年3月', en: 'Years are written in full: 2024年3月, not 24年3月' },
    messages: {
      shortYear: { zh: '年份“{{found}}”不应简写', en: 'The year "{{found}}" should be written in full' },
      writeFullYear: { zh: '写全年份', en: 'Write the full year' },
    },
    defaultOptions: {},
    examples: [['24年3月召开会议', '2024年3月召开会议']],
  },
  check(ctx) {
    if (isTraditionalDocument(ctx)) return;
    const text = ctx.text;
    for (const seg of ctx.segments) {
      if ((seg.chars & C_DIGIT) === 0 || (seg.chars & C_NIAN) === 0 || (seg.chars & C_YUE) === 0) continue;
      scanSegment(seg, SHORT_YEAR_RE, (m, start) => {
        const month = Number(m[2]);
        if (month < 1 || month > 12) return;
        if (NOT_BEFORE.test(text.slice(Math.max(seg.start, start - 4), start))) return;
        const yy = Number(m[1]);
        const century = yy <= 29 ? '20' : yy >= 50 ? '19' : '';
        ctx.report({
          messageId: 'shortYear',
          data: { found: `${m[1]}年` },
          start,
          end: start + 3,
          ...(century ? { fix: [edit.insert(start, century)], fixTitle: { messageId: 'writeFullYear' } } : {}),
        });
      });
    }
  },
};
