import { C_DASH, codePointAround, isAsciiLetter, isChineseContextCode, nextNonSpace, prevNonSpace } from '../chars';
import type { Rule } from '../types';
import { edit, scan, type Needs } from '../rule-kit';

// -- / --- / －－ / —- / -— (not —— itself); ―― (U+2015, old GB2312 mapping) is a hint only.
const BAD_RE = /-{2,}|－{2,}|[—－-]{2,}|―{2}/g;

/** What every match contains (rule-kit Needs). */
const NEEDS: Needs = [C_DASH];

/**
 * GB/T 15834 4.10: the dash is —— (two U+2014). In Chinese context -- and －－ become ——; ―― (U+2015 ×2,
 * produced by old GB2312 mappings) is accepted as equivalent and only hinted. Command-line options
 * (--help), Markdown rules (---) and table borders have no Chinese neighbour or have Latin next to them.
 */
export const standardDash: Rule = {
  meta: {
    id: 'standard-dash',
    name: { zh: '破折号', en: 'Dash' },
    aliases: ['GW-PUNCT-008'],
    category: 'punctuation',
    defaultSeverity: 'error',
    scope: 'paragraph',
    fixable: 'safe',
    description: { zh: '破折号写作“——”（两个 U+2014）', en: 'The dash is —— (two U+2014)' },
    messages: {
      dash: { zh: '破折号“{{found}}”应写作“——”', en: 'Dash "{{found}}" should be "——"' },
      horizontalBar: {
        zh: '“――”（U+2015）是旧编码中的破折号，建议改为“——”（U+2014）',
        en: '"――" (U+2015) is a legacy dash: prefer "——" (U+2014)',
      },
    },
    defaultOptions: {},
    examples: [['目标--到2025年基本实现', '目标——到2025年基本实现']],
  },
  check(ctx) {
    const text = ctx.text;
    scan(ctx, BAD_RE, NEEDS, (m, start, seg) => {
      if (m[0] === '——' || /^—+$/.test(m[0])) return;
      const end = start + m[0].length;
      const l = prevNonSpace(text, start, seg.start);
      const r = nextNonSpace(text, end, seg.end);
      const lc = l >= 0 ? codePointAround(text, l) : -1;
      const rc = r >= 0 ? codePointAround(text, r) : -1;
      const chinese = (lc >= 0 && isChineseContextCode(lc)) || (rc >= 0 && isChineseContextCode(rc));
      if (!chinese || isAsciiLetter(lc) || isAsciiLetter(rc)) return;
      if (m[0] === '――') {
        ctx.report({
          messageId: 'horizontalBar',
          start,
          end,
          severity: 'info',
          fix: [edit.replace(start, end, '——')],
          fixKind: 'suggestion',
        });
        return;
      }
      ctx.report({ messageId: 'dash', data: { found: m[0] }, start, end, fix: [edit.replace(start, end, '——')] });
    });
  },
};
