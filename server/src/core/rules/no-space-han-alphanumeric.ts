import { C_DIGIT, C_LATIN, C_SPACE, isHanCode } from '../chars';
import type { Rule } from '../types';
import { inMarker } from '../outline';
import { edit } from '../rule-kit';
import { isTraditionalDocument } from '../script/decision';
import { DATE_SRC, NAMED_ORGAN_SRC } from '../elements/patterns';

/**
 * "Pangu" residue: a space that a formatting tool put between 汉字 and digits or Latin words
 * (于 2024 年 6 月 30 日前报送, 达到 92%, 1000 万元, 使用 ChatGPT 等工具). 公文 writes none of these spaces.
 * Only one half-width space (or NBSP) counts: tabs, U+3000 and runs of spaces are indentation or aligned
 * columns, and lines containing them are left alone. Also exempt: a number at the start of a line (a heading
 * number such as `1 总体要求` belongs to the structure rules), heading markers, mostly-Latin segments (a
 * Chinese word inside an English sentence), masked code and URLs, and traditional (Taiwan, Hong Kong) text,
 * where professionally edited press releases use such spaces. Digits: safe fix; Latin words: suggestion
 * (option `latin` turns them off).
 */

const TOKEN_CHAR = /[0-9A-Za-z.,%‰+#_-]/;
const DIGIT_TOKEN = /^[0-9][0-9.,]*[%‰]?$/;
const ALIGNED = /\t| {2,}|\u3000/;
// Two fields on one line, an organ then a date: the 版记 印发 line (…办公室 2024年4月15日印发) and the 纪要 header
// (…办公室 2024年3月8日). The space separates the fields (GB/T 9704 sets them at the two ends of the line).
const ORGAN = '[\\u3400-\\u9fff（）()、·]{2,40}';
const ORGAN_DATE_LINE = new RegExp(
  `^[ \\t\\u3000]*(?:${NAMED_ORGAN_SRC}[ \\u00a0]${DATE_SRC}|${ORGAN}[ \\u00a0]${DATE_SRC}[ \\t\\u3000]*印[ \\t\\u3000]*发)[。.]?[ \\t\\u3000]*$`,
  'u',
);

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isSpace(c: number): boolean {
  return c === 32 || c === 0xa0;
}

export const noSpaceHanAlphanumeric: Rule<{ latin: boolean }> = {
  meta: {
    id: 'no-space-han-alphanumeric',
    name: { zh: '中西文间空格', en: 'Space between Han and Latin' },
    category: 'punctuation',
    defaultSeverity: 'warning',
    scope: 'paragraph',
    fixable: 'safe',
    description: {
      zh: '汉字与数字、西文之间不加空格（排版工具插入的空格残留：于 2024 年、达到 92%）',
      en: 'No space between Chinese characters and digits or Latin words (residue of spacing tools: 于 2024 年, 达到 92%)',
    },
    messages: {
      digit: {
        zh: '汉字与数字“{{token}}”之间有空格，公文不加空格，应删除',
        en: 'Space between Chinese text and the number "{{token}}"; 公文 writes none, delete it',
      },
      latin: {
        zh: '汉字与西文“{{token}}”之间有空格，公文一般不加空格，建议删除',
        en: 'Space between Chinese text and the Latin word "{{token}}"; 公文 usually writes none, consider deleting it',
      },
      removeSpace: { zh: '删除空格', en: 'Delete the space' },
    },
    defaultOptions: { latin: true },
    optionsSchema: { latin: { type: 'boolean', description: '是否也检查汉字与西文单词之间的空格（仅建议修复）' } },
    examples: [
      ['请于 2024 年 6 月 30 日前报送', '请于2024年6月30日前报送'],
      ['增速达到 92%，规模 1000 万元', '增速达到92%，规模1000万元'],
    ],
  },
  check(ctx) {
    if (isTraditionalDocument(ctx)) return;
    const text = ctx.text;
    const mask = ctx.doc.mask;
    const lines = ctx.doc.lines;
    for (const seg of ctx.segments) {
      // A finding is a space next to an ASCII letter or digit.
      if ((seg.chars & C_SPACE) === 0 || (seg.chars & (C_DIGIT | C_LATIN)) === 0) continue;
      let han = 0;
      let latin = 0;
      // C_SPACE is also set by U+3000 and tabs (an indented paragraph): only a space or NBSP can be a finding.
      let spaces = 0;
      for (let i = seg.start; i < seg.end; i++) {
        const c = text.charCodeAt(i);
        if (isHanCode(c)) han++;
        else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
        else if (isSpace(c)) spaces++;
      }
      if (spaces === 0 || han === 0 || latin > han * 2) continue;
      const lineText = lines[seg.line].text;
      if (ALIGNED.test(lineText) || ORGAN_DATE_LINE.test(lineText)) continue;
      const lineStart = lines[seg.line].start;
      for (let i = seg.start + 1; i < seg.end - 1; i++) {
        if (!isSpace(text.charCodeAt(i))) continue;
        const l = text.charCodeAt(i - 1);
        const r = text.charCodeAt(i + 1);
        let ts: number;
        let te: number;
        if (isHanCode(l) && isAlnum(r)) {
          ts = i + 1;
          te = ts;
          while (te < seg.end && TOKEN_CHAR.test(text[te]) && !mask[te]) te++;
          while (te > ts && /[.,_-]/.test(text[te - 1])) te--;
        } else if (isAlnum(l) && isHanCode(r)) {
          te = i;
          ts = te;
          while (ts > seg.start && TOKEN_CHAR.test(text[ts - 1]) && !mask[ts - 1]) ts--;
          while (ts < te && !isAlnum(text.charCodeAt(ts))) ts++;
          // Another Latin word before: an English phrase (Microsoft Office 软件) — only the last word counts.
          if (
            ts - 1 > seg.start &&
            isSpace(text.charCodeAt(ts - 1)) &&
            /[A-Za-z]/.test(text[ts - 2] ?? '') &&
            !DIGIT_TOKEN.test(text.slice(ts, te))
          )
            continue;
        } else continue;
        if (te <= ts || mask[i - 1] || mask[i + 1]) continue;
        // A number or word opening the line is a heading number (1 总体要求, 3.2 工作要求).
        if (text.slice(lineStart, ts).trim() === '') continue;
        if (inMarker(ctx, seg.line, i - 1) || inMarker(ctx, seg.line, i)) continue;
        const token = text.slice(ts, te);
        const isDigit = DIGIT_TOKEN.test(token);
        if (!isDigit && !ctx.options.latin) continue;
        ctx.report({
          messageId: isDigit ? 'digit' : 'latin',
          data: { token },
          start: i,
          end: i + 1,
          fix: [edit.remove(i, i + 1)],
          fixTitle: { messageId: 'removeSpace' },
          ...(isDigit ? {} : { fixKind: 'suggestion' as const }),
        });
      }
    }
  },
};
