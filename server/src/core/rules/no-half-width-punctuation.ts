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
import type { Rule } from '../types';
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

const HAN_RE = /\p{Script=Han}/gu;
/** Longer quotations are counted through the segment's prefix counts (see LatinQuotations.counts). */
const DIRECT_COUNT = 512;

function isLatinCode(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f); // [A-Za-zÀ-ɏ]
}

/**
 * Whether a candidate lies inside a quotation or parenthesis of its segment whose content is mainly Latin script
 * (「DJ Drop the beat!」, 「Salikaka a mapolong, nga’ay ho!」, （Let’s go!）): a foreign quotation keeps its own points.
 * The quotation is the last opening mark before the candidate with no mark of either kind between them, closed by its
 * partner after the candidate within the segment; mainly Latin = at least 4 Latin letters and more than 3 per Han
 * character. Candidates are asked in text order, so one check costs linear time: the marks are read forward once, the
 * answer is kept per opening mark, the next closing mark of each kind is kept, and a long quotation's letters are
 * counted from the segment's prefix counts (a line of 16 000 characters of 中, took 4 s when each candidate read back
 * to the segment start and on to the closing mark).
 */
class LatinQuotations {
  private segStart = -1;
  private scanned = 0;
  /** The last opening or closing mark in [segStart, scanned), or -1. */
  private mark = -1;
  private opener = -1;
  private answer = false;
  /** Per closing mark (code unit): [from, at] = its first occurrence at or after `from` (-1: none). */
  private readonly nextClose = new Map<number, [number, number]>();
  private prefixStart = -1;
  private latinPrefix = new Int32Array(0);
  private hanPrefix = new Int32Array(0);

  constructor(private readonly text: string) {}

  test(start: number, end: number, segStart: number, segEnd: number): boolean {
    const text = this.text;
    if (segStart !== this.segStart || start < this.scanned) {
      this.segStart = segStart;
      this.scanned = segStart;
      this.mark = -1;
      this.opener = -1;
    }
    for (let i = this.scanned; i < start; i++) if (isQuotationMark(text.charCodeAt(i))) this.mark = i;
    this.scanned = start;
    const o = this.mark;
    if (o < 0 || (text.charCodeAt(o) & 1) === 1) return false;
    if (o === this.opener) return this.answer; // the same quotation: its closing mark is the same (none lies between)
    const c = this.closeAt(text.charCodeAt(o) + 1, end);
    let answer = false;
    if (c >= 0 && c < segEnd) {
      const [latin, han] = this.counts(o + 1, c, segStart, segEnd);
      answer = latin >= 4 && latin > 3 * han;
    }
    this.opener = o;
    this.answer = answer;
    return answer;
  }

  private closeAt(close: number, from: number): number {
    const known = this.nextClose.get(close);
    if (known && from >= known[0] && (known[1] < 0 || known[1] >= from)) return known[1];
    const at = this.text.indexOf(String.fromCharCode(close), from);
    this.nextClose.set(close, [from, at]);
    return at;
  }

  /** Latin letters (code units) and Han characters (code points) in [from, to). */
  private counts(from: number, to: number, segStart: number, segEnd: number): [number, number] {
    const text = this.text;
    if (to - from <= DIRECT_COUNT) {
      let latin = 0;
      for (let i = from; i < to; i++) if (isLatinCode(text.charCodeAt(i))) latin++;
      return [latin, (text.slice(from, to).match(HAN_RE) ?? []).length];
    }
    if (this.prefixStart !== segStart) this.buildPrefix(segStart, segEnd);
    const a = from - segStart;
    const b = to - segStart;
    return [this.latinPrefix[b] - this.latinPrefix[a], this.hanPrefix[b] - this.hanPrefix[a]];
  }

  private buildPrefix(segStart: number, segEnd: number): void {
    const text = this.text;
    const n = segEnd - segStart;
    const latin = new Int32Array(n + 1);
    const han = new Int32Array(n + 1);
    const marks = new Uint8Array(n);
    HAN_RE.lastIndex = 0;
    const seg = text.slice(segStart, segEnd);
    for (let m = HAN_RE.exec(seg); m !== null; m = HAN_RE.exec(seg)) marks[m.index] = 1;
    for (let i = 0; i < n; i++) {
      latin[i + 1] = latin[i] + (isLatinCode(text.charCodeAt(segStart + i)) ? 1 : 0);
      han[i + 1] = han[i] + marks[i];
    }
    this.prefixStart = segStart;
    this.latinPrefix = latin;
    this.hanPrefix = han;
  }
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
    const latinQuotations = new LatinQuotations(text);
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
      if (!fixable || latinQuotations.test(start, end, seg.start, seg.end)) return;
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
