import type { Rule, RuleContext } from '../types';
import { edit } from './util';

// Frequent characters that differ between traditional and simplified Chinese (pairwise distinct).
const TRAD = new Set('們個為這與國會說發經過時對來還實際於歲點無開關應該總統電災課區營處業風復損設備體學習興產讓見問題變長東車門間話現員報進義標樣務頭張書從當鄉縣層聽熱歡給號錢雙選邊檢權聯鐵華灣嗎'.split(''));
const SIMP = new Set('们个为这与国会说发经过时对来还实际于岁点无开关应该总统电灾课区营处业风复损设备体学习兴产让见问题变长东车门间话现员报进义标样务头张书从当乡县层听热欢给号钱双选边检权联铁华湾吗'.split(''));

/**
 * True when the document is written in traditional Chinese (shared setting, else a character count).
 * GB/T 15835 number conventions apply to simplified (PRC) documents only.
 */
export function isTraditionalDocument(ctx: RuleContext<object>): boolean {
  const s = ctx.shared.script;
  if (s === 'traditional' || s === 'tw' || s === 'hk') return true;
  if (s === 'simplified') return false;
  return ctx.memo('residue.isTraditional', () => {
    const table = scriptTable();
    const t = ctx.text;
    let trad = 0;
    let simp = 0;
    const n = Math.min(t.length, 8000);
    for (let i = 0; i < n; i++) {
      const v = table[t.charCodeAt(i)];
      if (v === 1) trad++;
      else if (v === 2) simp++;
    }
    return trad >= 5 && trad > simp * 2;
  });
}

let TABLE: Uint8Array | undefined;
/** 1 = traditional-only, 2 = simplified-only, by UTF-16 code unit; built once. */
function scriptTable(): Uint8Array {
  if (!TABLE) {
    TABLE = new Uint8Array(65536);
    for (const c of TRAD) TABLE[c.charCodeAt(0)] = 1;
    for (const c of SIMP) TABLE[c.charCodeAt(0)] = 2;
  }
  return TABLE;
}

/**
 * GB/T 15835—2011 5.3: one number is not written half in Arabic digits and half in Chinese numerals;
 * only 万 and 亿 may follow Arabic digits as units. 4千 → 4000, 3百人 → 300人, 5千万 → 5000万.
 * Not flagged: unit prefixes 千米 千克 千瓦 千伏 千帕 千焦 千卡 千兆 千赫, 百分点 百分比 百分之,
 * 5亿3400万, 1万多, Chinese numerals throughout (四千), traditional-Chinese documents.
 */
const MIXED_RE = /(?<![\d.,，０-９])(\d+(?:\.\d+)?)([千百])(?!米|克|瓦|伏|帕|焦|卡|兆|赫|升|牛|乏|字节|分点|分比|分之|分位|分率|年老店|货|姓|科)/gu;
const NEXT_NUMERAL_RE = /^[\d零〇一二三四五六七八九十百千]/u;
const FACTOR: Readonly<Record<string, number>> = { 千: 1000, 百: 100 };

export const noMixedDigits: Rule = {
  meta: {
    id: 'no-mixed-digits',
    aliases: ['GW-NUM-005'],
    category: 'number',
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    description: {
      zh: '一个数值不能阿拉伯数字与汉字数字混写；只有“万”“亿”可以作单位与阿拉伯数字连用',
      en: 'Do not mix Arabic digits and Chinese numerals in one number; only 万 and 亿 may follow digits',
    },
    messages: {
      mixed: { zh: '“{{found}}”混用阿拉伯数字和汉字数字，应写作“{{expected}}”', en: '"{{found}}" mixes Arabic and Chinese numerals; write "{{expected}}"' },
      mixedNoFix: { zh: '“{{found}}”混用阿拉伯数字和汉字数字，应全部用阿拉伯数字或全部用汉字', en: '"{{found}}" mixes Arabic and Chinese numerals; use one form' },
    },
    defaultOptions: {},
    examples: [['4千人', '4000人'], ['5千万元', '5000万元']],
  },
  check(ctx) {
    if (isTraditionalDocument(ctx)) return;
    const text = ctx.text;
    for (const seg of ctx.segments) {
      MIXED_RE.lastIndex = 0;
      for (let m = MIXED_RE.exec(seg.text); m !== null; m = MIXED_RE.exec(seg.text)) {
        const [found, num, unit] = m;
        const start = seg.start + m.index;
        const end = start + found.length;
        // 1万6千, 1亿3千多万: a compound after 万/亿, common in edited reports — info, no mechanical rewrite.
        if (/[万亿]/u.test(text.charAt(start - 1))) {
          ctx.report({ messageId: 'mixedNoFix', data: { found }, start, end, severity: 'info' });
          continue;
        }
        // 5千多户, 3百余人: an approximate number (better 五千多户) — info.
        const approx = /[多余]/u.test(text.charAt(end));
        // 1百零8, 2千3百: no single mechanical rewrite.
        if (NEXT_NUMERAL_RE.test(text.slice(end, end + 1))) {
          ctx.report({ messageId: 'mixedNoFix', data: { found }, start, end });
          continue;
        }
        const decimals = num.includes('.') ? num.length - num.indexOf('.') - 1 : 0;
        const value = Math.round(Number(num) * FACTOR[unit] * 10 ** decimals) / 10 ** decimals;
        const expected = String(value);
        if (!Number.isFinite(value) || expected.includes('e')) {
          ctx.report({ messageId: 'mixedNoFix', data: { found }, start, end });
          continue;
        }
        ctx.report({ messageId: 'mixed', data: { found, expected }, start, end, fix: [edit.replace(start, end, expected)], ...(approx ? { severity: 'info' as const } : {}) });
      }
    }
  },
};
