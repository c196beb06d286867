import { C_DIGIT } from '../chars';
import type { Rule } from '../types';
import { edit, scan, type Needs } from '../rule-kit';
import { isTraditionalDocument } from '../script/decision';

/**
 * GW-NUM-006 (GB/T 15835 4.2.2), the 几 part: an approximate number with 几 is written in Chinese numerals —
 * 二十几个, not 20几个. Only a round ten (10, 20 … 90) directly before 几 and a measure word or 万/千/百, so
 * 第20几 (no such form), 5G and ordinary figures stay quiet. Suggestion.
 */

const JI_RE = /(?<![0-9０-９.．A-Za-z])([1-9])0几(?=[个万千百十人名次家条项天年月岁位件种批所户元吨亿])/gu;
const DIGITS = ['', '', '二', '三', '四', '五', '六', '七', '八', '九'];

/** What every match contains (rule-kit Needs). */
const NEEDS: Needs = [C_DIGIT];

export const approximateNumberJi: Rule = {
  meta: {
    id: 'approximate-number-ji',
    name: { zh: '几字概数', en: 'Approximate 几 in words' },
    aliases: ['GW-NUM-006'],
    category: 'number',
    defaultSeverity: 'warning',
    scope: 'paragraph',
    fixable: 'suggestion',
    description: {
      zh: '含“几”的概数用汉字数字：二十几个，不写作“20几个”',
      en: 'Approximate numbers with 几 take Chinese numerals: 二十几个, not 20几个',
    },
    messages: {
      ji: { zh: '概数“{{found}}”应写作“{{expected}}”', en: 'The approximate number "{{found}}" should read "{{expected}}"' },
      useChinese: { zh: '改为“{{expected}}”', en: 'Change to "{{expected}}"' },
    },
    defaultOptions: {},
    examples: [['参会的有20几个单位', '参会的有二十几个单位']],
  },
  check(ctx) {
    if (isTraditionalDocument(ctx)) return;
    scan(ctx, JI_RE, NEEDS, (m, start) => {
      const expected = `${DIGITS[Number(m[1])]}十几`;
      const end = start + m[0].length;
      ctx.report({
        messageId: 'ji',
        data: { found: m[0], expected },
        start,
        end,
        fix: [edit.replace(start, end, expected)],
        fixTitle: { messageId: 'useChinese', data: { expected } },
      });
    });
  },
};
