import {
  C_HALF_PUNCT,
  codePointAround,
  isAsciiDigit,
  isAsciiLetter,
  isChineseContextCode,
  isCjkPunctCode,
  isHanCodePoint,
  nextNonSpace,
  prevNonSpace,
} from '../chars';
import type { Rule, Segment } from '../types';
import { edit, scan, type Needs } from '../rule-kit';
import { afterLineNumeral, inMarker } from '../outline';
import { isNameDot } from '../names';

const FULL: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '.': '。' };
const RUN_RE = /[,;:?!.]+/g;

function isAlnum(c: number): boolean {
  return isAsciiDigit(c) || isAsciiLetter(c);
}

/**
 * The marks a Latin quotation may be in: 「」 『』 “” （） () 《》 〈〉. Each opening mark's code unit is even and its closing
 * mark's the next one: ( ) U+0028/9, “ ” U+201C/D, 〈〉《》「」『』 U+3008–U+300F, （ ） U+FF08/9.
 */
function isQuotationMark(c: number): boolean {
  return c === 0x28 || c === 0x29 || c === 0x201c || c === 0x201d || (c >= 0x3008 && c <= 0x300f) || c === 0xff08 || c === 0xff09;
}

/**
 * True when [start, end) lies inside a quotation or parenthesis of the segment whose content is mainly Latin script
 * (「DJ Drop the beat!」, 「Salikaka a mapolong, nga’ay ho!」, （Let’s go!）): a foreign quotation keeps its own points.
 * `o`: the nearest mark (isQuotationMark) of the segment before `start`, or -1; it must be an opening one, and its
 * closing mark must follow within the segment (before `max`).
 */
function inLatinQuotation(text: string, o: number, end: number, max: number): boolean {
  if (o < 0 || (text.charCodeAt(o) & 1) === 1) return false;
  const c = text.indexOf(String.fromCharCode(text.charCodeAt(o) + 1), end);
  if (c < 0 || c >= max) return false;
  const inner = text.slice(o + 1, c);
  const latin = (inner.match(/[A-Za-zÀ-ɏ]/g) ?? []).length;
  const han = (inner.match(/\p{Script=Han}/gu) ?? []).length;
  return latin >= 4 && latin > 3 * han;
}

/**
 * The nearest quotation mark before an offset, for offsets asked in increasing order within a segment (as a scan visits
 * its matches): each unit of the segment is looked at once, not once per punctuation mark after it.
 */
function lastMarkBefore(text: string): (at: number, seg: Segment) => number {
  let current: Segment | null = null;
  let scanned = 0;
  let mark = -1;
  return (at, seg) => {
    if (seg !== current || at < scanned) {
      current = seg;
      scanned = seg.start;
      mark = -1;
    }
    for (; scanned < at; scanned++) if (isQuotationMark(text.charCodeAt(scanned))) mark = scanned;
    return mark;
  };
}

/**
 * Index of the character just beyond the ASCII word touching `i` in direction `step`
 * (what 什么是AI? sees to the left of "AI"), or -1 when a space or the segment edge comes first.
 */
function beyondWord(text: string, i: number, step: 1 | -1, min: number, max: number): number {
  let j = i;
  while (j >= min && j < max && isAlnum(codePointAround(text, j))) j += step;
  return j >= min && j < max ? j : -1;
}

/** What every match contains (rule-kit Needs). */
const NEEDS: Needs = [C_HALF_PUNCT];

/**
 * GB/T 15834 第 5 章: in Chinese sentences the points , ; : ? ! and a sentence-final . are full-width.
 * Exempt: numbers (1,000 3.14 9:30 1:500 v1.2.3), English runs (Hello, world.), URLs/e-mail/paths and code
 * (masked by the text model), heading markers such as 1. (structure rules own them), runs of dots
 * (the ellipsis rule owns them), a '.' before Latin or digits (附件.docx) and a '.' between the parts of
 * a transliterated name (卡尔.马克思, the interpunct rule's) and quotations or parentheses that are mainly
 * Latin script (「DJ Drop the beat!」), in both scripts.
 */
