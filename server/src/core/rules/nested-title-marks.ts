import { C_TITLE } from '../chars';
import type { Rule } from '../types';
import { edit, forEachSegmentLine } from '../rule-kit';
import { balanced, markPositions } from '../quotes';

/**
 * GB/T 15834 4.15.3: a title inside a title uses 〈〉: 《关于印发《XX办法》的通知》 → 《关于印发〈XX办法〉的通知》.
 * Only lines whose 《》 are balanced are fixed (safe: the inner pair is known).
 */
export const nestedTitleMarks: Rule = {
  meta: {
    id: 'nested-title-marks',
    name: { zh: '书名号嵌套', en: 'Nested title marks' },
    aliases: ['GW-PUNCT-016'],
    category: 'punctuation',
    defaultSeverity: 'warning',
    scope: 'paragraph',
    fixable: 'safe',
    description: { zh: '书名号内再用书名号时，里层用单书名号〈〉', en: 'A title inside 《》 uses 〈〉' },
    messages: {
      nested: { zh: '书名号内的书名号应改为单书名号：〈{{inner}}〉', en: 'Title marks inside title marks should be 〈{{inner}}〉' },
    },
    defaultOptions: {},
    examples: [['《关于印发《节能办法》的通知》', '《关于印发〈节能办法〉的通知》']],
  },
  check(ctx) {
    const text = ctx.text;
    forEachSegmentLine(ctx, (line) => {
      if (line.masked || (line.chars & C_TITLE) === 0 || !line.text.includes('《')) return;
      const pos = markPositions(ctx, line.index, '《', '》');
      if (pos.length < 4 || !balanced(text, pos, '《')) return;
      const stack: number[] = [];
      for (const i of pos) {
        if (text[i] === '《') {
          stack.push(i);
          continue;
        }
        const o = stack.pop()!;
        // Depth 2 only: 〈〉 inside 《》; a third level would be 《》 again.
        if (stack.length === 1) {
          ctx.report({
            messageId: 'nested',
            data: { inner: text.slice(o + 1, i) },
            start: o,
            end: i + 1,
            fix: [edit.replace(o, o + 1, '〈'), edit.replace(i, i + 1, '〉')],
          });
        }
      }
    });
  },
};
