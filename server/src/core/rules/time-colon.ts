import { C_DIGIT, C_FW_COLON, C_FW_DIGIT } from '../chars';
import type { Rule } from '../types';
import { edit, scanSegment } from '../rule-kit';
import { isTraditionalDocument } from '../script/decision';

/**
 * GW-NUM-011 (GB/T 15835, times after GB/T 7408): a time of day is written 15时40分 or 15:40 with a
 * half-width colon, never 15：40 with the full-width one (nor １６：３２). Hours 0–24, minutes 00–59,
 * optionally seconds. The fix replaces the colon only (full-width digits are no-full-width-alphanumeric's).
 * Safe when a time cue is near (上午/下午/晚/时间/至/—/起/前/开始…); otherwise a suggestion. Scores
 * (比分 3：1, 以 2：0 获胜) and ratios (比例 1：10) stay quiet, and so does traditional text (mainland norm).
 */

const TIME_RE = /(?<![0-9０-９.．:：])([0-9０-９]{1,2})：([0-9０-９]{2})(?:：([0-9０-９]{2}))?(?![0-9０-９.．%％])/gu;
const CUE_BEFORE = /(?:上午|下午|中午|晚上|早上|凌晨|傍晚|夜间|当晚|当天|时间|时刻|于|在|至|到|从|自|[—～~\-－]|日)\s*$/u;
const CUE_AFTER = /^\s*(?:至|到|前|后|起|开始|结束|召开|举行|出发|集合|报到|截止|[—～~\-－]|[0-9０-９]{1,2}[:：][0-9０-９]{2})/u;
const SCORE_BEFORE = /(?:比分|比例|比值|比率|比为|之比|比|以|战胜|击败|赢|输|负于|胜|配比|比例尺|按)\s*$/u;

function value(s: string): number {
  return Number(s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
}

export const timeColon: Rule = {
  meta: {
    id: 'time-colon',
    name: { zh: '时刻冒号', en: 'Time colon' },
    aliases: ['GW-NUM-011'],
    category: 'number',
    defaultSeverity: 'warning',
    scope: 'paragraph',
    fixable: 'safe',
    description: {
      zh: '时刻用半角冒号：9:30、16:32，不写作 9：30（GB/T 15835）',
      en: 'Times of day take a half-width colon: 9:30, not 9：30 (GB/T 15835)',
    },
    messages: {
      fullWidthColon: {
        zh: '时刻“{{found}}”中的冒号应为半角“:”',
        en: 'The colon in the time "{{found}}" should be half-width ":"',
      },
      useHalfWidthColon: { zh: '改为半角冒号', en: 'Use a half-width colon' },
    },
    defaultOptions: {},
    examples: [['会议于上午9：30召开', '会议于上午9:30召开']],
  },
  check(ctx) {
    if (isTraditionalDocument(ctx)) return;
    const text = ctx.text;
    for (const seg of ctx.segments) {
      if ((seg.chars & C_FW_COLON) === 0 || (seg.chars & (C_DIGIT | C_FW_DIGIT)) === 0) continue;
      scanSegment(seg, TIME_RE, (m, start) => {
        const h = value(m[1]);
        const min = value(m[2]);
        if (h > 24 || min > 59 || (m[3] !== undefined && value(m[3]) > 59)) return;
        const end = start + m[0].length;
        const before = text.slice(Math.max(seg.start, start - 6), start);
        const after = text.slice(end, Math.min(seg.end, end + 6));
        if (SCORE_BEFORE.test(before)) return;
        const cue = CUE_BEFORE.test(before) || CUE_AFTER.test(after);
        const found = m[0];
        const fix = [];
        for (let k = 0; k < found.length; k++) if (found[k] === '：') fix.push(edit.replace(start + k, start + k + 1, ':'));
        ctx.report({
          messageId: 'fullWidthColon',
          data: { found },
          start,
          end,
          fix,
          fixTitle: { messageId: 'useHalfWidthColon' },
          ...(cue ? {} : { fixKind: 'suggestion' as const }),
        });
      });
    }
  },
};
