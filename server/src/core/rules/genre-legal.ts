import { elementLines, elementsOfKind, formalModel, trimmedBounds } from '../element-kit';
import type { Rule } from '../types';

/**
 * GW-ELEM-014 (条例第八条): the 文种 named in a 公文's title is one of the 15 legal kinds — 决议、决定、命令（令）、
 * 公报、公告、通告、意见、通知、通报、报告、请示、批复、议案、函、纪要. A title ending in 汇报, 情况说明 or 申请 on a
 * document with the form of a 公文 (版头, 主送机关, 发文字号…) is reported as info. Work reports, summaries, plans
 * and speeches are not 公文: their form is 'none' and this rule says nothing about them (and it can be turned off).
 */
export const genreLegal: Rule = {
  meta: {
    id: 'genre-legal',
    name: { zh: '法定文种', en: 'Legal document kind' },
    aliases: ['GW-ELEM-014'],
    category: 'element',
    defaultSeverity: 'info',
    description: {
      zh: '公文标题中的文种应为条例第八条规定的 15 种之一（不用“汇报”“情况说明”等）',
      en: 'The kind named in a 公文 title is one of the 15 legal kinds (not 汇报, 情况说明…)',
    },
    messages: {
      notLegal: {
        zh: '“{{found}}”不是《党政机关公文处理工作条例》规定的文种；法定文种为决议、决定、命令（令）、公报、公告、通告、意见、通知、通报、报告、请示、批复、议案、函、纪要',
        en: '"{{found}}" is not one of the legal document kinds (决议, 决定, 命令（令）, 公报, 公告, 通告, 意见, 通知, 通报, 报告, 请示, 批复, 议案, 函, 纪要)',
      },
    },
    defaultOptions: {},
    examples: [['关于2024年上半年安全生产工作的汇报', '关于2024年上半年安全生产工作的报告']],
  },
  check(ctx) {
    const model = formalModel(ctx);
    if (!model || model.genre !== null || !model.genreWord) return;
    const title = elementsOfKind(model, 'title')[0];
    if (!title) return;
    const word = model.genreWord;
    const lines = elementLines(ctx, title);
    for (let k = lines.length - 1; k >= 0; k--) {
      const b = trimmedBounds(lines[k]);
      const i = b ? ctx.text.lastIndexOf(word, b.end - word.length) : -1;
      if (b && i >= b.start) {
        ctx.report({ messageId: 'notLegal', data: { found: word }, start: i, end: i + word.length });
        return;
      }
    }
  },
};
