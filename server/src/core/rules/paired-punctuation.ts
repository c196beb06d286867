import {
  C_BRACKET,
  C_CORNER,
  C_FW_PAREN,
  C_PAREN,
  C_QUOTE,
  C_TITLE,
  isAsciiDigit,
  isAsciiLetter,
  isChineseContextCode,
  isSpaceCode,
  nextNonSpace,
  prevNonSpace,
} from '../chars';
import type { RuleContext, Rule } from '../types';
import { inMarker } from '../outline';
import { CLOSE_OF as OPEN, isApostrophe, OPEN_OF as CLOSE, PAIRS } from '../quotes';
import { isBlankText } from '../lines';

/** Classes of the characters of MARK_RE: a line with none has no mark in its prose. */
const PAIRED_MARKS = C_QUOTE | C_FW_PAREN | C_PAREN | C_TITLE | C_BRACKET | C_CORNER;

/**
 * False for a code unit outside the ranges of the paired marks (quotes.ts PAIRS): ( ) U+0028/9, ‘ ’ “ ” U+2018–U+201D,
 * 〈〉《》「」『』【】〔〕 U+3008–U+3015, full-width （ ） ［ ］ U+FF08–U+FF3D. Han text fails it at the first tests.
 */
function mayBeMark(u: number): boolean {
  return u >= 0x3008 ? u <= 0x3015 || (u >= 0xff08 && u <= 0xff3d) : u === 0x28 || u === 0x29 || (u >= 0x2018 && u <= 0x201d);
}

/** The code unit of each paired mark → the code unit of its pair's opening mark (itself for an opening mark). */
const OPENING_UNIT: ReadonlyMap<number, number> = new Map(
  PAIRS.flatMap(([o, c]) => [
    [o.charCodeAt(0), o.charCodeAt(0)],
    [c.charCodeAt(0), o.charCodeAt(0)],
  ]),
);

/** A half-width bracket counts only in Chinese context: a Chinese character or mark on either side (这是测试(test). */
function chineseAround(ctx: RuleContext<object>, i: number): boolean {
  const line = ctx.doc.lines[ctx.doc.lineAt(i)];
  const l = prevNonSpace(ctx.text, i, line.start);
  const r = nextNonSpace(ctx.text, i + 1, line.end);
  return (l >= 0 && isChineseContextCode(ctx.text.charCodeAt(l))) || (r >= 0 && isChineseContextCode(ctx.text.charCodeAt(r)));
}

function firstProse(ctx: RuleContext<object>, li: number): number {
  const line = ctx.doc.lines[li];
  for (let i = line.start; i < line.end; i++) if (!isSpaceCode(ctx.text.charCodeAt(i))) return i;
  return -1;
}

function nextNonEmpty(ctx: RuleContext<object>, li: number): number {
  for (let j = li + 1; j < ctx.doc.lines.length; j++) if (!isBlankText(ctx.doc.lines[j].text)) return j;
  return -1;
}

/**
 * GB/T 15834 4.8/4.9/4.15: paired marks “” ‘’ （） 《》 〈〉 【】 〔〕 ［］ 「」 『』 close within the paragraph;
 * half-width ( ) too when a Chinese character or mark stands next to the unmatched one (这是测试(test).
 * A paragraph is a block of consecutive non-blank lines, so a scraped line break inside a quotation is not
 * reported here. Not errors: a multi-paragraph quotation (each paragraph opens with “, only the last
 * closes — 15834 4.8), a list marker with only a right bracket (1） a）), apostrophes (don’t). Quote marks in
 * even number that merely face the wrong way are quote-direction's.
 */
