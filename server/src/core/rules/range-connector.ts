import { C_DASH, codePointAround, isAsciiDigit, isAsciiLetter, isHanCodePoint } from '../chars';
import type { Rule } from '../types';
import { edit, scanSegment } from '../rule-kit';
import { isTraditionalDocument } from '../script/decision';

// 2021-2025年 / 2021年-2025年 / （2013-2015） / 2021~2025 — a year range: the connector becomes —.
const YEAR_RE = /(?<![\d.\-－/:A-Za-z]|[A-Za-z/] )((?:1[6-9]|20)\d\d)(年?)[ ]?([-－–~～])[ ]?((?:1[6-9]|20)\d\d)(?=年|[）)]|$|[，。；、])/g;
// 第2-5条 / 第三-五章: ordinal ranges.
const ORDINAL_RE =
  /第(\d+|[一二三四五六七八九十百]+)[ ]?([-－–~])[ ]?(?:第)?(\d+|[一二三四五六七八九十百]+)(?=[条款项章节编篇部卷次届期批页])/g;
// 3-5年 / 30%-40% / 5-10万元: a numeric range followed by a unit or measure word.
const NUM_RE =
  /(?<![\d.\-－/:A-Za-z#№＃第表图附])(\d+(?:\.\d+)?(?:%|‰|万|亿)?)[ ]?([-－–~])[ ]?(\d+(?:\.\d+)?)(?=%|‰|倍|个|人|名|位|次|项|家|所|条|件|种|类|岁|年(?!级)|天|日内|周|小时|分钟|秒|米|千米|公里|厘米|毫米|平方米|亩|公顷|吨|千克|公斤|克|元|万|亿|千|百|户|台|辆|套|座|处|批|期|层|级|分(?!之|机|機)|篇|本|册|场|轮|组|所|支|只|头|株)/g;
// A lone ~ between Chinese or digits: 3~5年 handled above; 北京~上海 → ～.
const TILDE_RE = /~/g;
/** A phone number before the hyphen: 电话 010-, 傳真：(02)2720-, 分机 12-. */
const PHONE_BEFORE_RE =
  /(?:电话|電話|传真|傳真|手机|手機|热线|熱線|分机|分機|总机|總機|tel|fax|[(（](?:0\d{1,3}|[+]\d{1,4})[)）])[:：.]?\s*[\d -]*$/i;

/**
 * GB/T 15834 4.13.3: ranges of time, place and ordinals use the 一字线 — (2021—2025年, 第2—5条); numeric ranges
 * use the 浪纹线 ～ (3～5年, 30%～40%); the half-width ~ is never used in Chinese text. The short hyphen stays in
 * phone numbers (010-88842603), table numbers (表2-8), model numbers (WZ-10), ISO dates (2024-07-01) and
 * compound names (吐鲁番-哈密盆地), none of which this rule touches.
 */
export const rangeConnector: Rule = {
  meta: {
    id: 'range-connector',
    name: { zh: '起止连接号', en: 'Range connector' },
    aliases: ['GW-PUNCT-009'],
    category: 'punctuation',
    defaultSeverity: 'warning',
    scope: 'paragraph',
    fixable: 'safe',
    description: {
      zh: '年份和序数的起止用一字线“—”，数值范围用浪纹线“～”，不用“-”“~”',
      en: 'Year and ordinal ranges take "—", numeric ranges "～"; not "-" or "~"',
    },
    messages: {
      yearRange: { zh: '年份起止应使用一字线：“{{found}}”应改为“—”', en: 'A year range takes "—": replace "{{found}}"' },
      ordinalRange: { zh: '序数起止应使用一字线：“{{found}}”应改为“—”', en: 'An ordinal range takes "—": replace "{{found}}"' },
      numericRange: { zh: '数值范围应使用浪纹线：“{{found}}”应改为“～”', en: 'A numeric range takes "～": replace "{{found}}"' },
      tilde: { zh: '半角“~”应改为全角浪纹线“～”', en: 'Half-width "~" should be the full-width "～"' },
    },
    defaultOptions: {},
    examples: [
      ['（2021-2025年）', '（2021—2025年）'],
      ['3-5年内完成', '3～5年内完成'],
      ['第2-5条', '第2—5条'],
    ],
  },
  check(ctx) {
    const text = ctx.text;
    const done = new Set<number>();
    // Mainland norm: Taiwan and Hong Kong editors write 5-6天 and 2024-2025年.
    if (isTraditionalDocument(ctx)) return;
    // The full-width hyphen （2006－2020年, 6%－6.5%) is how the national reports are set: a note, not a format change.
    const kindOf = (c: string) => (c === '－' ? { fixKind: 'suggestion' as const, severity: 'info' as const } : {});
    for (const seg of ctx.segments) {
      if ((seg.chars & C_DASH) === 0 || !/[-－–~～]/.test(seg.text)) continue;
      scanSegment(seg, YEAR_RE, (m, at) => {
        const c = m[3];
        if (c === '～') return; // 2021～2025年 is tolerated by 15834 (一般用一字线，有时也可用浪纹线)
        // 2024-07-01 never matches (the second part is 4 digits); 1990-2000 with no 年 needs a bracket or a point after it.
        const i = at + m[1].length + m[2].length + m[0].slice(m[1].length + m[2].length).indexOf(c);
        done.add(i);
        ctx.report({ messageId: 'yearRange', data: { found: c }, start: i, end: i + 1, fix: [edit.replace(i, i + 1, '—')], ...kindOf(c) });
      });
      scanSegment(seg, ORDINAL_RE, (m, at) => {
        const i = at + 1 + m[1].length + m[0].slice(1 + m[1].length).indexOf(m[2]);
        if (done.has(i)) return;
        done.add(i);
        ctx.report({
          messageId: 'ordinalRange',
          data: { found: m[2] },
          start: i,
          end: i + 1,
          fix: [edit.replace(i, i + 1, '—')],
          ...kindOf(m[2]),
        });
      });
      scanSegment(seg, NUM_RE, (m, at) => {
        const i = at + m[1].length + m[0].slice(m[1].length).indexOf(m[2]);
        if (done.has(i) || /^(?:1[6-9]|20)\d\d$/.test(m[1])) return; // 2021-22年: a year, not a quantity
        // Followed by another hyphen or digit group (010-8884-2603, 2024-07-01) → not a range.
        const after = at + m[0].length;
        if (/[-－]/.test(text[after] ?? '')) return;
        if (PHONE_BEFORE_RE.test(text.slice(Math.max(seg.start, at - 16), at + m[1].length))) return;
        done.add(i);
        ctx.report({
          messageId: 'numericRange',
          data: { found: m[2] },
          start: i,
          end: i + 1,
          fix: [edit.replace(i, i + 1, '～')],
          ...kindOf(m[2]),
        });
      });
      scanSegment(seg, TILDE_RE, (m, at) => {
        const i = at;
        if (done.has(i)) return;
        const l = i > seg.start ? codePointAround(text, i - 1) : -1;
        const r = i + 1 < seg.end ? codePointAround(text, i + 1) : -1;
        const ok = (c: number) => isAsciiDigit(c) || isHanCodePoint(c) || c === 0x25 || c === 0xff05;
        if (!ok(l) || !ok(r) || isAsciiLetter(l) || isAsciiLetter(r)) return;
        if (!isHanCodePoint(l) && !isHanCodePoint(r) && !/^[\d.%]*[\u4e00-\u9fff%]/.test(seg.text.slice(m.index + 1))) return;
        ctx.report({ messageId: 'tilde', start: i, end: i + 1, fix: [edit.replace(i, i + 1, '～')] });
      });
    }
  },
};
