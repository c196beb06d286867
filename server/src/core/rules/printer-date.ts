import { elementLines, elementsOfKind, formalModel, prevNonBlank, trimmedBounds } from '../element-kit';
import { edit } from '../rule-kit';
import type { Line, Rule, RuleContext } from '../types';

const HAN_DIGIT: Readonly<Record<string, string>> = {
  〇: '0',
  零: '0',
  '○': '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};
const HAN_MD = '[一二三四五六七八九十]{1,3}';
/** A date in Chinese numerals: 二〇二四年七月一日. */
const HAN_DATE_RE = new RegExp(`([〇零○一二三四五六七八九]{4})年(${HAN_MD})月(${HAN_MD})日`, 'u');
/** A date with dots, slashes or hyphens: 2024.7.1, 2024/07/01, 2024-7-1. */
const SEP_DATE_RE = /(?<![0-9])((?:19|20)[0-9]{2})([./-])([0-9]{1,2})\2([0-9]{1,2})(?![0-9])/u;
/** An Arabic date as GB/T 9704 writes it (leading zeros are no-date-leading-zero's). */
const DATE_RE = /(?<![0-9])(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日/u;

/** 一…九, 十, 十一…三十一 → '1'…'31'; null when not such a numeral. */
function hanDay(s: string): string | null {
  const m = /^([二三])?(十)?([一二三四五六七八九])?$/u.exec(s);
  if (!m || s === '' || (m[1] && !m[2])) return null;
  const n = (m[2] ? (m[1] ? Number(HAN_DIGIT[m[1]]) : 1) : 0) * 10 + (m[3] ? Number(HAN_DIGIT[m[3]]) : 0);
  return n >= 1 && n <= 31 ? String(n) : null;
}

/**
 * GW-ELEM-010 (GB/T 9704 7.4.3): the 印发 line of the 版记 gives the printing office and the printing date in
 * Arabic numerals, year in full, followed by 印发: 江州市人民政府办公室　　2024年5月21日印发. Checks the line
 * recognised as 印发机关和印发日期 in a 公文: a date in Chinese numerals or with dots/slashes is rewritten
 * (safe: the same date); a date without 印发 gets it as a suggestion (the line was recognised by its place);
 * a line with 印发 but no date is reported. Leading zeros (07月) are no-date-leading-zero's.
 */
export const printerDate: Rule = {
  meta: {
    id: 'printer-date',
    name: { zh: '印发日期', en: 'Printing date' },
    aliases: ['GW-ELEM-010'],
    category: 'element',
    defaultSeverity: 'error',
    fixable: 'safe',
    description: {
      zh: '版记的印发日期用阿拉伯数字标全年月日，后加“印发”',
      en: 'The printing date in the record is written in Arabic numerals in full and followed by 印发',
    },
    messages: {
      hanDate: {
        zh: '印发日期“{{found}}”应使用阿拉伯数字：{{expected}}',
        en: 'Printing date "{{found}}" should use Arabic numerals: {{expected}}',
      },
      sepDate: { zh: '印发日期“{{found}}”应写作“{{expected}}”', en: 'Printing date "{{found}}" should be written "{{expected}}"' },
      missingWord: { zh: '印发日期后应加“印发”二字', en: 'The printing date should be followed by 印发' },
      missingDate: { zh: '印发机关后应标注印发日期（年月日标全）', en: 'The printing office should be followed by the full printing date' },
    },
    defaultOptions: {},
    examples: [
      ['江州市人民政府办公室　　二〇二四年七月一日印发', '江州市人民政府办公室　　2024年7月1日印发'],
      ['江州市人民政府办公室　　2024.7.1印发', '江州市人民政府办公室　　2024年7月1日印发'],
    ],
  },
  check(ctx) {
    const model = formalModel(ctx);
    if (!model) return;
    const printers = elementsOfKind(model, 'printer');
    for (const el of printers) for (const line of elementLines(ctx, el)) checkLine(ctx, line);
    if (printers.length === 0) {
      const last = lastPrinterLike(ctx);
      if (last) checkLine(ctx, last);
    }
  },
};

/** A rule line or a 抄送 line: what stands right above the 印发 line in a 版记. */
const RECORD_ABOVE_RE = /^[\s\u3000]*(?:[—\-_─━=﹣－]{6,}|(?:抄送|主送|分送)[\s\u3000：:])/u;

/**
 * The document's last line when it reads as a 印发 line the recogniser did not take (a defective date keeps it from
 * recognising the 版记): it ends with 印发, or it stands under a rule or 抄送 line and holds an organ and a date.
 */
function lastPrinterLike(ctx: RuleContext<object>): Line | null {
  const last = prevNonBlank(ctx, ctx.doc.lines.length);
  const b = last && trimmedBounds(last);
  if (!last || !b) return null;
  const t = ctx.text.slice(b.start, b.end);
  if (/^[\u4e00-\u9fff（）]{2,40}[\s\u3000]*[0-9〇○零一二三四五六七八九十年月日./-]*印发$/u.test(t)) return last;
  const above = prevNonBlank(ctx, last.index);
  const hasDate = /[0-9〇一二三四五六七八九]{4}(?:年|[./-])/u.test(t);
  return above && RECORD_ABOVE_RE.test(above.text) && hasDate && /^[\u4e00-\u9fff（）]{2,40}[\s\u3000]+/u.test(t) ? last : null;
}

function checkLine(ctx: RuleContext<object>, line: Line): void {
  const b = trimmedBounds(line);
  if (!b) return;
  const text = ctx.text.slice(b.start, b.end);
  let dateEnd = -1;
  const han = HAN_DATE_RE.exec(text);
  const month = han && hanDay(han[2]);
  const day = han && hanDay(han[3]);
  const sep = han ? null : SEP_DATE_RE.exec(text);
  const rewrite = (messageId: string, m: RegExpExecArray, expected: string): number => {
    const start = b.start + m.index;
    const end = start + m[0].length;
    ctx.report({ messageId, data: { found: m[0], expected }, start, end, fix: [edit.replace(start, end, expected)] });
    return end;
  };
  if (han && month && day && Number(month) <= 12) {
    dateEnd = rewrite('hanDate', han, `${[...han[1]].map((c) => HAN_DIGIT[c]).join('')}年${month}月${day}日`);
  } else if (han) {
    dateEnd = b.start + han.index + han[0].length;
  } else if (sep) {
    dateEnd = rewrite('sepDate', sep, `${sep[1]}年${Number(sep[3])}月${Number(sep[4])}日`);
  } else {
    const d = DATE_RE.exec(text);
    if (d) dateEnd = b.start + d.index + d[0].length;
  }
  if (dateEnd < 0) {
    if (text.endsWith('印发')) ctx.report({ messageId: 'missingDate', start: b.end - 2, end: b.end });
    return;
  }
  const after = ctx.text.slice(dateEnd, b.end);
  if (after === '') {
    ctx.report({ messageId: 'missingWord', start: dateEnd - 1, end: dateEnd, fix: [edit.insert(dateEnd, '印发')], fixKind: 'suggestion' });
  }
}
