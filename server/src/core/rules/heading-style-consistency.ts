import { outlineOf } from '../outline';
import type { Rule } from '../types';
import { edit } from '../rule-kit';

/**
 * GW-STRUCT-007: one level, one way of writing. With heading-marker-form normalising every other
 * variant, what is left is the level-3 point: 1. and 1．(U+FF0E) are both accepted, but not mixed.
 * Markers that heading-marker-form reports (1、 １． …) are left to it.
 */
export const headingStyleConsistency: Rule<{ preferredL3Dot: '.' | '．' }> = {
  meta: {
    id: 'heading-style-consistency',
    name: { zh: '序号统一', en: 'Heading style consistency' },
    aliases: ['GW-STRUCT-007'],
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: 'safe',
    description: {
      zh: '同一层级的序号写法全文统一，不要“1.”与“1．”混用',
      en: 'Use one form per heading level throughout (do not mix "1." and "1．")',
    },
    messages: {
      mixed: {
        zh: '同级序号写法不统一：全文多用“{{major}}”，此处为“{{found}}”，应为“{{expected}}”',
        en: 'Inconsistent marker: the document mostly uses "{{major}}", here "{{found}}" should be "{{expected}}"',
      },
    },
    defaultOptions: { preferredL3Dot: '.' },
    optionsSchema: {
      preferredL3Dot: { type: 'string', enum: ['.', '．'], description: 'The point used when both forms are equally frequent.' },
    },
    examples: [['1.甲\n2.乙\n3．丙', '1.甲\n2.乙\n3.丙']],
  },
  check(ctx) {
    const l3 = outlineOf(ctx).headings.filter((h) => h.kind === 'gongwen' && h.level === 3 && !h.split && /^[0-9]+[.．]$/.test(h.marker));
    const fw = l3.filter((h) => h.marker.endsWith('．'));
    const ascii = l3.length - fw.length;
    if (fw.length === 0 || ascii === 0) return;
    const major: '.' | '．' = fw.length > ascii ? '．' : fw.length < ascii ? '.' : ctx.options.preferredL3Dot;
    for (const h of l3) {
      if (h.marker.endsWith(major)) continue;
      const expected = h.marker.slice(0, -1) + major;
      ctx.report({
        messageId: 'mixed',
        data: { major: '1' + major, found: h.marker, expected },
        start: h.markerStart,
        end: h.markerEnd,
        fix: [edit.replace(h.markerEnd - 1, h.markerEnd, major)],
      });
    }
  },
};
