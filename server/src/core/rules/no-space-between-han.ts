import { HAN_RE_SOURCE } from '../chars';
import type { Rule } from '../types';
import { edit, scanSegment } from '../rule-kit';
import { headlineSeparator } from '../headline';

// Spaces (half-width, U+3000, tab, NBSP) between two Han characters. The u flag makes astral Han
// such as 𠮷 match while match.index stays a UTF-16 offset.
const SPACE_BETWEEN_HAN = new RegExp(`(?<=${HAN_RE_SOURCE})[ \\t\\u3000\\u00a0]+(?=${HAN_RE_SOURCE})`, 'gu');
// 法规体 “第一条 为了……”, “第一章 总则”: the space after the ordinal is right (GB/T 15834 附录 B.3.6).
const LEGAL_ORDINAL_BEFORE = /第[一二三四五六七八九十百千零〇两\d]+[编章节条款项目课篇部卷回]$/u;
// A letter-spaced short title or label: 通　知 / 附　件 / 目　录 (every gap spaced, at most 4 Han).
const SPACED_TITLE = new RegExp(`^[ \\t\\u3000]*${HAN_RE_SOURCE}(?:[ \\t\\u3000]+${HAN_RE_SOURCE}){1,3}[ \\t\\u3000]*$`, 'u');
const SIGNER_LINE = /^[ \t\u3000]*(?:签发人|簽發人)/u;
// A signature: a short title, then a letter-spaced name (總統 賴　清　德).
const SIGNATURE = new RegExp(`^[ \\t\\u3000]*${HAN_RE_SOURCE}{1,5}[ \\t\\u3000]+${HAN_RE_SOURCE}(?:[ \\t\\u3000]${HAN_RE_SOURCE}){1,3}[ \\t\\u3000]*$`, 'u');

/**
 * GB/T 15834 第 5 章 and 公文 practice: no spaces between Han characters (scraped text often has them: 盲 目求纯).
 * Exempt: leading indentation, 法规体 “第一条 ”, letter-spaced labels (通　知), signer lines (签发人：赵×× 李××),
 * signatures with a letter-spaced name (總統 賴　清　德),
 * and the single space separating the clauses of a headline (Taiwan press-release titles use U+3000 so).
 */
export const noSpaceBetweenHan: Rule = {
  meta: {
    id: 'no-space-between-han',
    name: { zh: '汉字间空格', en: 'Space between Han' },
    aliases: ['GW-PUNCT-022'],
    category: 'punctuation',
    defaultSeverity: 'warning',
    fixable: 'safe',
    description: { zh: '汉字之间不加空格（段首缩进、法规体“第一条 ”、标题分句除外）', en: 'No spaces between Han characters (indentation, 第一条 and headline clauses excepted)' },
    messages: { unexpectedSpace: { zh: '汉字“{{left}}”和“{{right}}”之间不应有空格', en: 'Unexpected space between "{{left}}" and "{{right}}"' } },
    defaultOptions: {},
    examples: [['加强 领导', '加强领导'], ['落实　　工作', '落实工作']],
  },
  check(ctx) {
    const text = ctx.text;
    for (const seg of ctx.segments) {
      const line = ctx.doc.lines[seg.line];
      if (SIGNER_LINE.test(line.text) || SPACED_TITLE.test(line.text) || SIGNATURE.test(line.text)) continue;
      scanSegment(seg, SPACE_BETWEEN_HAN, (m, start) => {
        if (LEGAL_ORDINAL_BEFORE.test(seg.text.slice(Math.max(0, m.index - 12), m.index))) return;
        const end = start + m[0].length;
        if (headlineSeparator(line.text, start - line.start, end - line.start)) return;
        const left = String.fromCodePoint(text.codePointAt(start - 1 - (start >= 2 && /[\udc00-\udfff]/.test(text[start - 1]) ? 1 : 0))!);
        const right = String.fromCodePoint(text.codePointAt(end)!);
        ctx.report({ messageId: 'unexpectedSpace', data: { left, right }, start, end, fix: [edit.remove(start, end)] });
      });
    }
  },
};
