import { C_DIGIT, C_DOT, C_HALF_PUNCT } from '../chars';
import type { Rule } from '../types';
import { edit, scan, type Needs } from '../rule-kit';
import { isTraditionalDocument } from '../script/decision';

/**
 * GW-NUM-013 (GB/T 15835, 含月日的专名): a name made of a month and a day in Arabic numerals takes the interpunct
 * and quotation marks — “3·15”晚会, “5·12”汶川地震. Only before a name cue (晚会, 事件, 纪念日, 活动, 地震…), so
 * decimals (增长3.15个百分点) stay quiet; an already quoted “3·15” is right. Suggestion.
 */

const CUE = '(?:晚会|事件|纪念日|纪念活动|活动|惨案|运动|大地震|地震|特大|专项行动|行动|国际消费者权益日|消费者权益日)';
const NAME_RE = new RegExp(
  `(?<![0-9０-９.．A-Za-z])([“"]?)(1[0-2]|[1-9])([.．·・•])(3[01]|[12][0-9]|[1-9])([”"]?)(?![0-9])(?=${CUE})`,
  'gu',
);
const NUMBER_BEFORE_RE = /(?:第|为|达|约|增长|下降|增加|减少|提高|降低|是|了|至|到|～|—)$/u;

/** What every match contains (rule-kit Needs). */
const NEEDS: Needs = [C_DIGIT, C_HALF_PUNCT | C_DOT];

export const monthDayName: Rule = {
  meta: {
    id: 'month-day-name',
    name: { zh: '月日专名', en: 'Month-day names' },
    aliases: ['GW-NUM-013'],
    category: 'number',
    defaultSeverity: 'warning',
    scope: 'paragraph',
    fixable: 'suggestion',
    description: {
      zh: '含月日的专名用间隔号并加引号：“3·15”晚会，不写作“3.15晚会”',
      en: 'Names made of a month and a day take the interpunct and quotation marks: “3·15”晚会, not 3.15晚会',
    },
    messages: {
      name: { zh: '含月日的专名“{{found}}”应写作“{{expected}}”', en: 'The date name "{{found}}" should read "{{expected}}"' },
      useInterpunct: { zh: '改为“{{expected}}”', en: 'Change to "{{expected}}"' },
    },
    defaultOptions: {},
    examples: [['观看3.15晚会', '观看“3·15”晚会']],
  },
  check(ctx) {
    if (isTraditionalDocument(ctx)) return;
    scan(ctx, NAME_RE, NEEDS, (m, start, seg) => {
      const [, open, month, dot, day, close] = m;
      const quoted = open === '“' && close === '”';
      if (quoted && dot === '·') return;
      if ((open === '') !== (close === '')) return;
      if (NUMBER_BEFORE_RE.test(seg.text.slice(Math.max(0, start - seg.start - 2), start - seg.start))) return;
      const expected = `“${month}·${day}”`;
      const end = start + m[0].length;
      ctx.report({
        messageId: 'name',
        data: { found: m[0], expected },
        start,
        end,
        fix: [edit.replace(start, end, expected)],
        fixTitle: { messageId: 'useInterpunct', data: { expected } },
      });
    });
  },
};
