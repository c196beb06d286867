import { C_QUOTE } from '../chars';
import { balanced, markPositions } from '../quotes';
import type { RuleContext, Rule } from '../types';
import { edit } from '../rule-kit';
import { isBlankText } from '../lines';

/** [first, last] line indices of the block of consecutive non-blank lines around `li` (a paragraph split by scraped line breaks). */
function blockAround(ctx: RuleContext<object>, li: number): [number, number] {
  const lines = ctx.doc.lines;
  let a = li;
  let b = li;
  while (a > 0 && !isBlankText(lines[a - 1].text)) a--;
  while (b + 1 < lines.length && !isBlankText(lines[b + 1].text)) b++;
  return [a, b];
}

/**
 * GB/T 15834 4.8: the opening quote comes first (“十四五”, not ”十四五“ or “十四五“). Per paragraph, when the
 * marks of one kind are even in number but do not form a valid sequence, each mark should alternate
 * open/close. Odd counts (multi-paragraph quotations, a missing mark) are left to paired-punctuation, and
 * a line whose marks balance over the surrounding block of non-blank lines (a scraped line break inside a
 * quotation) is skipped.
 */
/** The quote pairs whose direction is checked. */
const QUOTE_PAIRS = [
  ['“', '”'],
  ['‘', '’'],
] as const;

export const quoteDirection: Rule = {
  meta: {
    id: 'quote-direction',
    name: { zh: '引号方向', en: 'Quote direction' },
    aliases: ['GW-PUNCT-004'],
    category: 'punctuation',
    defaultSeverity: 'error',
    fixable: 'safe',
    description: { zh: '弯引号方向要对：先“后”，先‘后’', en: 'Curly quotes must face the right way: “ before ”, ‘ before ’' },
    messages: {
      reversed: { zh: '引号方向错误：此处应为“{{expected}}”', en: 'Quote faces the wrong way: expected "{{expected}}" here' },
    },
    defaultOptions: {},
    examples: [
      ['实施”十四五“规划', '实施“十四五”规划'],
      ['“放管服“改革', '“放管服”改革'],
    ],
  },
  check(ctx) {
    const text = ctx.text;
    // The block of the last line that needed one, and whether its marks balance per kind: lines are read in order, so
    // a block is found and its marks collected once (per line, a document without blank lines was quadratic).
    let block: [number, number] = [-1, -1];
    const blockBalanced = new Map<string, boolean>();
    for (const line of ctx.doc.lines) {
      if (line.masked || (line.chars & C_QUOTE) === 0) continue;
      for (const [open, close] of QUOTE_PAIRS) {
        if (!line.text.includes(open) && !line.text.includes(close)) continue;
        const pos = markPositions(ctx, line.index, open, close);
        if (pos.length === 0 || pos.length % 2 === 1 || balanced(text, pos, open)) continue;
        // A quotation split over lines by a scraped line break (…说：“⏎原话⏎”，“⏎…): balanced over the block of lines.
        if (line.index > block[1]) {
          block = blockAround(ctx, line.index);
          blockBalanced.clear();
        }
        const [a, b] = block;
        if (a < b) {
          let ok = blockBalanced.get(open);
          if (ok === undefined) {
            const all: number[] = [];
            for (let j = a; j <= b; j++) for (const p of markPositions(ctx, j, open, close)) all.push(p);
            blockBalanced.set(open, (ok = balanced(text, all, open)));
          }
          if (ok) continue;
        }
        pos.forEach((i, k) => {
          const expected = k % 2 === 0 ? open : close;
          if (text[i] !== expected)
            ctx.report({ messageId: 'reversed', data: { expected }, start: i, end: i + 1, fix: [edit.replace(i, i + 1, expected)] });
        });
      }
    }
  },
};