export const noHalfWidthPunctuation: Rule = {
  meta: {
    id: 'no-half-width-punctuation',
    name: { zh: '半角标点', en: 'Half-width punctuation' },
    aliases: ['GW-PUNCT-001'],
    category: 'punctuation',
    defaultSeverity: 'error',
    scope: 'paragraph',
    fixable: 'safe',
    description: {
      zh: '中文语境中的半角标点 , ; : ? ! . 应改为全角',
      en: 'Half-width , ; : ? ! . inside Chinese text should be full-width',
    },
    messages: {
      halfWidth: {
        zh: '中文语境中的半角“{{found}}”应改为全角“{{expected}}”',
        en: 'Half-width "{{found}}" in Chinese text should be full-width "{{expected}}"',
      },
    },
    defaultOptions: {},
    examples: [
      ['各单位要高度重视,认真落实.', '各单位要高度重视，认真落实。'],
      ['时间:9:30', '时间：9:30'],
      ['什么是AI?', '什么是AI？'],
    ],
  },
  check(ctx) {
    const text = ctx.text;
    const md = ctx.doc.language === 'markdown';
    const markBefore = lastMarkBefore(text);
    scan(ctx, RUN_RE, NEEDS, (m, start, seg) => {
      const run = m[0];
      const end = start + run.length;
      if (run.includes('..')) return; // ... and ...... are the ellipsis rule's
      if (inMarker(ctx, seg.line, start)) return;
      const li = prevNonSpace(text, start, seg.start);
      const ri = nextNonSpace(text, end, seg.end);
      const lc = li >= 0 ? codePointAround(text, li) : -1;
      const rc = ri >= 0 ? codePointAround(text, ri) : -1;
      // Numbers: 1,000  3.14  9:30  1:500 — digits hard against both sides.
      if (run.length === 1 && li === start - 1 && ri === end && isAsciiDigit(lc) && isAsciiDigit(rc)) return;
      if (md && run === '!' && text[end] === '[') return; // ![image](…)
      if (inLatinQuotation(text, markBefore(start, seg), end, seg.end)) return;
      let fixable: boolean;
      if (run.includes('.')) {
        // A full stop only after Chinese, and not before Latin or digits (附件.docx, 第3.2节).
        fixable = (isHanCodePoint(lc) || isCjkPunctCode(lc)) && !(rc >= 0 && isAlnum(rc));
        if (fixable && run === '.' && li === start - 1 && ri === end && isNameDot(text, start, seg.start, seg.end)) fixable = false;
      } else {
        const chineseL = lc >= 0 && isChineseContextCode(lc);
        const chineseR = rc >= 0 && isChineseContextCode(rc);
        fixable = chineseL || chineseR;
        // English on both sides (Hello, world) stays.
        if (isAlnum(lc) && isAlnum(rc)) fixable = false;
        // 什么是AI? / 采用5G: — a Latin word or number glued to Chinese on its far side, nothing on the other.
        if (!fixable && (rc < 0 || !isAlnum(rc)) && li === start - 1 && isAlnum(lc) && !run.includes(':')) {
          const b = beyondWord(text, li, -1, seg.start, seg.end);
          fixable = b >= 0 && isHanCodePoint(codePointAround(text, b));
        }
      }
      if (!fixable) return;
      const expected = [...run].map((c) => FULL[c]).join('');
      ctx.report({
        messageId: 'halfWidth',
        data: { found: run, expected },
        start,
        end,
        fix: [edit.replace(start, end, expected)],
        // 一,二季度: a numeral opening the line that the outline did not take as a heading; the writer may
        // have meant a list separator (一、二季度), so the full-width replacement is only offered.
        ...(afterLineNumeral(ctx, seg.line, start) ? { fixKind: 'suggestion' as const } : {}),
      });
    });
  },
};
