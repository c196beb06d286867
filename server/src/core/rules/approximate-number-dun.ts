import { C_DUN } from '../chars';
import type { Rule } from '../types';
import { edit, scan, type Needs } from '../rule-kit';
import { afterLineNumeral, inMarker } from '../outline';

const DIGITS = '一二三四五六七八九';
// 三、四个 / 七、八十人: two neighbouring numerals then a measure word. Abbreviations (二、三产业, 一、二年级,
// 三、四季度, 一、二等奖, 一、二批, 一、二班) are excluded by the lookahead.
const RE =
  /(?<![一二三四五六七八九十百千万第])([一二三四五六七八九])、([一二三四五六七八九])(?=(?:十|百|千|万)?(?:个|天|年(?![级度])|人|次|名|岁|米|公里|种|项|倍|个月|周|小时|分钟|家|所|条|件|位|户|元|遍|趟|成|层|斤|吨|亩|里|点(?!钟)))/g;

/** What every match contains (rule-kit Needs). */
const NEEDS: Needs = [C_DUN];

/**
 * GB/T 15834 4.5.3.4 / GB/T 15835: two neighbouring numerals forming an approximate number take no 顿号:
 * 三、四个月 → 三四个月. An abbreviation of two items keeps it: 二、三产业, 一、二年级, 三、四季度.
 * A suggestion only (a list of ordinals may look the same).
 */
export const approximateNumberDun: Rule = {
  meta: {
    id: 'approximate-number-dun',
    name: { zh: '概数顿号', en: 'Dun in approximate numbers' },
    aliases: ['GW-PUNCT-012'],
    category: 'punctuation',
    defaultSeverity: 'warning',
    scope: 'paragraph',
    fixable: 'suggestion',
    description: { zh: '相邻两数字连用表示概数时不用顿号', en: 'No 顿号 inside an approximate number such as 三四个' },
    messages: {
      approx: {
        zh: '“{{found}}”表示概数，中间不用顿号，应为“{{expected}}”',
        en: '"{{found}}" is an approximate number: write "{{expected}}"',
      },
    },
    defaultOptions: {},
    examples: [
      ['三、四个月', '三四个月'],
      ['七、八十人', '七八十人'],
    ],
  },
  check(ctx) {
    scan(ctx, RE, NEEDS, (m, start, seg) => {
      if (DIGITS.indexOf(m[2]) !== DIGITS.indexOf(m[1]) + 1) return;
      // 三、四个方面的问题 opening a line may be heading 三、 whatever the outline decided: leave it.
      if (inMarker(ctx, seg.line, start) || afterLineNumeral(ctx, seg.line, start + 1)) return;
      ctx.report({
        messageId: 'approx',
        data: { found: m[0], expected: m[1] + m[2] },
        start,
        end: start + 3,
        fix: [edit.remove(start + 1, start + 2)],
      });
    });
  },
};
