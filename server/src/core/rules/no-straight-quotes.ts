import { C_STRAIGHT, codePointAround, isAsciiLetter, isChineseContextCode, nextNonSpace, prevNonSpace } from '../chars';
import type { Rule } from '../types';
import { edit } from '../rule-kit';

function chineseBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isChineseContextCode(codePointAround(text, i))) return true;
  return false;
}

/**
 * GB/T 15834 4.8: Chinese text quotes with curly “ ” and ‘ ’. Straight quotes are paired left to right
 * within a prose segment; a pair is converted when its content or its surroundings are Chinese.
 * English sentences ("hello" world), apostrophes (don't) and code stay; an odd number of " in a
 * Chinese segment is reported without a fix (the direction cannot be inferred).
 */
export const noStraightQuotes: Rule = {
  meta: {
    id: 'no-straight-quotes',
    name: { zh: '直引号', en: 'Straight quotes' },
    aliases: ['GW-PUNCT-004'],
    category: 'punctuation',
    defaultSeverity: 'error',
    scope: 'paragraph',
    fixable: 'safe',
    description: { zh: '中文语境中的直引号 " \' 应改为弯引号“ ”‘ ’', en: 'Straight quotes " \' in Chinese text should be curly “ ” ‘ ’' },
    messages: {
      straight: { zh: '直引号应改为弯引号：{{expected}}', en: 'Straight quotes should be curly: {{expected}}' },
      unpaired: {
        zh: '直引号“{{found}}”应改为弯引号（本行直引号个数为奇数，无法判断前后引号，请手工修改）',
        en: 'Straight quote "{{found}}" should be curly (odd number of straight quotes on this line: fix by hand)',
      },
    },
    defaultOptions: {},
    examples: [
      ['"放管服"改革', '“放管服”改革'],
      ['他说："要落实\'三个区分开来\'要求。"', '他说：“要落实‘三个区分开来’要求。”'],
    ],
  },
  check(ctx) {
    const text = ctx.text;
    for (const seg of ctx.segments) {
      if ((seg.chars & C_STRAIGHT) === 0) continue;
      for (const [q, open, close] of [
        ['"', '“', '”'],
        ["'", '‘', '’'],
      ] as const) {
        if (!seg.text.includes(q)) continue;
        const pos: number[] = [];
        for (let i = seg.start; i < seg.end; i++) {
          if (text[i] !== q) continue;
          // Apostrophes: don't, it's, Xi'an.
          if (
            q === "'" &&
            i > seg.start &&
            isAsciiLetter(codePointAround(text, i - 1)) &&
            i + 1 < seg.end &&
            isAsciiLetter(codePointAround(text, i + 1))
          )
            continue;
          pos.push(i);
        }
        const near = (i: number): boolean => {
          const l = prevNonSpace(text, i, seg.start);
          const r = nextNonSpace(text, i + 1, seg.end);
          return (l >= 0 && isChineseContextCode(codePointAround(text, l))) || (r >= 0 && isChineseContextCode(codePointAround(text, r)));
        };
        if (pos.length % 2 === 1) {
          if (q === "'") continue; // single straight quotes are too often primes or apostrophes
          for (const i of pos) if (near(i)) ctx.report({ messageId: 'unpaired', data: { found: q }, start: i, end: i + 1 });
          continue;
        }
        for (let k = 0; k < pos.length; k += 2) {
          const o = pos[k];
          const c = pos[k + 1];
          const inner = chineseBetween(text, o + 1, c);
          if (q === "'" && !inner) continue;
          if (!inner && !near(o) && !near(c)) continue;
          ctx.report({
            messageId: 'straight',
            data: { expected: open + text.slice(o + 1, c) + close },
            start: o,
            end: c + 1,
            fix: [edit.replace(o, o + 1, open), edit.replace(c, c + 1, close)],
          });
        }
      }
    }
  },
};
