import { formalModel } from '../element-kit';
import { inQuotation } from '../quotes';
import { scan } from '../rule-kit';
import { C_FILL_WORD } from '../chars';
import type { Rule } from '../types';

const BLANK_PAGE_RE = /此页无正文/gu;

/**
 * GW-ELEM-017 (GB/T 9704—1999 forbade it; 2012 7.3.5.5 only prescribes adjusting line and character spacing):
 * when the signature and the date do not fit, the layout is adjusted; 「（此页无正文）」 is not written. Info, no
 * fix; 公文 only — contracts and agreements use the phrase, and their form is 'none'.
 */
export const noBlankPageNote: Rule = {
  meta: {
    id: 'no-blank-page-note',
    name: { zh: '此页无正文', en: 'Blank-page note' },
    aliases: ['GW-ELEM-017'],
    category: 'element',
    defaultSeverity: 'info',
    description: {
      zh: '公文不标注“此页无正文”，应调整行距、字距使印章、日期与正文同页',
      en: 'A 公文 does not say 此页无正文; adjust line and character spacing instead',
    },
    messages: {
      blankPage: {
        zh: '公文不宜标注“此页无正文”，应通过调整行距、字距使署名和成文日期与正文同处一面（GB/T 9704—2012 7.3.5.5）',
        en: 'Do not write 此页无正文; adjust line and character spacing so the signature and date share a page with the text',
      },
    },
    defaultOptions: {},
  },
  check(ctx) {
    if (!formalModel(ctx)) return;
    scan(ctx, BLANK_PAGE_RE, [C_FILL_WORD], (m, start) => {
      if (!inQuotation(ctx, start)) ctx.report({ messageId: 'blankPage', start, end: start + m[0].length });
    });
  },
};
