import { scanSegment } from '../rule-kit';
import { C_LATIN_X, C_ODD, codePointAround, isCjkPunctCode, isHanCodePoint } from '../chars';
import type { Rule } from '../types';

/**
 * Garbled text (乱码) from a wrong decoding: U+FFFD, the classic 锟斤拷 / 烫烫烫 / 屯屯屯 sequences, and
 * characters of unexpected scripts squeezed between Han characters — a lone bopomofo letter
 * (。ㄎ澹), box-drawing pieces (撸┱匍), small-form variants (澹﹨^) or Latin-1 letters (。ò耍).
 * Not flagged: real zhuyin (runs such as ㄅㄆㄇ, or with tone marks ˊˇˋ˙), box drawing in tables
 * (├── next to other box pieces or spaces), pinyin with tone marks among Latin letters.
 */

const FIXED_RE = /\ufffd+|(?:锟斤拷)+|烫{3,}|屯{3,}|(?:鐑){3,}/gu;

function isBopomofo(c: number): boolean {
  return (c >= 0x3105 && c <= 0x312f) || (c >= 0x31a0 && c <= 0x31bf);
}
function isBox(c: number): boolean {
  return c >= 0x2500 && c <= 0x257f;
}
function isSmallForm(c: number): boolean {
  return c >= 0xfe50 && c <= 0xfe6f;
}
function isLatin1Letter(c: number): boolean {
  return c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7;
}
function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
const TONE_MARKS = new Set([0x02ca, 0x02c7, 0x02cb, 0x02d9]);

function isOdd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const p = codePointAround(text, i - 1);
  const n = codePointAround(text, i + 1);
  const hanP = isHanCodePoint(p);
  const hanN = isHanCodePoint(n);
  if (isBopomofo(c)) {
    // Zhuyin is written in runs or with tone marks; a single letter between Han/punctuation is noise.
    if (isBopomofo(p) || isBopomofo(n) || TONE_MARKS.has(n)) return false;
    return (hanP || isCjkPunctCode(p)) && (hanN || isCjkPunctCode(n));
  }
  // ─ ━ used as a dash (交通工具─腳踏車) is a dash problem, not garbling.
  if (c === 0x2500 || c === 0x2501) return false;
  if (isBox(c)) return (hanP && !isBox(n)) || (hanN && !isBox(p));
  if (isSmallForm(c)) return hanP || hanN;
  if (isLatin1Letter(c)) return (hanP || hanN) && !isAsciiLetter(p) && !isAsciiLetter(n) && !isLatin1Letter(p) && !isLatin1Letter(n);
  return false;
}

function mayBeOdd(c: number): boolean {
  return isBopomofo(c) || isBox(c) || isSmallForm(c) || isLatin1Letter(c);
}

export const noMojibake: Rule = {
  meta: {
    id: 'no-mojibake',
    name: { zh: '乱码', en: 'Mojibake' },
    category: 'residue',
    defaultSeverity: 'warning',
    scope: 'paragraph',
    fixable: 'suggestion',
    description: {
      zh: '乱码：替换字符 �、“锟斤拷”“烫烫烫”，或夹在汉字中的注音符号、制表符、西文字母',
      en: 'Garbled text: U+FFFD, 锟斤拷/烫烫烫, or bopomofo, box-drawing and Latin-1 letters stuck between Han characters',
    },
    messages: {
      garbled: {
        zh: '乱码“{{found}}”：文字编码转换出错，请核对原文',
        en: 'Garbled text "{{found}}": an encoding error; check against the original',
      },
      bopomofoYi: {
        zh: '“ㄧ”是注音符号，不是汉字“一”，应改为“一”',
        en: '"ㄧ" is the bopomofo letter, not the Han character 一; replace it with 一',
      },
      oddScript: {
        zh: '汉字中夹有异常字符“{{found}}”（{{script}}），疑为乱码，请核对原文',
        en: 'Unexpected character "{{found}}" ({{scriptEn}}) among Han characters: probably garbled text',
      },
    },
    defaultOptions: {},
    examples: [
      ['「韌性」ㄧ直是重點', '「韌性」一直是重點'],
      ['。ㄎ澹﹨^科技局將借鑒', '（五）區科技局將借鑒'],
    ],
  },
  check(ctx) {
    const text = ctx.text;
    for (const seg of ctx.segments) {
      // Every sign of garbling below is a C_ODD character or a Latin letter beyond ASCII.
      if ((seg.chars & (C_ODD | C_LATIN_X)) === 0) continue;
      scanSegment(seg, FIXED_RE, (m, start) => {
        ctx.report({ messageId: 'garbled', data: { found: m[0] }, start, end: start + m[0].length });
      });
      // Clusters of odd characters: report once per cluster (characters at most 2 apart).
      let cs = -1;
      let ce = -1;
      const flush = () => {
        if (cs < 0) return;
        const found = text.slice(cs, ce);
        if (found === 'ㄧ') {
          ctx.report({ messageId: 'bopomofoYi', start: cs, end: ce, fix: [{ start: cs, end: ce, newText: '一' }] });
          cs = ce = -1;
          return;
        }
        const c = found.charCodeAt(0);
        const [script, scriptEn] = isBopomofo(c)
          ? ['注音符号', 'bopomofo']
          : isBox(c)
            ? ['制表符', 'box drawing']
            : isSmallForm(c)
              ? ['小型变体符号', 'small form variant']
              : ['拉丁字母', 'Latin letter'];
        ctx.report({ messageId: 'oddScript', data: { found, script, scriptEn }, start: cs, end: ce });
        cs = ce = -1;
      };
      for (let i = seg.start; i < seg.end; i++) {
        const c = text.charCodeAt(i);
        if (!mayBeOdd(c) || !isOdd(text, i)) continue;
        if (cs >= 0 && i - ce <= 2) ce = i + 1;
        else {
          flush();
          cs = i;
          ce = i + 1;
        }
      }
      flush();
    }
  },
};
