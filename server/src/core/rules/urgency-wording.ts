import { candidateLines, elementLines, elementsOfKind, formalModel, trimmedBounds } from '../element-kit';
import { edit } from '../rule-kit';
import type { Rule } from '../types';

/** Head lines that mean to be a 紧急程度 but use a word GB/T 9704 does not have. */
const WRONG_URGENCY_RE = /^(?:紧急|急件|急|特急件|加急件|火急|特提|平急)$/u;
/** “紧急” written into the title before the 文种. */
const TITLE_URGENT_RE = /紧急(?=(?:通知|通报|通告|公告|报告|请示|意见|决定|函)$)/u;

/**
 * GW-ELEM-012 (GB/T 9704 7.2.3; 条例第九条（三）): the 紧急程度 of a 公文 is 特急 or 加急 only (特提 and 平急 belong to
 * telegrams), and the urgency goes into that element, not into the title (关于…的紧急通知). Info: 紧急通知 is
 * accepted in many offices. Suggestions 特急 / 加急 for a wrong word; nothing is applied automatically.
 */
export const urgencyWording: Rule = {
  meta: {
    id: 'urgency-wording',
    name: { zh: '紧急程度用语', en: 'Urgency wording' },
    aliases: ['GW-ELEM-012'],
    category: 'element',
    defaultSeverity: 'info',
    fixable: 'suggestion',
    description: {
      zh: '紧急程度只标“特急”或“加急”，不写“紧急”“急件”，也不在标题中写“紧急通知”',
      en: 'Urgency is 特急 or 加急 only, not 紧急 or 急件, and is not written into the title',
    },
    messages: {
      word: { zh: '紧急程度应标注为“特急”或“加急”，不用“{{found}}”', en: 'Urgency is "特急" or "加急", not "{{found}}"' },
      title: {
        zh: '标题中不宜写“紧急”，紧急程度在版头标注“特急”或“加急”',
        en: 'Do not put "紧急" in the title; mark the urgency 特急 or 加急 in the head',
      },
      useWord: { zh: '改为“{{word}}”', en: 'Change to "{{word}}"' },
    },
    defaultOptions: {},
    examples: [
      ['急件', '特急'],
      ['关于做好强降雨防范工作的紧急通知', '关于做好强降雨防范工作的通知'],
    ],
  },
  check(ctx) {
    const model = formalModel(ctx);
    if (!model) return;
    for (const line of candidateLines(ctx, model, 'urgency')) {
      const b = trimmedBounds(line);
      if (!b) continue;
      const found = ctx.text.slice(b.start, b.end);
      if (!WRONG_URGENCY_RE.test(found)) continue;
      ctx.report({
        messageId: 'word',
        data: { found },
        start: b.start,
        end: b.end,
        suggestions: ['特急', '加急'].map((word) => ({
          messageId: 'useWord',
          data: { word },
          edits: [edit.replace(b.start, b.end, word)],
        })),
      });
    }
    const titles = elementsOfKind(model, 'title');
    const lines = titles.length > 0 ? elementLines(ctx, titles[0]) : [];
    const last = lines[lines.length - 1];
    const b = last && trimmedBounds(last);
    if (!b) return;
    const m = TITLE_URGENT_RE.exec(ctx.text.slice(b.start, b.end));
    if (m) ctx.report({ messageId: 'title', start: b.start + m.index, end: b.start + m.index + 2 });
  },
};
