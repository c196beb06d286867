import { outlineOf } from '../outline';
import type { Rule } from '../types';

/** GW-STRUCT-011: 公文 numbering (一、（一）1.（1）) mixed with technical 1.1 / 1.1.1 numbering. */
export const headingNumberingMixed: Rule = {
  meta: {
    id: 'heading-numbering-mixed',
    name: { zh: '编号混用', en: 'Mixed numbering' },
    aliases: ['GW-STRUCT-011'],
    category: 'structure',
    defaultSeverity: 'info',
    description: {
      zh: '公文层级序号与“1.1”“1.1.1”式编号混用',
      en: '公文 heading markers mixed with 1.1 / 1.1.1 numbering',
    },
    messages: {
      mixed: {
        zh: '“{{found}}”是“1.1”式编号，与本文的公文序号（如“{{example}}”）混用',
        en: '"{{found}}" is 1.1-style numbering, mixed with the 公文 markers used here (e.g. "{{example}}")',
      },
    },
    defaultOptions: {},
    examples: [['一、总体要求\n2.1 工作目标', '一、总体要求\n（一）工作目标']],
  },
  check(ctx) {
    const outline = outlineOf(ctx);
    const gw = outline.headings.find((h) => h.kind === 'gongwen' && h.level <= 2);
    if (!gw || outline.technical.length === 0) return;
    for (const t of outline.technical) {
      ctx.report({
        messageId: 'mixed',
        data: { found: ctx.text.slice(t.start, t.end), example: gw.marker.trim() },
        start: t.start,
        end: t.end,
      });
    }
  },
};
