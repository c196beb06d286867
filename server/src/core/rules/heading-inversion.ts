import { numberingOf } from '../outline';
import type { Rule } from '../types';

/**
 * GB/T 9704—2012 7.3.3 “依次”: a lower level must not govern a higher one. Detected where the lower
 * sequence evidently continues after the higher headings (1.总体要求 （一）… （二）… 2.…).
 */
export const headingInversion: Rule = {
  meta: {
    id: 'heading-inversion',
    name: { zh: '层级倒置', en: 'Inverted heading levels' },
    aliases: ['GW-STRUCT-005'],
    category: 'structure',
    defaultSeverity: 'error',
    description: {
      zh: '层级倒置：低层级序号不能统辖高层级序号',
      en: 'Inverted levels: a lower-level heading must not govern higher-level ones',
    },
    messages: {
      lowerHeading: { zh: '低层级标题', en: 'lower-level heading' },
      inverted: {
        zh: '层级倒置：“{{higher}}”（{{higherLevel}}）位于“{{lower}}”（{{lowerLevel}}）之下，其后又接“{{continued}}”',
        en: 'Inverted levels: "{{higher}}" ({{higherLevel}}) sits under "{{lower}}" ({{lowerLevel}}), which continues with "{{continued}}"',
      },
    },
    defaultOptions: {},
    examples: [['1.总体要求\n（一）目标\n（二）原则\n2.主要任务', '一、总体要求\n（一）目标\n（二）原则\n二、主要任务']],
  },
  check(ctx) {
    const names = ['', '一级', '二级', '三级', '四级', '五级'];
    for (const inv of numberingOf(ctx).inversions) {
      ctx.report({
        messageId: 'inverted',
        data: {
          higher: inv.higher.marker.trim(),
          lower: inv.lower.marker.trim(),
          continued: inv.continued.marker.trim(),
          higherLevel: names[inv.higher.level],
          lowerLevel: names[inv.lower.level],
        },
        start: inv.higher.markerStart,
        end: inv.higher.markerEnd,
        related: [{ start: inv.lower.markerStart, end: inv.lower.markerEnd, messageId: 'lowerHeading' }],
      });
    }
  },
};
