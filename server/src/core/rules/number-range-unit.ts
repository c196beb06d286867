import { C_DASH, C_DIGIT } from '../chars';
import type { Rule } from '../types';
import { edit, scan, type Needs } from '../rule-kit';
import { isTraditionalDocument } from '../script/decision';

/**
 * GB/T 15835—2011 5.1.4 (数值范围): when the unit is a magnitude word or a percent sign, both ends of the
 * range carry it — 9～16亿 → 9亿～16亿, 15～30% → 15%～30%, 5-10万元 → 5万～10万元. Units that do not
 * change the magnitude (kg, 页, 元, 年, 人) may be written once: 5～10 kg, 3～5页, 2021—2025年.
 * The fix only inserts the unit (safe); turning a hyphen or ~ into ～ is range-connector's job.
 * Skipped in traditional-Chinese (Taiwan/HK) documents.
 */

const RANGE_RE =
  /(?<![\d.,，A-Za-z\-－~～〜—–/:：])(\d+(?:\.\d+)?)(\s?)([～~〜—–－-])(\s?)(\d+(?:\.\d+)?)(%|％|‰|万亿|千万|百万|万|亿)(?![\d])/gu;

/** What every match contains (rule-kit Needs). */
const NEEDS: Needs = [C_DIGIT, C_DASH];

export const numberRangeUnit: Rule = {
  meta: {
    id: 'number-range-unit',
    name: { zh: '范围单位', en: 'Range unit' },
    category: 'number',
    defaultSeverity: 'warning',
    scope: 'paragraph',
    fixable: 'safe',
    description: {
      zh: '数值范围的单位是“万”“亿”或“%”时，前后两个数值都要带上单位（9亿～16亿、15%～30%）',
      en: 'In a numeric range with 万/亿/% both ends carry the unit (9亿～16亿, 15%～30%)',
    },
    messages: {
      unitBothEnds: {
        zh: '数值范围“{{found}}”中前一个数值缺少“{{unit}}”，应写作“{{expected}}”',
        en: 'The first number of the range "{{found}}" lacks "{{unit}}"; write "{{expected}}"',
      },
    },
    defaultOptions: {},
    examples: [
      ['9～16亿', '9亿～16亿'],
      ['15～30%', '15%～30%'],
      ['5-10万元', '5万～10万元'],
    ],
  },
  check(ctx) {
    if (isTraditionalDocument(ctx)) return;
    scan(ctx, RANGE_RE, NEEDS, (m, start) => {
      const [found, lo, , sep, , hi, unit] = m;
      const end = start + found.length;
      // 2024-05-10, 010-6512, 3-2-1: a hyphenated code rather than a range.
      if (lo.length > 1 && lo[0] === '0' && lo[1] !== '.') return;
      if (/[-－]/u.test(sep) && /^[-－]\d/u.test(ctx.text.slice(end, end + 2))) return;
      const newSep = sep === '—' ? sep : '～';
      const expected = `${lo}${unit}${newSep}${hi}${unit}`;
      const loEnd = start + lo.length;
      ctx.report({ messageId: 'unitBothEnds', data: { found, unit, expected }, start, end, fix: [edit.insert(loEnd, unit)] });
    });
  },
};
