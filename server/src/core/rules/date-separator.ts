import { C_DIGIT } from '../chars';
import type { Rule } from '../types';
import { edit, scanSegment } from '../rule-kit';
import { isTraditionalDocument } from '../script/decision';

/**
 * GW-NUM-004 (GB/T 15835 on dates): in running text a date is written 2024年7月1日, not with dots or slashes
 * (2024.7.1, 2024/07/01). Only four-digit years 1900–2099 with a valid month and day count; hyphenated dates
 * (2024-07-01, allowed in tables and technical contexts), version strings (V2024.1.1), file names (…2024.7.1.docx)
 * and aligned table rows are left alone, as is traditional text. Suggestion: the converted date.
 */

const DATE_RE = /(?<![0-9A-Za-z.．/_-])((?:19|20)[0-9]{2})([./])([0-9]{1,2})\2([0-9]{1,2})(?![0-9A-Za-z./_-])/g;
const ALIGNED = /\t| {2,}|\u3000{2,}/;

export const dateSeparator: Rule = {
  meta: {
    id: 'date-separator',
    name: { zh: '日期分隔', en: 'Date separators' },
    aliases: ['GW-NUM-004'],
    category: 'number',
    defaultSeverity: 'warning',
    scope: 'paragraph',
    fixable: 'suggestion',
    description: {
      zh: '正文中的日期写作“2024年7月1日”，不用小数点或斜杠分隔（2024.7.1、2024/7/1）',
      en: 'Dates in running text read 2024年7月1日, not 2024.7.1 or 2024/7/1',
    },
    messages: {
      separator: { zh: '日期“{{found}}”应写作“{{expected}}”', en: 'The date "{{found}}" should read "{{expected}}"' },
      useChineseDate: { zh: '改为“年月日”写法', en: 'Write it with 年月日' },
    },
    defaultOptions: {},
    examples: [['请于2024.7.1前报送', '请于2024年7月1日前报送']],
  },
  check(ctx) {
    if (isTraditionalDocument(ctx)) return;
    const lines = ctx.doc.lines;
    for (const seg of ctx.segments) {
      if ((seg.chars & C_DIGIT) === 0) continue;
      if (ALIGNED.test(lines[seg.line].text.trim())) continue;
      scanSegment(seg, DATE_RE, (m, start) => {
        const month = Number(m[3]);
        const day = Number(m[4]);
        if (month < 1 || month > 12 || day < 1 || day > 31) return;
        const end = start + m[0].length;
        const expected = `${m[1]}年${month}月${day}日`;
        ctx.report({
          messageId: 'separator',
          data: { found: m[0], expected },
          start,
          end,
          fix: [edit.replace(start, end, expected)],
          fixTitle: { messageId: 'useChineseDate' },
        });
      });
    }
  },
};
