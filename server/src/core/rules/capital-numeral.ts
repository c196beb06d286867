import { C_CAPITAL } from '../chars';
import type { Rule } from '../types';
import { scan, type Needs } from '../rule-kit';
import { isTraditionalDocument } from '../script/decision';

/**
 * GW-NUM-012 (GB/T 15835 5.2.4): 大写数字 (壹贰叁…拾佰仟) belong in legal documents and financial papers, not in the
 * body of a 公文. Info, no fix. A run counts only when it is a number: a digit with a unit (伍仟, 拾贰) or a digit
 * directly before 元/圆 (伍元). Surnames and words (伍先生, 大陆, 陆续, 收拾) have neither. Lines about money in
 * capitals (金额, 人民币, 大写, ￥, 合同, 发票, 收据) are contract or invoice text and stay quiet.
 */

const RUN_RE = /[壹贰叁肆伍陆柒捌玖拾][壹贰叁肆伍陆柒捌玖拾佰仟萬万亿億零〇]*(?:[元圆](?![旦素月宵首帅老气件]))?/gu;
const DIGIT_RE = /[壹贰叁肆伍陆柒捌玖]/u;
const UNIT_RE = /[拾佰仟]/u;
const MONEY_LINE_RE = /金额|人民币|大写|[￥¥]|合同|发票|收据|票据|借条|欠条/u;

/** What every match contains (rule-kit Needs). */
const NEEDS: Needs = [C_CAPITAL];

export const capitalNumeral: Rule = {
  meta: {
    id: 'capital-numeral',
    name: { zh: '大写数字', en: 'Capital numerals' },
    aliases: ['GW-NUM-012'],
    category: 'number',
    defaultSeverity: 'info',
    scope: 'paragraph',
    description: {
      zh: '大写数字（壹、贰、叁……拾、佰、仟）只用于法律文书和财务票据，公文正文一般不用',
      en: 'Financial numerals (壹, 贰, 叁 … 拾, 佰, 仟) belong in legal and financial papers, not in the body of a document',
    },
    messages: {
      capital: {
        zh: '“{{found}}”是大写数字，公文正文一般写作阿拉伯数字或小写汉字数字',
        en: '"{{found}}" uses financial numerals; the body of a document normally uses Arabic or ordinary Chinese numerals',
      },
    },
    defaultOptions: {},
    examples: [['奖励壹仟元', '奖励1000元']],
  },
  check(ctx) {
    if (isTraditionalDocument(ctx)) return;
    scan(ctx, RUN_RE, NEEDS, (m, start, seg) => {
      const run = m[0];
      const isNumber = DIGIT_RE.test(run) && (UNIT_RE.test(run) || /[元圆]$/u.test(run));
      if (!isNumber || MONEY_LINE_RE.test(ctx.doc.lines[seg.line]?.text ?? seg.text)) return;
      ctx.report({ messageId: 'capital', data: { found: run }, start, end: start + run.length });
    });
  },
};
