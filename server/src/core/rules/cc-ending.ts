import { elementLines, elementsOfKind, formalModel, trimmedBounds } from '../element-kit';
import { edit } from '../rule-kit';
import type { Rule } from '../types';

/** The label of a 版记 list line: 抄送, 主送 (moved to the 版记) or 分送 (纪要). */
const LABEL_RE = /^[\s\u3000]*(抄送|主送|分送)([\s\u3000]*)([：:]?)/u;
/** A 版记 list line whose label is followed by spaces instead of the colon, at the start of the line. */
const BARE_LABEL_RE = /^(?:抄送|主送|分送)[ \u3000]+[\u4e00-\u9fff]/u;
/** Wrong final marks after the last organ: replaced by 。. A half-width . is no-half-width-punctuation's. */
const WRONG_END = '，；、,;';

/**
 * GW-ELEM-009 (GB/T 9704 7.4.2): in the 版记, “抄送” is followed by a full-width colon and the last organ
 * by a 句号: 抄送：市委办公室，市人大常委会办公室。 Only lines recognised as 抄送机关 (their label makes them
 * certain) are checked, in 公文 only. A half-width colon is left to no-half-width-punctuation (one defect, one
 * report); a missing colon or a missing or wrong final mark is this rule's, and its fix is safe.
 */
export const ccEnding: Rule = {
  meta: {
    id: 'cc-ending',
    name: { zh: '抄送格式', en: 'Copied-to line' },
    aliases: ['GW-ELEM-009'],
    category: 'element',
    defaultSeverity: 'error',
    fixable: 'safe',
    description: {
      zh: '版记中“抄送”后加全角冒号，最后一个抄送机关后标句号',
      en: 'In the record, 抄送 takes a full-width colon and the last copied organ ends with 。',
    },
    messages: {
      missingEnd: {
        zh: '“{{label}}”最后一个机关名称后应标句号“。”',
        en: 'The last organ after "{{label}}" should end with "。"',
      },
      wrongEnd: {
        zh: '“{{label}}”最后一个机关名称后应标句号“。”，不用“{{found}}”',
        en: 'The last organ after "{{label}}" should end with "。", not "{{found}}"',
      },
      missingColon: { zh: '“{{label}}”后应加全角冒号“：”', en: '"{{label}}" should be followed by a full-width colon "："' },
    },
    defaultOptions: {},
    examples: [
      ['抄送：市委办公室，市人大常委会办公室', '抄送：市委办公室，市人大常委会办公室。'],
      ['抄送：市委办公室，市政协办公室；', '抄送：市委办公室，市政协办公室。'],
    ],
  },
  check(ctx) {
    const model = formalModel(ctx);
    if (!model) return;
    const blocks = elementsOfKind(model, 'cc').map((el) => elementLines(ctx, el));
    const known = new Set(blocks.flat().map((l) => l.index));
    // A 抄送 line without its colon is not recognised as one; its label at the line start makes it certain.
    for (const l of ctx.doc.lines) if (!l.masked && !known.has(l.index) && BARE_LABEL_RE.test(l.text)) blocks.push([l]);
    for (const lines of blocks) {
      if (lines.length === 0) continue;
      const m = LABEL_RE.exec(lines[0].text);
      if (!m) continue;
      const label = m[1];
      const labelEnd = lines[0].start + m.index + m[0].length - m[2].length - m[3].length;
      if (!m[3]) {
        const valueAt = labelEnd + m[2].length;
        if (valueAt >= lines[0].end) continue; // a bare 抄送 line: nothing listed
        ctx.report({
          messageId: 'missingColon',
          data: { label },
          start: labelEnd - label.length,
          end: valueAt,
          fix: [edit.replace(labelEnd, valueAt, '：')],
        });
      }
      const last = trimmedBounds(lines[lines.length - 1]);
      if (!last || (lines.length === 1 && last.end <= labelEnd + m[2].length + m[3].length)) continue;
      const ch = ctx.text[last.end - 1];
      if (ch === '。' || ch === '.') continue;
      if (WRONG_END.includes(ch)) {
        ctx.report({
          messageId: 'wrongEnd',
          data: { label, found: ch },
          start: last.end - 1,
          end: last.end,
          fix: [edit.replace(last.end - 1, last.end, '。')],
        });
      } else {
        ctx.report({ messageId: 'missingEnd', data: { label }, start: last.end - 1, end: last.end, fix: [edit.insert(last.end, '。')] });
      }
    }
  },
};
