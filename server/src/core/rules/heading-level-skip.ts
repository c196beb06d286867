import { canonicalMarker, numberingOf, outlineOf } from '../outline';
import type { Rule } from '../types';

/**
 * GW-STRUCT-006 (disputed): 一、 followed directly by 1., skipping （一）. The standard only says the
 * levels are used “依次”; many guides allow 一、 + 1. in two-level documents, so those are exempt by default.
 */
export const headingLevelSkip: Rule<{ allowTwoLevelSkip: boolean }> = {
  meta: {
    id: 'heading-level-skip',
    name: { zh: '跳级序号', en: 'Skipped heading level' },
    aliases: ['GW-STRUCT-006'],
    category: 'structure',
    defaultSeverity: 'info',
    description: {
      zh: '跳级使用序号：如“一、”之下直接用“1.”，跳过了“（一）”',
      en: 'A heading level is skipped (一、 directly followed by 1.)',
    },
    messages: {
      skip: {
        zh: '“{{parent}}”之下直接使用“{{child}}”，跳过了“{{skipped}}”这一级',
        en: '"{{child}}" directly under "{{parent}}" skips the "{{skipped}}" level',
      },
    },
    defaultOptions: { allowTwoLevelSkip: true },
    optionsSchema: {
      allowTwoLevelSkip: {
        type: 'boolean',
        description: 'Do not report documents that use only two heading levels (一、 + 1. is common practice).',
      },
    },
    examples: [['一、总体要求\n（一）目标\n1.甲\n二、主要任务\n1.乙', '一、总体要求\n（一）目标\n1.甲\n二、主要任务\n（一）乙']],
  },
  check(ctx) {
    const outline = outlineOf(ctx);
    if (outline.mode === 'legal') return;
    const levels = new Set(outline.headings.filter((h) => h.kind === 'gongwen').map((h) => h.level));
    if (ctx.options.allowTwoLevelSkip && levels.size <= 2) return;
    for (const g of numberingOf(ctx).groups) {
      const h = g[0];
      const p = h.parent;
      if (!p || p.kind !== 'gongwen' || h.kind !== 'gongwen' || h.level <= p.level + 1) continue;
      ctx.report({
        messageId: 'skip',
        data: { parent: p.marker.trim(), child: h.marker.trim(), skipped: canonicalMarker(p.level + 1, 1) },
        start: h.markerStart,
        end: h.markerEnd,
      });
    }
  },
};
