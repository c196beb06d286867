import { C_DIGIT } from '../chars';
import type { Rule } from '../types';
import { edit, scan, type Needs } from '../rule-kit';
import { isTraditionalDocument } from '../script/decision';

/**
 * GB/T 15835—2011 5.3: one number is not written half in Arabic digits and half in Chinese numerals;
 * only 万 and 亿 may follow Arabic digits as units. 4千 → 4000, 3百人 → 300人, 5千万 → 5000万.
 * Not flagged: unit prefixes 千米 千克 千瓦 千伏 千帕 千焦 千卡 千兆 千赫, 百分点 百分比 百分之,
 * 5亿3400万, 1万多, Chinese numerals throughout (四千), traditional-Chinese documents.
 */
const MIXED_RE =
  /(?<![\d.,，０-９])(\d+(?:\.\d+)?)([千百])(?!米|克|瓦|伏|帕|焦|卡|兆|赫|升|牛|乏|字节|分点|分比|分之|分位|分率|年老店|货|姓|科)/gu;
const NEXT_NUMERAL_RE = /^[\d零〇一二三四五六七八九十百千]/u;
const FACTOR: Readonly<Record<string, number>> = { 千: 1000, 百: 100 };

/** What every match contains (rule-kit Needs). */
const NEEDS: Needs = [C_DIGIT];

export const noMixedDigits: Rule = {
  meta: {
    id: 'no-mixed-digits',
    name: { zh: '数字混写', en: 'Mixed digits' },
    aliases: ['GW-NUM-005'],
    category: 'number',
    defaultSeverity: 'warning',
    scope: 'paragraph',
    fixable: 'suggestion',
    description: {
      zh: '一个数值不能阿拉伯数字与汉字数字混写；只有“万”“亿”可以作单位与阿拉伯数字连用',
      en: 'Do not mix Arabic digits and Chinese numerals in one number; only 万 and 亿 may follow digits',
    },
    messages: {
      mixed: {
        zh: '“{{found}}”混用阿拉伯数字和汉字数字，应写作“{{expected}}”',
        en: '"{{found}}" mixes Arabic and Chinese numerals; write "{{expected}}"',
      },
      mixedNoFix: {
        zh: '“{{found}}”混用阿拉伯数字和汉字数字，应全部用阿拉伯数字或全部用汉字',
        en: '"{{found}}" mixes Arabic and Chinese numerals; use one form',
      },
    },
    defaultOptions: {},
    examples: [
      ['4千人', '4000人'],
      ['5千万元', '5000万元'],
    ],
  },
  check(ctx) {
    if (isTraditionalDocument(ctx)) return;
    const text = ctx.text;
    scan(ctx, MIXED_RE, NEEDS, (m, start) => {
      const [found, num, unit] = m;
      const end = start + found.length;
      // 1万6千, 1亿3千多万: a compound after 万/亿, common in edited reports — info, no mechanical rewrite.
      if (/[万亿]/u.test(text.charAt(start - 1))) {
        ctx.report({ messageId: 'mixedNoFix', data: { found }, start, end, severity: 'info' });
        return;
      }
      // 5千多户, 3百余人: an approximate number (better 五千多户) — info.
      const approx = /[多余]/u.test(text.charAt(end));
      // 1百零8, 2千3百: no single mechanical rewrite.
      if (NEXT_NUMERAL_RE.test(text.slice(end, end + 1))) {
        ctx.report({ messageId: 'mixedNoFix', data: { found }, start, end });
        return;
      }
      const decimals = num.includes('.') ? num.length - num.indexOf('.') - 1 : 0;
      const value = Math.round(Number(num) * FACTOR[unit] * 10 ** decimals) / 10 ** decimals;
      const expected = String(value);
      if (!Number.isFinite(value) || expected.includes('e')) {
        ctx.report({ messageId: 'mixedNoFix', data: { found }, start, end });
        return;
      }
      ctx.report({
        messageId: 'mixed',
        data: { found, expected },
        start,
        end,
        fix: [edit.replace(start, end, expected)],
        ...(approx ? { severity: 'info' as const } : {}),
      });
    });
  },
};
