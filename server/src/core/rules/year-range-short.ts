import { C_DIGIT, C_NIAN } from '../chars';
import type { Rule } from '../types';
import { edit, scan, type Needs } from '../rule-kit';
import { isTraditionalDocument } from '../script/decision';

/**
 * GW-NUM-002 (GB/T 15835, “年份一般不用简写”), the range part: 1950～80年 → 1950～1980年, 2023—25年 →
 * 2023—2025年. Only a full year (1800–2099), a range connector and exactly two digits before 年, with the short
 * year later than the first and at most 50 years on; 2021—2025年 and 文号 stay quiet. Suggestion.
 */

const RANGE_RE = /(?<![0-9０-９.．A-Za-z〔\[])((?:1[89]|20)[0-9]{2})(年?)([～~—－–-]{1,2}|至)([0-9]{2})(?=年)(?![0-9])/gu;

/** What every match contains (rule-kit Needs). */
const NEEDS: Needs = [C_DIGIT, C_NIAN];

export const yearRangeShort: Rule = {
  meta: {
    id: 'year-range-short',
    name: { zh: '年份范围简写', en: 'Shortened year range' },
    aliases: ['GW-NUM-002'],
    category: 'number',
    defaultSeverity: 'error',
    scope: 'paragraph',
    fixable: 'suggestion',
    description: {
      zh: '年份范围的后一个年份也写全：1950～1980年，不写作“1950～80年”',
      en: 'Both years of a range are written in full: 1950～1980年, not 1950～80年',
    },
    messages: {
      shortEnd: {
        zh: '年份“{{found}}”不应简写，应写作“{{expected}}”',
        en: 'The year "{{found}}" should be written in full: "{{expected}}"',
      },
      writeFullYear: { zh: '写全年份', en: 'Write the full year' },
    },
    defaultOptions: {},
    examples: [['1950～80年的档案', '1950～1980年的档案']],
  },
  check(ctx) {
    if (isTraditionalDocument(ctx)) return;
    scan(ctx, RANGE_RE, NEEDS, (m, start) => {
      const first = Number(m[1]);
      let full = Math.floor(first / 100) * 100 + Number(m[4]);
      if (full <= first) full += 100;
      if (full - first > 50) return;
      const at = start + m[0].length - 2;
      ctx.report({
        messageId: 'shortEnd',
        data: { found: m[4], expected: String(full) },
        start: at,
        end: at + 2,
        fix: [edit.insert(at, String(full).slice(0, 2))],
        fixTitle: { messageId: 'writeFullYear' },
      });
    });
  },
};
