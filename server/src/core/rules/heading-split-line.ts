import { outlineOf } from '../outline';
import type { Rule } from '../types';
import { edit } from '../rule-kit';

/** A heading broken across lines by copying or extraction (“一、” or “（” alone on a line). The fix joins it. */
export const headingSplitLine: Rule = {
  meta: {
    id: 'heading-split-line',
    name: { zh: '标题断行', en: 'Split heading' },
    aliases: [],
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: 'safe',
    description: {
      zh: '标题序号与标题文字被拆成了两行',
      en: 'A heading marker is split from its text across lines',
    },
    messages: {
      split: {
        zh: '标题被拆成两行：“{{marker}}”应与“{{title}}”接在同一行',
        en: 'Heading split across lines: "{{marker}}" belongs on the same line as "{{title}}"',
      },
    },
    defaultOptions: {},
    examples: [
      ['（\n三）改革开放', '（三）改革开放'],
      ['一、\n我国人民推翻了封建主义。', '一、我国人民推翻了封建主义。'],
    ],
  },
  check(ctx) {
    for (const h of outlineOf(ctx).headings) {
      if (!h.split) continue;
      const title = ctx.text.slice(h.titleStart, Math.min(h.titleEnd, h.titleStart + 12));
      ctx.report({
        messageId: 'split',
        data: { marker: h.marker.trim(), title },
        start: h.markerStart,
        end: h.split.end,
        fix: [edit.remove(h.split.start, h.split.end)],
      });
    }
  },
};
