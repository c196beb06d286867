import { C_DIGIT } from '../chars';
import type { Rule } from '../types';
import { edit, scanSegment } from '../rule-kit';
import { isTraditionalDocument } from '../script/decision';

/**
 * GW-NUM-007 (GB/T 15835 4.2.3), its precise part: the days of the week are fixed words written with Chinese
 * numerals — 星期五, not 星期5 (礼拜 likewise). Suggestion fix. Other fixed words (1律) are left to a later list.
 */

const WEEKDAY_RE = /(星期|礼拜|禮拜)([1-7])(?![0-9.])/gu;
const NAMES = ['', '一', '二', '三', '四', '五', '六', '日'];

export const weekdayNumeral: Rule = {
  meta: {
    id: 'weekday-numeral',
    name: { zh: '星期数字', en: 'Weekday numeral' },
    aliases: ['GW-NUM-007'],
    category: 'number',
    defaultSeverity: 'warning',
    scope: 'paragraph',
    fixable: 'suggestion',
    description: { zh: '星期用汉字数字：星期五，不写作“星期5”', en: 'Weekdays take Chinese numerals: 星期五, not 星期5' },
    messages: {
      weekday: { zh: '“{{found}}”应写作“{{expected}}”', en: '"{{found}}" should read "{{expected}}"' },
      useChineseNumeral: { zh: '改为汉字数字', en: 'Use the Chinese numeral' },
    },
    defaultOptions: {},
    examples: [['每周星期5下午学习', '每周星期五下午学习']],
  },
  check(ctx) {
    if (isTraditionalDocument(ctx)) return;
    for (const seg of ctx.segments) {
      if ((seg.chars & C_DIGIT) === 0) continue;
      scanSegment(seg, WEEKDAY_RE, (m, at) => {
        const start = at + m[1].length;
        const expected = m[1] + NAMES[Number(m[2])];
        ctx.report({
          messageId: 'weekday',
          data: { found: m[0], expected },
          start: at,
          end: start + 1,
          fix: [edit.replace(start, start + 1, NAMES[Number(m[2])])],
          fixTitle: { messageId: 'useChineseNumeral' },
        });
      });
    }
  },
};
