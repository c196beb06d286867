import { codePointAround, isAsciiDigit, isAsciiLetter, isChineseContextCode, nextNonSpace, prevNonSpace } from '../chars';
import type { Rule } from '../types';
import { edit } from '../rule-kit';
import { inMarker } from '../outline';

function hasChinese(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isChineseContextCode(codePointAround(text, i))) return true;
  return false;
}

/**
 * GB/T 15834 4.9: brackets in Chinese text are full-width （）, even around Latin or digits:
 * 国内生产总值(GDP) → 国内生产总值（GDP）. Decided per pair so both halves change together.
 * Exempt: brackets whose content and surroundings are all non-Chinese (f(x), ISO 8601 (2004)),
 * and heading markers (structure rules own (一) and 1)).
 */
export const noHalfWidthParentheses: Rule = {
  meta: {
    id: 'no-half-width-parentheses',
    name: { zh: '半角括号', en: 'Half-width parentheses' },
    aliases: ['GW-PUNCT-002'],
    category: 'punctuation',
    defaultSeverity: 'error',
    fixable: 'safe',
    description: { zh: '中文语境中的半角括号 ( ) 应改为全角（ ）', en: 'Half-width parentheses ( ) in Chinese text should be full-width （ ）' },
    messages: {
      halfWidth: { zh: '中文语境中的半角括号“{{found}}”应改为全角“{{expected}}”', en: 'Half-width "{{found}}" in Chinese text should be full-width "{{expected}}"' },
    },
    defaultOptions: {},
    examples: [['国内生产总值(GDP)增长5%', '国内生产总值（GDP）增长5%']],
  },
  check(ctx) {
    const text = ctx.text;
    const report = (i: number) => {
      const found = text[i];
      const expected = found === '(' ? '（' : '）';
      ctx.report({ messageId: 'halfWidth', data: { found, expected }, start: i, end: i + 1, fix: [edit.replace(i, i + 1, expected)] });
    };
    for (const seg of ctx.segments) {
      if (!seg.text.includes('(') && !seg.text.includes(')')) continue;
      const stack: number[] = [];
      const lone: number[] = [];
      const pairs: [number, number][] = [];
      for (let i = seg.start; i < seg.end; i++) {
        const c = codePointAround(text, i);
        if (c === 40) stack.push(i);
        else if (c === 41) {
          if (stack.length) pairs.push([stack.pop()!, i]);
          else lone.push(i);
        }
      }
      lone.push(...stack);
      for (const [o, c] of pairs) {
        if (inMarker(ctx, seg.line, o)) continue;
        const li = prevNonSpace(text, o, seg.start);
        const ri = nextNonSpace(text, c + 1, seg.end);
        const lc = li >= 0 ? codePointAround(text, li) : -1;
        const inner = hasChinese(text, o + 1, c);
        // f(x), max(a,b): a Latin name hard against "(" and no Chinese inside is code or math.
        if (!inner && li === o - 1 && (isAsciiLetter(lc) || isAsciiDigit(lc))) continue;
        const outer = (li >= 0 && isChineseContextCode(lc)) || (ri >= 0 && isChineseContextCode(codePointAround(text, ri)));
        if (!inner && !outer) continue;
        report(o);
        report(c);
      }
      for (const i of lone) {
        if (inMarker(ctx, seg.line, i)) continue;
        const li = prevNonSpace(text, i, seg.start);
        const ri = nextNonSpace(text, i + 1, seg.end);
        const chineseL = li >= 0 && isChineseContextCode(codePointAround(text, li));
        const chineseR = ri >= 0 && isChineseContextCode(codePointAround(text, ri));
        if (chineseL && chineseR) report(i);
      }
    }
  },
};
