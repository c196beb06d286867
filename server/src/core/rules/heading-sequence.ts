import { markerWithValue, numberingOf, renderNumeral, type SeqProblemKind } from '../outline';
import type { Rule } from '../types';
import { edit } from '../rule-kit';

/**
 * 条例第二十条（四）“段落顺序”: numbers at one level run 一、二、三…, start at 一/1 and restart under
 * each new parent (GW-STRUCT-004); 法规体 条 run on across chapters (GW-STRUCT-012).
 * A restart at 1 inside a section is a nested list, not an error; a restart that should have been a
 * sub-level is heading-level-restart's.
 */
export const headingSequence: Rule<{ continuousSubNumbering: boolean }> = {
  meta: {
    id: 'heading-sequence',
    name: { zh: '编号连贯', en: 'Heading sequence' },
    aliases: ['GW-STRUCT-003', 'GW-STRUCT-004', 'GW-STRUCT-012'],
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    description: {
      zh: '同级标题编号应连续：不跳号、不重号、不回退，从“一”或“1”开始，换了上级后重新编号',
      en: 'Heading numbers at one level must be consecutive, start at 1 and restart under each new parent',
    },
    messages: {
      previousItem: { zh: '上一项', en: 'previous item' },
      gap: { zh: '编号跳号：此处应为“{{expected}}”，上一项为“{{prev}}”', en: 'Number skipped: expected "{{expected}}" after "{{prev}}"' },
      duplicate: {
        zh: '编号重复：此处应为“{{expected}}”，上一项已是“{{prev}}”',
        en: 'Duplicate number: expected "{{expected}}", the previous one is already "{{prev}}"',
      },
      backwards: {
        zh: '编号回退：此处应为“{{expected}}”，上一项为“{{prev}}”',
        en: 'Number goes backwards: expected "{{expected}}" after "{{prev}}"',
      },
      start: {
        zh: '同级编号应从“{{expected}}”开始，此处为“{{found}}”',
        en: 'Numbering at this level should start at "{{expected}}", not "{{found}}"',
      },
      childRestart: {
        zh: '上级标题已变，此处应重新从“{{expected}}”编号（上一组止于“{{prev}}”）',
        en: 'A new parent heading: numbering should restart at "{{expected}}" (the previous group ended at "{{prev}}")',
      },
    },
    defaultOptions: { continuousSubNumbering: false },
    optionsSchema: {
      continuousSubNumbering: {
        type: 'boolean',
        description: 'Allow sub-headings to number on across parents (（一）…（五） under 一、, then （六） under 二、).',
      },
    },
    examples: [
      ['一、总体要求\n二、主要任务\n四、保障措施', '一、总体要求\n二、主要任务\n三、保障措施'],
      ['一、甲\n（一）乙\n（二）丙\n二、丁\n（三）戊', '一、甲\n（一）乙\n（二）丙\n二、丁\n（一）戊'],
    ],
  },
  check(ctx) {
    const analysis = numberingOf(ctx, ctx.options.continuousSubNumbering);
    for (const p of analysis.problems) {
      const h = p.heading;
      const expected = markerWithValue(h, p.expected);
      const num = renderNumeral(h.style, p.expected);
      if (expected === null || num === null) continue;
      const kind: SeqProblemKind = p.kind;
      ctx.report({
        messageId: kind,
        data: { expected, prev: p.prev ? p.prev.marker.trim() : '', found: h.marker.trim() },
        start: h.markerStart,
        end: h.markerEnd,
        fix: [edit.replace(h.numStart, h.numEnd, num)],
        ...(p.prev ? { related: [{ start: p.prev.markerStart, end: p.prev.markerEnd, messageId: 'previousItem' }] } : {}),
      });
    }
  },
};
