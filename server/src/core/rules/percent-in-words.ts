import type { Rule } from '../types';
import { scan } from '../rule-kit';
import { isTraditionalDocument } from '../script/decision';

/**
 * GW-NUM-014 (GB/T 15835 4.1.1): statistics take Arabic numerals — 20%, not 百分之二十. Info, no fix (a speech may
 * want the spoken form). Quiet on 百分之百 / 百分之一百 and on rhetoric: 百分之N 的 努力/把握/信心/决心….
 */

const PERCENT_RE = /百分之([零〇一二两三四五六七八九十点]+)(?![百千万])/gu;
const RHETORIC_AFTER_RE = /^的?(?:努力|把握|信心|决心|热情|精力|诚意|希望|可能|责任|付出|投入|心血|力量|满意|真诚|认真)/u;

export const percentInWords: Rule = {
  meta: {
    id: 'percent-in-words',
    name: { zh: '汉字百分数', en: 'Per cent in words' },
    aliases: ['GW-NUM-014'],
    category: 'number',
    defaultSeverity: 'info',
    scope: 'paragraph',
    description: {
      zh: '统计数据中的百分数用阿拉伯数字：20%，不写“百分之二十”',
      en: 'Percentages in statistics take Arabic numerals: 20%, not 百分之二十',
    },
    messages: {
      percent: {
        zh: '统计数据“{{found}}”宜写作阿拉伯数字（如 20%）',
        en: 'The figure "{{found}}" is better written with Arabic numerals (e.g. 20%)',
      },
    },
    defaultOptions: {},
    examples: [['同比增长百分之二十', '同比增长20%']],
  },
  check(ctx) {
    if (isTraditionalDocument(ctx)) return;
    scan(ctx, PERCENT_RE, (m, start, seg) => {
      if (m[1] === '一百') return;
      const after = seg.text.slice(start - seg.start + m[0].length, start - seg.start + m[0].length + 4);
      if (RHETORIC_AFTER_RE.test(after)) return;
      ctx.report({ messageId: 'percent', data: { found: m[0] }, start, end: start + m[0].length });
    });
  },
};
