import { C_QUOTE } from '../chars';
import type { Rule } from '../types';
import { edit, forEachSegmentLine } from '../rule-kit';
import { balanced, markPositions } from '../quotes';

/**
 * GB/T 15834 4.8: inside double quotes the inner quotation uses single quotes (and double again one
 * level deeper): “要落实“三个区分开来”要求” → “要落实‘三个区分开来’要求”. Only lines whose quotes
 * are balanced are checked; the fix is a suggestion (the inner marks might be a missing closing quote).
 */
export const quoteNesting: Rule = {
  meta: {
    id: 'quote-nesting',
    name: { zh: '引号嵌套', en: 'Quote nesting' },
    aliases: ['GW-PUNCT-005'],
    category: 'punctuation',
    defaultSeverity: 'warning',
    scope: 'paragraph',
    fixable: 'suggestion',
    description: { zh: '引号嵌套：双引号里面用单引号', en: 'Nested quotes: single quotes inside double quotes' },
    messages: {
      nested: {
        zh: '双引号内又用双引号：里层应改为单引号‘{{inner}}’',
        en: 'Double quotes inside double quotes: the inner pair should be ‘{{inner}}’',
      },
    },
    defaultOptions: {},
    examples: [['“要落实“三个区分开来”要求”', '“要落实‘三个区分开来’要求”']],
  },
  check(ctx) {
    const text = ctx.text;
    forEachSegmentLine(ctx, (line) => {
      if (line.masked || (line.chars & C_QUOTE) === 0 || !line.text.includes('“')) return;
      const dbl = markPositions(ctx, line.index, '“', '”');
      if (dbl.length < 4 || !balanced(text, dbl, '“')) return;
      const sgl = markPositions(ctx, line.index, '‘', '’');
      if (sgl.length && !balanced(text, sgl, '‘')) return;
      const all = [...dbl, ...sgl].sort((a, b) => a - b);
      const stack: { at: number; ch: string; nested: boolean }[] = [];
      for (const i of all) {
        const ch = text[i];
        if (ch === '“' || ch === '‘') {
          stack.push({
            at: i,
            ch,
            nested: ch === '“' && stack.length > 0 && stack[stack.length - 1].ch === '“' && !stack[stack.length - 1].nested,
          });
          continue;
        }
        const want = ch === '”' ? '“' : '‘';
        const top = stack.pop();
        if (!top || top.ch !== want) break; // crossing marks: leave to paired-punctuation
        if (top.nested) {
          ctx.report({
            messageId: 'nested',
            data: { inner: text.slice(top.at + 1, i) },
            start: top.at,
            end: i + 1,
            fix: [edit.replace(top.at, top.at + 1, '‘'), edit.replace(i, i + 1, '’')],
          });
        }
      }
    });
  },
};
