import { C_PAREN, codePointAround, isAsciiDigit, isAsciiLetter, isChineseContextCode, nextNonSpace, prevNonSpace } from '../chars';
import type { Rule } from '../types';
import { edit } from '../rule-kit';
import { inMarker } from '../outline';
import { isTraditionalDocument } from '../script/decision';

/** An area code in a phone number: (02)2720-8889, (010) 6655 1234, (+886)2-2345-6789. */
const AREA_CODE_RE = /^[(](?:0\d{1,3}|[+]\d{1,4})[)]$/;
const PHONE_REST_RE = /^[ -]?\d{1,4}[- ]?\d{3,4}(?:[- ]?\d{3,4})?(?!\d)/;

function hasChinese(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isChineseContextCode(codePointAround(text, i))) return true;
  return false;
}

/**
 * GB/T 15834 4.9: brackets in Chinese text are full-width （）, even around Latin or digits:
 * 国内生产总值(GDP) → 国内生产总值（GDP）. Decided per pair so both halves change together.
 * Exempt: brackets whose content and surroundings are all non-Chinese (f(x), ISO 8601 (2004)), the area
 * code of a phone number (電話：(02)2720-8889), and heading markers (structure rules own (一) and 1)).
 * In traditional-script documents (Taiwan, Hong Kong house style) a finding is an info note with a suggestion.
 */
export const noHalfWidthParentheses: Rule = {
  meta: {
    id: 'no-half-width-parentheses',
    name: { zh: '半角括号', en: 'Half-width parentheses' },
    aliases: ['GW-PUNCT-002'],
    category: 'punctuation',
    defaultSeverity: 'error',
    scope: 'paragraph',
    fixable: 'safe',
    description: {
      zh: '中文语境中的半角括号 ( ) 应改为全角（ ）',
      en: 'Half-width parentheses ( ) in Chinese text should be full-width （ ）',
    },
    messages: {
      halfWidth: {
        zh: '中文语境中的半角括号“{{found}}”应改为全角“{{expected}}”',
        en: 'Half-width "{{found}}" in Chinese text should be full-width "{{expected}}"',
      },
    },
    defaultOptions: {},
    examples: [['国内生产总值(GDP)增长5%', '国内生产总值（GDP）增长5%']],
  },
  check(ctx) {
    const text = ctx.text;
    // Taiwan and Hong Kong editors bracket Latin and dates with ( ): (CSIS), 明(8)日. There it is a note with a
    // suggestion, never a change made by format.
    const traditional = isTraditionalDocument(ctx);
    const report = (i: number) => {
      const found = text[i];
      const expected = found === '(' ? '（' : '）';
      const fix = [edit.replace(i, i + 1, expected)];
      if (traditional)
        ctx.report({
          messageId: 'halfWidth',
          data: { found, expected },
          start: i,
          end: i + 1,
          fix,
          fixKind: 'suggestion',
          severity: 'info',
        });
      else ctx.report({ messageId: 'halfWidth', data: { found, expected }, start: i, end: i + 1, fix });
    };
    for (const seg of ctx.segments) {
      if ((seg.chars & C_PAREN) === 0) continue;
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
        // A phone number's area code is written as the number is written: (02)2720-8889.
        if (AREA_CODE_RE.test(text.slice(o, c + 1)) && PHONE_REST_RE.test(text.slice(c + 1, seg.end))) continue;
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
