import { C_DIGIT, C_HALF_PUNCT } from '../chars';
import type { Rule } from '../types';
import { edit, scanSegment } from '../rule-kit';
import { isTraditionalDocument } from '../script/decision';

/**
 * GW-NUM-010 (GB/T 15835 5.1): a decimal point is the full stop ".", never · ． or 。 (3·5% → 3.5%), and a
 * pure decimal writes its leading 0 (.5个百分点 → 0.5个百分点). Only numbers followed by a unit that makes
 * them a quantity count (% ‰ 万 亿 倍 个百分点 元 米 吨…), so “5·12”, 1·2 (a ratio) and list numbers stay.
 * Safe fix. Mainland norm: quiet on traditional text.
 */

const UNIT = '(?:%|％|‰|个百分点|個百分點|百分点|万|亿|倍|元|米|千米|公里|吨|克|千克|公斤|公顷|亩|平方米|立方米|小时|岁)';
const BAD_POINT_RE = new RegExp(`(?<![0-9.·．。])([0-9]+)([·．。])([0-9]+)(?=${UNIT})`, 'gu');
const NO_ZERO_RE = new RegExp(`(?<=[\\u4e00-\\u9fff（，、：(])\\.([0-9]+)(?=${UNIT})`, 'gu');

export const decimalPoint: Rule = {
  meta: {
    id: 'decimal-point',
    name: { zh: '小数点', en: 'Decimal point' },
    aliases: ['GW-NUM-010'],
    category: 'number',
    defaultSeverity: 'error',
    scope: 'paragraph',
    fixable: 'safe',
    description: {
      zh: '小数点用“.”，不用“·”“．”“。”；纯小数写出整数位的 0（3·5%→3.5%，.5→0.5）',
      en: 'Decimal point is "." (not · ． 。) and pure decimals keep their leading 0 (3·5% → 3.5%, .5 → 0.5)',
    },
    messages: {
      badPoint: { zh: '“{{found}}”中的“{{mark}}”应为小数点“.”', en: 'The "{{mark}}" in "{{found}}" should be a decimal point "."' },
      noZero: { zh: '纯小数“{{found}}”应写出整数位的 0', en: 'The pure decimal "{{found}}" needs its leading 0' },
      usePoint: { zh: '改为小数点', en: 'Use a decimal point' },
      addZero: { zh: '补上整数位 0', en: 'Add the leading 0' },
    },
    defaultOptions: {},
    examples: [
      ['增长3·5%', '增长3.5%'],
      ['下降.5个百分点', '下降0.5个百分点'],
    ],
  },
  check(ctx) {
    if (isTraditionalDocument(ctx)) return;
    for (const seg of ctx.segments) {
      if ((seg.chars & C_DIGIT) === 0) continue; // both patterns need a digit
      scanSegment(seg, BAD_POINT_RE, (m, start) => {
        const at = start + m[1].length;
        ctx.report({
          messageId: 'badPoint',
          data: { found: m[0], mark: m[2] },
          start,
          end: start + m[0].length,
          fix: [edit.replace(at, at + 1, '.')],
          fixTitle: { messageId: 'usePoint' },
        });
      });
      if ((seg.chars & C_HALF_PUNCT) === 0) continue; // NO_ZERO_RE needs '.'
      scanSegment(seg, NO_ZERO_RE, (m, start) => {
        ctx.report({
          messageId: 'noZero',
          data: { found: m[0] },
          start,
          end: start + m[0].length,
          fix: [edit.insert(start, '0')],
          fixTitle: { messageId: 'addZero' },
        });
      });
    }
  },
};
