import { scanSegment } from '../rule-kit';
import type { Rule } from '../types';

/**
 * GW-ELEM-001 (GB/T 9704 7.2.5): 发文字号 = 机关代字 + 〔年份〕 + 序号 + 号. The year goes in hexagonal
 * brackets 〔〕 (U+3014/3015) — not [] 【】 () （） ［］ or the look-alike ﹝﹞ —, no 第 before the serial
 * number and no leading zero: 国办发[2024]第05号 → 国办发〔2024〕5号. Only a bracketed 4-digit year
 * directly after a Han 机关代字 and directly followed by “序号+号” counts, so court case numbers such as
 * （2024）京01民初5号 and years in parentheses stay. A two-digit year (京政发（23）5号) is written in full; its
 * century is a guess, so that fix is a suggestion.
 */
const DOCNO_RE =
  /(?<=[\u4e00-\u9fff])([[【(（［﹝〔])([ \u3000]?)((?:19|20)\d{2})([ \u3000]?)([\]】)）］﹞〕])([ \u3000]?)(第?)([ \u3000]?)(\d{1,5})(?=号)/gu;

/** A two-digit year in any bracket, directly after the 机关代字 and before 序号+号: 京政发（23）5号. */
const SHORT_YEAR_RE = /(?<=[\u4e00-\u9fff])[[【(（［﹝〔]([0-9]{2})[\]】)）］﹞〕]第?([0-9]{1,5})(?=号)/gu;

export const docNumberFormat: Rule = {
  meta: {
    id: 'doc-number-format',
    name: { zh: '发文字号', en: 'Document number' },
    aliases: ['GW-ELEM-001'],
    category: 'number',
    defaultSeverity: 'error',
    scope: 'paragraph',
    fixable: 'safe',
    description: {
      zh: '发文字号的年份用六角括号〔〕，序号不加“第”、不编虚位：国办发〔2024〕5号',
      en: 'Document numbers: year in 〔〕, no 第 and no leading zero before the serial number: 国办发〔2024〕5号',
    },
    messages: {
      docNumber: {
        zh: '发文字号“{{found}}”应写作“{{expected}}”（{{reason}}）',
        en: 'Document number "{{found}}" should be "{{expected}}" ({{reasonEn}})',
      },
      shortYear: {
        zh: '发文字号的年份应标全称：“{{found}}”应写作“{{expected}}”',
        en: 'The year of a document number is written in full: "{{found}}" should be "{{expected}}"',
      },
    },
    defaultOptions: {},
    examples: [
      ['国办发[2024]5号', '国办发〔2024〕5号'],
      ['京政发（2023）第05号', '京政发〔2023〕5号'],
      ['京政发（23）5号', '京政发〔2023〕5号'],
    ],
  },
  check(ctx) {
    // Both patterns end before 号: only the segments holding one are scanned (a native search, then the regexes).
    const withHao = ctx.segments.filter((seg) => seg.text.includes('号'));
    if (withHao.length === 0) return;
    for (const seg of withHao)
      scanSegment(seg, DOCNO_RE, (m, start) => {
        const [found, open, s1, year, s2, close, s3, di, s4, serial] = m;
        const reasons: string[] = [];
        const reasonsEn: string[] = [];
        if (open !== '〔' || close !== '〕') {
          reasons.push(`年份应使用六角括号〔〕，不用“${open}${close}”`);
          reasonsEn.push(`use 〔〕 around the year, not "${open}${close}"`);
        }
        if (di) {
          reasons.push('序号前不加“第”');
          reasonsEn.push('no 第 before the serial number');
        }
        if (serial.length > 1 && serial[0] === '0') {
          reasons.push('序号不编虚位');
          reasonsEn.push('no leading zero in the serial number');
        }
        if (s1 || s2 || s3 || s4) {
          reasons.push('不加空格');
          reasonsEn.push('no spaces');
        }
        if (reasons.length === 0) return;
        const end = start + found.length + 1;
        const expected = `〔${year}〕${String(Number(serial))}号`;
        ctx.report({
          messageId: 'docNumber',
          data: { found: ctx.text.slice(start, end), expected, reason: reasons.join('；'), reasonEn: reasonsEn.join('; ') },
          start,
          end,
          fix: [{ start, end, newText: expected }],
        });
      });
    // The century is a guess (24 → 2024, 98 → 1998): a suggestion, never applied automatically.
    for (const seg of withHao)
      scanSegment(seg, SHORT_YEAR_RE, (m, start) => {
        const [found, yy, serial] = m;
        const expected = `〔${Number(yy) > 50 ? '19' : '20'}${yy}〕${String(Number(serial))}号`;
        const end = start + found.length + 1;
        ctx.report({
          messageId: 'shortYear',
          data: { found: ctx.text.slice(start, end), expected },
          start,
          end,
          fix: [{ start, end, newText: expected }],
          fixKind: 'suggestion',
        });
      });
  },
};
