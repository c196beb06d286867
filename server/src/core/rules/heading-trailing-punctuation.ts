import { outlineOf, titleCertainty, type Heading } from '../outline';
import type { Rule } from '../types';
import { edit } from '../rule-kit';

const TRAIL_RE = /^[。；：，.;:,]+$/;
/** Lead-in sentences that end with a colon: 主要工作如下： 包括以下几个方面： */
const LEAD_IN_RE = /如下|以下|下列|如次|包括|主要有|主要是|分别是|具体是|具体为|有以下|几个方面|几点/;

/**
 * GB/T 15834—2011 附录 B: a stand-alone heading line takes no 。；：，at its end (？！ are allowed).
 * A heading that runs into its paragraph (（一）加强领导。各单位要……) ends with 。 correctly and is not
 * flagged; nor are list items (siblings ending with ；), numbered sentences and 說明/办法 items (role 'item'),
 * or lead-in lines ending with ：. The fix is safe only when the line is certainly a title (short, no comma)
 * and its siblings do not all end with 。 (then they may be meant as numbered sentences).
 */
/** Numbered sentences have no sections under them; headings ending in 。 (一、加强领导，强化宣传。 over 1、2、3、) do. */
function leafGroup(h: Heading, roots: readonly Heading[]): boolean {
  return (h.parent ? h.parent.children : roots).every((s) => s.kind !== h.kind || s.level !== h.level || s.children.length === 0);
}

export const headingTrailingPunctuation: Rule<{ maxTitleLength: number }> = {
  meta: {
    id: 'heading-trailing-punctuation',
    name: { zh: '标题末标点', en: 'Heading end punctuation' },
    aliases: ['GW-STRUCT-009'],
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: 'safe',
    description: {
      zh: '单独成行的层级标题末尾不加句号、分号、冒号、逗号',
      en: 'A stand-alone heading line does not end with 。；：，',
    },
    messages: {
      trailing: {
        zh: '单独成行的标题“{{title}}”末尾不应加“{{punct}}”',
        en: 'The stand-alone heading "{{title}}" should not end with "{{punct}}"',
      },
    },
    defaultOptions: { maxTitleLength: 40 },
    optionsSchema: {
      maxTitleLength: { type: 'number', minimum: 10, description: 'Longer lines are treated as list items, not headings.' },
    },
    examples: [['一、总体要求。\n\n正文。', '一、总体要求\n\n正文。']],
  },
  check(ctx) {
    const outline = outlineOf(ctx);
    const isList = (h: Heading): boolean => {
      const sibs = h.parent ? h.parent.children : outline.roots;
      let n = 0;
      let group = 0;
      for (const s of sibs) {
        if (s.kind !== h.kind || s.level !== h.level) continue;
        group++;
        if (/[；;]\s*$/.test(ctx.doc.lines[s.titleLine].text)) n++;
      }
      // Items ending with ；, the last with 。: an enumerated list, not headings.
      return n >= 2 || (n >= 1 && group >= 2);
    };
    const trailing = (h: Heading): string => {
      const line = ctx.doc.lines[h.titleLine];
      let end = line.end;
      while (end > h.titleEnd && /[ \t\u3000]/.test(ctx.text[end - 1])) end--;
      return ctx.text.slice(h.titleEnd, end);
    };
    // Below level 1, a sibling group whose stand-alone headings mostly end with 。 follows the 段首标题
    // style (国务院 reports: （一）…。 on its own line before the body): that is the document's choice.
    const periodStyle = (h: Heading): boolean => {
      if (h.kind !== 'gongwen' || h.level < 2) return false;
      let n = 0;
      let period = 0;
      for (const s of h.parent ? h.parent.children : outline.roots) {
        if (s.kind !== h.kind || s.level !== h.level || !s.standalone) continue;
        n++;
        if (trailing(s).endsWith('。')) period++;
      }
      return period >= 2 && period * 5 >= n * 3;
    };
    // Every stand-alone sibling ends with 。: the writer may mean numbered sentences (一、提高认识。 二、…).
    const allPeriods = (h: Heading): boolean => {
      let n = 0;
      for (const s of h.parent ? h.parent.children : outline.roots) {
        if (s.kind !== h.kind || s.level !== h.level || !s.standalone) continue;
        n++;
        if (!trailing(s).endsWith('。')) return false;
      }
      return n >= 2;
    };
    for (const h of outline.headings) {
      // Numbered sentences and 說明/办法 items end with 。 correctly (outline/classify.ts).
      if (!h.standalone || h.split || h.kind === 'markdown' || h.role === 'item') continue;
      if (h.kind === 'gongwen' && h.level === 5) continue; // ① is also used for notes and references
      if (h.kind === 'legal' && h.unit === 'tiao') continue;
      // 法规体: 项（一） and 目 1. under a 条 are clauses of its text and end with ；or 。 by rule.
      if (outline.mode === 'legal' && h.kind === 'gongwen') continue;
      const line = ctx.doc.lines[h.titleLine];
      let end = line.end;
      while (end > h.titleEnd && /[ \t\u3000]/.test(ctx.text[end - 1])) end--;
      const punct = ctx.text.slice(h.titleEnd, end);
      if (!punct || !TRAIL_RE.test(punct)) continue;
      const title = ctx.text.slice(h.titleStart, h.titleEnd);
      if (title.length === 0 || title.length > ctx.options.maxTitleLength) continue;
      if (/[：:]/.test(punct) && (LEAD_IN_RE.test(title) || title.length > 20)) continue;
      if (/[；;。.]/.test(punct) && isList(h)) continue;
      if (punct === '。' && periodStyle(h)) continue;
      if (/第[0-9]+[卷页]|《.*》.*《/.test(title)) continue; // a reference, not a heading
      // Only a line that is certainly a title loses its point in fix-all/format; otherwise it may be a sentence.
      const certainty = titleCertainty(title);
      const periods = punct === '。' && allPeriods(h);
      // Not certainly a title (一、同意设立管委会，为市政府派出机构。) among siblings that all end with 。 (二、请你委…。):
      // numbered sentences, as the items of a 批复 or a 决定 are — unless some of them head sections of their own.
      if (periods && certainty !== 'title' && leafGroup(h, outline.roots)) continue;
      const sure = certainty === 'title' && !periods;
      ctx.report({
        messageId: 'trailing',
        data: { title, punct },
        start: h.titleEnd,
        end,
        fix: [edit.remove(h.titleEnd, end)],
        ...(sure ? {} : { fixKind: 'suggestion' as const }),
      });
    }
  },
};
