import { elementLines, elementsOfKind, formalModel, trimmedBounds } from '../element-kit';
import { edit } from '../rule-kit';
import type { Line, Rule, RuleContext } from '../types';

/** Marks people end a 主送机关 with instead of the colon. */
const WRONG_END = '，；、';
/** Lines that cannot be a 主送机关 even when they stand where one would: sentences and 正文 openings. */
const NOT_RECIPIENTS_RE = /[。！？]|^(?:为|根据|按照|经|现|近|据|今年|去年)/u;

/** An organ's name, as the last one of a 主送机关 ends: …人民政府, …各部门, …局, …委员会. */
const ORGAN_END_RE =
  /(?:政府|部门|单位|机构|机关|局|委|办|厅|院|会|司|处|室|中心|公司|学校|党组|党委|组|团|所|站|队|部|市|县|区|镇|乡|街道)[，；、]?$/u;
const ORGAN_LINE_RE = /^[\u4e00-\u9fff（）()、，]{2,40}$/u;

/**
 * The 主送机关 the recogniser left in the 正文 because it lacks its colon: one or two unindented lines right under
 * the title that are organ names (市人民政府， / 各县（市、区）人民政府，市政府各部门，⏎各直属机构). Empty when the
 * first line under the title does not read so.
 */
function unrecognised(ctx: RuleContext<object>, titleEnd: number): Line[] {
  const out: Line[] = [];
  for (let i = titleEnd + 1; i < ctx.doc.lines.length && out.length < 2; i++) {
    const line = ctx.doc.lines[i];
    const b = trimmedBounds(line);
    if (!b) {
      if (out.length > 0) break;
      continue;
    }
    const t = ctx.text.slice(b.start, b.end);
    if (line.masked || b.start !== line.start || !ORGAN_LINE_RE.test(t) || !ORGAN_END_RE.test(t)) break;
    out.push(line);
    if (!/[，、]$/u.test(t)) break;
  }
  // A single organ without any mark (江州市人民政府办公室 under a 纪要 title) may be a byline: only lists count.
  const joined = out.map((l) => l.text).join('');
  return out.length === 2 || /各|[，；、][\s\u3000]*$/u.test(joined) ? out : [];
}

/**
 * GW-ELEM-003 (GB/T 9704 7.3.2): the 主送机关 under the title, however many lines it takes, ends with a full-width
 * colon after the last organ: 各县（市、区）人民政府，市政府各部门： Looks at the element recognised as 主送机关 in
 * a 公文: a missing colon or a comma, semicolon or 顿号 in its place is reported. A half-width colon is
 * no-half-width-punctuation's (one defect, one report). The fix is a suggestion: without its colon the line
 * was recognised by its place alone, which is a guess.
 */
export const recipientsColon: Rule = {
  meta: {
    id: 'recipients-colon',
    name: { zh: '主送机关冒号', en: 'Addressee colon' },
    aliases: ['GW-ELEM-003'],
    category: 'element',
    defaultSeverity: 'error',
    fixable: 'suggestion',
    description: {
      zh: '主送机关最后一个机关名称后标全角冒号',
      en: 'The addressees end with a full-width colon after the last organ',
    },
    messages: {
      missing: { zh: '主送机关“{{found}}”后应标全角冒号“：”', en: 'The addressees "{{found}}" should end with a full-width colon "："' },
      wrong: {
        zh: '主送机关末尾应标全角冒号“：”，不用“{{found}}”',
        en: 'The addressees end with a full-width colon "：", not "{{found}}"',
      },
    },
    defaultOptions: {},
    examples: [
      ['各县（市、区）人民政府，市政府各部门', '各县（市、区）人民政府，市政府各部门：'],
      ['市人民政府，', '市人民政府：'],
    ],
  },
  check(ctx) {
    const model = formalModel(ctx);
    if (!model) return;
    const blocks = elementsOfKind(model, 'recipients').map((el) => elementLines(ctx, el));
    const title = elementsOfKind(model, 'title')[0];
    if (blocks.length === 0 && title && model.form === 'standard') blocks.push(unrecognised(ctx, title.endLine));
    for (const lines of blocks) {
      const last = lines.length > 0 ? trimmedBounds(lines[lines.length - 1]) : null;
      if (!last) continue;
      const text = ctx.text.slice(last.start, last.end);
      const ch = text[text.length - 1];
      if (ch === '：' || ch === ':' || NOT_RECIPIENTS_RE.test(text) || text.length > 60) continue;
      if (WRONG_END.includes(ch)) {
        ctx.report({
          messageId: 'wrong',
          data: { found: ch },
          start: last.end - 1,
          end: last.end,
          fix: [edit.replace(last.end - 1, last.end, '：')],
        });
      } else {
        const found = text.length > 20 ? `…${text.slice(-20)}` : text;
        ctx.report({ messageId: 'missing', data: { found }, start: last.end - 1, end: last.end, fix: [edit.insert(last.end, '：')] });
      }
    }
  },
};
