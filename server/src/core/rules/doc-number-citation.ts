import { C_BRACKET, C_DIGIT, C_TITLE, isHanCode } from '../chars';
import { edit, scan, type Needs } from '../rule-kit';
import type { Rule } from '../types';

/**
 * A 发文字号 directly followed (after an optional 文件 or 文) by a document title in 《》:
 * 江水〔2024〕6号文件《关于…的请示》. The 机关代字 is the Han run before the bracket (cut below).
 */
const CITE_RE = /〔(?:19|20)[0-9]{2}〕[0-9]{1,5}号(?=((?:文件|文)?)(《[^《》\n]{2,80}》))/gu;
/** What every match holds in its segment (rule-kit Needs): 〔 〕, digits, and the 《》 of the title it looks ahead to. */
const NEEDS: Needs = [C_BRACKET, C_DIGIT, C_TITLE];
/** Words that start a clause and so cannot be part of a 机关代字: 根据江政发〔…〕 → 江政发. */
const LEAD_RE =
  /^(?:(?:你|贵|我)(?:公司|单位|中心|委|局|厅|部|办|院|府|会|校|处|区|县|市|省)?|根据|依据|按照|参照|对照|执行|落实|贯彻|经|据|将|对|在|于|的|和|与|及|以|用|按|照|见|即)/u;

/** The 机关代字 before `bracket` (the index of 〔): the Han run, with clause-opening words cut off; null if unclear. */
function agencyCode(text: string, bracket: number, min: number): number | null {
  let a = bracket;
  while (a > min && a > bracket - 12 && isHanCode(text.charCodeAt(a - 1))) a--;
  let run = text.slice(a, bracket);
  for (let m = LEAD_RE.exec(run); m && m[0].length < run.length; m = LEAD_RE.exec(run)) {
    a += m[0].length;
    run = run.slice(m[0].length);
  }
  return run.length >= 1 && run.length <= 8 ? a : null;
}

/**
 * GW-ELEM-002 (2000 年办法第二十五条（五）, kept by local rules; 条例第二十条（四）: 引文准确): a document is cited by
 * its title first and its 发文字号 after it in full-width round brackets — 《江州市…的请示》（江水〔2024〕6号）—,
 * not 江水〔2024〕6号文件《…》. A 发文字号 alone (a second mention) is fine. Suggestion only: where the 机关代字
 * starts is a guess, so the reordering is offered, never applied automatically.
 */
export const docNumberCitation: Rule = {
  meta: {
    id: 'doc-number-citation',
    name: { zh: '引文顺序', en: 'Citation order' },
    aliases: ['GW-ELEM-002'],
    category: 'element',
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    description: {
      zh: '引用公文先引标题，后引发文字号：《关于…的通知》（国办发〔2024〕5号）',
      en: 'Cite a document by its title first, then its number in brackets: 《关于…的通知》（国办发〔2024〕5号）',
    },
    messages: {
      order: {
        zh: '引用公文应先引标题，后引发文字号：{{expected}}',
        en: 'Cite the title first, then the document number: {{expected}}',
      },
    },
    defaultOptions: {},
    examples: [['江水〔2024〕6号文件《关于城北污水处理厂扩建的请示》', '《关于城北污水处理厂扩建的请示》（江水〔2024〕6号）']],
  },
  check(ctx) {
    scan(ctx, CITE_RE, NEEDS, (m, bracket, seg) => {
      const codeStart = agencyCode(ctx.text, bracket, seg.start);
      const start = codeStart ?? bracket;
      const end = bracket + m[0].length + m[1].length + m[2].length;
      const docno = ctx.text.slice(start, bracket + m[0].length);
      const expected = `${m[2]}（${docno}）`;
      ctx.report({
        messageId: 'order',
        data: { expected },
        start,
        end,
        fix: codeStart === null ? undefined : [edit.replace(start, end, expected)],
      });
    });
  },
};
