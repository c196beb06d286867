import { canonicalMarker, numberingOf, type Heading } from '../outline';
import type { Rule, TextEdit } from '../types';
import { edit } from '../rule-kit';

/**
 * A run that restarts at 一、 right after a stand-alone heading without sub-headings
 * (六、下半年工作计划 / 一、… 二、… 三、…) is that heading's sub-level written with the wrong marker.
 * One diagnostic for the run; the suggestion demotes it (and everything under it) by one level.
 */
export const headingLevelRestart: Rule = {
  meta: {
    id: 'heading-level-restart',
    name: { zh: '分项重编', en: 'Restarted level' },
    aliases: [],
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    description: {
      zh: '标题下的分项又从“一、”编起，应改用下一级序号（一）（二）……',
      en: 'Items under a heading restart with the same marker; they should use the next level',
    },
    messages: {
      sameRun: { zh: '同一组', en: 'same run' },
      restart: {
        zh: '“{{parent}}”之下的{{count}}项又从“{{found}}”编号，应为下一级“{{expected}}”',
        en: 'The {{count}} items under "{{parent}}" restart at "{{found}}"; they should be the next level, "{{expected}}"',
      },
    },
    defaultOptions: {},
    examples: [['六、下半年工作计划\n\n一、开展活动。\n二、做好服务。', '六、下半年工作计划\n\n（一）开展活动。\n（二）做好服务。']],
  },
  check(ctx) {
    for (const d of numberingOf(ctx).demotions) {
      const first = d.items[0];
      const edits: TextEdit[] = [];
      let ok = true;
      const demote = (h: Heading): void => {
        if (h.kind !== 'gongwen' || h.level >= 5 || h.split) {
          ok = false;
          return;
        }
        edits.push(edit.replace(h.markerStart, h.markerEnd, canonicalMarker(h.level + 1, h.value)));
        h.children.forEach(demote);
      };
      d.items.forEach(demote);
      const title = ctx.text.slice(d.after.titleStart, d.after.titleEnd);
      ctx.report({
        messageId: 'restart',
        data: {
          parent: d.after.marker.trim() + title,
          count: d.items.length,
          found: first.marker.trim(),
          expected: canonicalMarker(first.level + 1, first.value),
        },
        start: first.markerStart,
        end: first.markerEnd,
        ...(ok ? { fix: edits } : {}),
        related: d.items.slice(1).map((h) => ({ start: h.markerStart, end: h.markerEnd, messageId: 'sameRun' })),
      });
    }
  },
};