export const pairedPunctuation: Rule = {
  meta: {
    id: 'paired-punctuation',
    name: { zh: '标号配对', en: 'Paired punctuation' },
    aliases: ['GW-PUNCT-015'],
    category: 'punctuation',
    defaultSeverity: 'warning',
    description: {
      zh: '成对的标号（引号、括号、书名号等）在段内要配对',
      en: 'Paired marks (quotes, brackets, title marks) must be balanced within a paragraph',
    },
    messages: {
      unclosed: { zh: '“{{found}}”在本段内没有对应的“{{expected}}”', en: '"{{found}}" has no matching "{{expected}}" in this paragraph' },
      unopened: { zh: '“{{found}}”前面缺少对应的“{{expected}}”', en: '"{{found}}" has no matching "{{expected}}" before it' },
    },
    defaultOptions: {},
    examples: [
      ['按照《通知要求，', '按照《通知》要求，'],
      ['（试行', '（试行）'],
    ],
  },
  check(ctx) {
    const text = ctx.text;
    const mask = ctx.doc.mask;
    const lines = ctx.doc.lines;
    for (let a = 0; a < lines.length; a++) {
      if (isBlankText(lines[a].text)) continue;
      let b = a;
      let marks = lines[a].chars;
      while (b + 1 < lines.length && !isBlankText(lines[b + 1].text)) marks |= lines[++b].chars;
      if ((marks & PAIRED_MARKS) === 0) {
        a = b; // no mark in the paragraph's prose
        continue;
      }
      const stacks = new Map<number, number[]>();
      const unopened: number[] = [];
      const counts = new Map<number, number>();
      for (let li = a; li <= b; li++) {
        const line = lines[li];
        if (line.masked || (line.chars & PAIRED_MARKS) === 0) continue;
        const lt = line.text;
        for (let rel = 0; rel < lt.length; rel++) {
          const u = lt.charCodeAt(rel);
          if (!mayBeMark(u)) continue;
          // The pair's opening mark (as a code unit: no string per mark) is the key of its count and stack.
          const key = OPENING_UNIT.get(u);
          if (key === undefined) continue;
          const i = line.start + rel;
          if (mask[i] === 1) continue;
          if (isApostrophe(text, i, line.start)) continue; // don’t, ’99
          counts.set(key, (counts.get(key) ?? 0) + 1);
          const st = stacks.get(key) ?? [];
          stacks.set(key, st);
          if (key === u) st.push(i);
          else if (st.length) st.pop();
          else unopened.push(i);
        }
      }
      a = b;
      const leftover = [...stacks.values()].flat();
      if (leftover.length === 0 && unopened.length === 0) continue;
      for (const i of [...leftover, ...unopened].sort((x, y) => x - y)) {
        const ch = text[i];
        const key = OPEN.has(ch) ? ch : CLOSE.get(ch)!;
        // Quotes in even number are balanced in count; their direction is quote-direction's.
        if ((key === '“' || key === '‘') && counts.get(key.charCodeAt(0))! % 2 === 0) continue;
        const li = ctx.doc.lineAt(i);
        if ((ch === '(' || ch === ')') && !chineseAround(ctx, i)) continue;
        if (OPEN.has(ch)) {
          // Multi-paragraph quotation: this paragraph opens with the mark and the next one opens with it too.
          if (i === firstProse(ctx, li)) {
            const n = nextNonEmpty(ctx, li);
            if (n >= 0 && text[firstProse(ctx, n)] === ch) continue;
          }
          ctx.report({ messageId: 'unclosed', data: { found: ch, expected: OPEN.get(ch)! }, start: i, end: i + 1 });
        } else {
          if (inMarker(ctx, li, i)) continue;
          // a） 1） 一） list markers at the start of the line.
          const before = text.slice(lines[li].start, i).trim();
          if (
            before.length <= 2 &&
            [...before].every((c) => isAsciiLetter(c.charCodeAt(0)) || isAsciiDigit(c.charCodeAt(0)) || '一二三四五六七八九十'.includes(c))
          )
            continue;
          ctx.report({ messageId: 'unopened', data: { found: ch, expected: CLOSE.get(ch)! }, start: i, end: i + 1 });
        }
      }
    }
  },
};
