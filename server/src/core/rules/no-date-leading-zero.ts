import { C_DIGIT, C_YUE } from '../chars';
import type { Rule, TextEdit } from '../types';
import { isTraditionalDocument } from '../script/decision';
import { edit, scan, type Needs } from '../rule-kit';

/**
 * GW-NUM-001 (GB/T 9704 7.3.5.4, GB/T 15835): months and days are written without a leading zero —
 * 2024年07月01日 → 2024年7月1日. Only a date with a 4-digit year or with both month and day is checked
 * (07月 alone may be a code). The all-numeric form 2024-07-01 is left to other rules.
 */
const DATE_RE = /(?<![\d.])(?:(\d{4})\s?年\s?)?(\d{1,2})\s?月(?:\s?(\d{1,2})\s?(?=[日号]))?/gu;

/** What every match contains (rule-kit Needs). */
const NEEDS: Needs = [C_DIGIT, C_YUE];

export const noDateLeadingZero: Rule = {
  meta: {
    id: 'no-date-leading-zero',
    name: { zh: '日期虚位', en: 'Date leading zero' },
    aliases: ['GW-NUM-001'],
    category: 'number',
    defaultSeverity: 'warning',
    scope: 'paragraph',
    fixable: 'safe',
    description: { zh: '日期中的月、日不编虚位（不加前导零）', en: 'No leading zeros in the month and day of a date' },
    messages: {
      leadingZero: {
        zh: '日期“{{found}}”的月、日不加前导零，应写作“{{expected}}”',
        en: 'Date "{{found}}" takes no leading zeros; write "{{expected}}"',
      },
    },
    defaultOptions: {},
    examples: [['2024年07月01日', '2024年7月1日']],
  },
  check(ctx) {
    if (isTraditionalDocument(ctx)) return;
    scan(ctx, DATE_RE, NEEDS, (m, start) => {
      const [found, year, month, day] = m;
      if (year === undefined && day === undefined) return;
      const edits: TextEdit[] = [];
      const monthAt = start + found.indexOf(month, year ? found.indexOf('年') : 0);
      const monthOk = Number(month) >= 1 && Number(month) <= 12;
      if (!monthOk) return;
      if (month.length === 2 && month[0] === '0') edits.push(edit.remove(monthAt, monthAt + 1));
      if (day !== undefined) {
        const dayAt = start + found.lastIndexOf(day);
        if (Number(day) < 1 || Number(day) > 31) return;
        if (day.length === 2 && day[0] === '0') edits.push(edit.remove(dayAt, dayAt + 1));
      }
      if (edits.length === 0) return;
      const end = start + found.length + (day !== undefined ? 1 : 0);
      const shown = ctx.text.slice(start, end);
      const expected = shown.replace(/(?<!\d)0(\d)(?=\s?[月日号])/gu, '$1');
      ctx.report({ messageId: 'leadingZero', data: { found: shown, expected }, start, end, fix: edits });
    });
  },
};
