import { C_SPACE, codePointAround, countHan, HAN_RE_SOURCE, isAsciiDigit, isHanCodePoint } from '../chars';
import type { Rule } from '../types';
import { edit, leadingSpaces, scanSegmentFrom } from '../rule-kit';
import { headlineSeparator } from '../headline';
import { surnameAt, titleEndsAt } from '../person-names';
import { isTraditionalDocument } from '../script/decision';
import { NAMED_ORGAN_SRC } from '../elements/patterns';

const H = HAN_RE_SOURCE;
const SP = '[ \\t\\u3000]';
// Spaces (half-width, U+3000, tab, NBSP) between two Han characters: the runs with Han right before and after
// them in the segment (betweenHan, astral Han such as 𠮷 included), as (?<=Han)[ \t\u3000\u00a0]+(?=Han) would find
// them — a lookbehind first would be tried at every position of the segment.
const SPACE_RUN = /[ \t\u3000\u00a0]+/g;
// 法规体 “第一条 为了……”, “第一章 总则”: the space after the ordinal is right (GB/T 15834 附录 B.3.6).
const LEGAL_ORDINAL_BEFORE = /第[一二三四五六七八九十百千零〇两兩\d]+[编編章节節条條款项項目课課篇部卷回]$/u;
// 法规体 chapter and section titles with a letter-spaced name: 第一章　总　　则, 第三章　附　　则.
const LEGAL_SPACED_TITLE = new RegExp(
  `^${SP}*(?:#{1,6} +)?第[一二三四五六七八九十百千零〇两兩\\d]+[编編章节節]${SP}+${H}(?:${SP}+${H}){1,3}${SP}*$`,
  'u',
);
// A letter-spaced short title or label: 通　知 / 附　件 / 目　录 (every gap spaced, at most 4 Han).
const SPACED_TITLE = new RegExp(`^${SP}*${H}(?:${SP}+${H}){1,3}${SP}*$`, 'u');
// 签发人 on its own line, or after the 发文字号 on the same line (上行文: 江政〔2026〕12号　　签发人：王明远).
const SIGNER_LINE = /^[ \t\u3000]*(?:[^\s〔]{1,20}〔\d{4}〕\d{1,5}号[ \t\u3000]+)?(?:签发人|簽發人)/u;
// A letter-spaced label at the start of a line, then its colon (檔　　號：, 附　件：, 主　送：).
const SPACED_LABEL = new RegExp(`^${SP}*${H}(?:${SP}+${H}){1,3}${SP}*[：:]`, 'u');
// A signature: a short title, then a letter-spaced name (總統 賴　清　德).
const SIGNATURE = new RegExp(`^${SP}*${H}{1,5}${SP}+${H}(?:[ \\t\\u3000]${H}){1,3}${SP}*$`, 'u');
// 函 layout: the issuing authority's header (臺北市政府教育局　函, 某某市人民政府办公室　函).
const LETTER_HEADER = new RegExp(`^${SP}*${H}{2,30}${SP}+函${SP}*$`, 'u');
// A signature: a title, then a name (局長　王大明, 局长　王大明).
const TITLE_AND_NAME = new RegExp(`^${SP}*(${H}{2,16})${SP}+(${H}(?:${H}|[○〇×Ｘ]){1,3})${SP}*$`, 'u');
// A joint signature (联合行文): two or more organ names of 4 or more characters side by side on one line
// (青山市人民政府办公室　　　　青山市水利局).
const ORGAN_NAME = `(?=[^ \\t\\u3000]{4})${NAMED_ORGAN_SRC}`;
const JOINT_SIGNATURE = new RegExp(`^${SP}*${ORGAN_NAME}(?:${SP}+${ORGAN_NAME})+${SP}*$`, 'u');
// 版记 and distribution lines aligned with spaces: 抄送：…　…, 主送：…, 某某办公厅　　2024年1月5日印发.
const DISTRIBUTION_LINE = /^[ \t\u3000]*(?:抄送|抄報|抄报|主送|副本|正本|印发|印發|分送)|印发[ \t\u3000]*$|印發[ \t\u3000]*$/u;
// Sentence punctuation: a line (or a quotation) without it may be a headline or a slogan.
const SENTENCE_PUNCT = /[，。；！？,;!?]/;
// Taiwan 挪抬: a space of respect before the head of state or the Holy See (如同　聖座, 包括　總統府…).
const HONORIFIC_AFTER = /^(?:總統|副總統|國父|聖座|教宗|元首|鈞|貴|台端|臺端|查照|鑒核|鑒察|核示|察照|核備|備查)/u;
// A clause next to the gap: at least 3 Han (or quotation marks, 书名号, Latin) right against it.
const CLAUSE_BEFORE = new RegExp(`(?:${H}|[「」“”《》：:、\\w]){3,}$`, 'u');
const CLAUSE_AFTER = new RegExp(`^(?:${H}|[「」“”《》：:、\\w]){3,}`, 'u');
// …and before the name of the one honoured (教宗　良十四世).
/** Titles a 挪抬 space follows (教宗　方濟各), read right before the gap. */
const HONORED = ['教宗', '聖座', '國父'];
const LIST_SEPARATOR = /[、，：:；（）()]/;

/** True when text[s, e) has a Han character (any plane) right before and right after it, inside `text`. */
function betweenHan(text: string, s: number, e: number): boolean {
  return isHanCodePoint(codePointAround(text, s - 1)) && isHanCodePoint(text.codePointAt(e) ?? -1);
}

function honoredBefore(line: string, at: number): boolean {
  return HONORED.some((w) => at >= w.length && line.startsWith(w, at - w.length));
}

/** Lines whose spaces are layout: signer and signature lines, letter-spaced titles, 函 headers, 版记, name lists. */
function exemptLine(lt: string): boolean {
  return (
    SIGNER_LINE.test(lt) ||
    SPACED_TITLE.test(lt) ||
    LEGAL_SPACED_TITLE.test(lt) ||
    SIGNATURE.test(lt) ||
    LETTER_HEADER.test(lt) ||
    DISTRIBUTION_LINE.test(lt) ||
    titleAndName(lt) ||
    nameList(lt) ||
    JOINT_SIGNATURE.test(lt)
  );
}

function isBoundary(ch: string | undefined): boolean {
  return ch === undefined || ch === ' ' || ch === '\t' || ch === '\u3000' || LIST_SEPARATOR.test(ch);
}

/** A signature line: a title, then a name (局長　王大明). */
function titleAndName(line: string): boolean {
  const m = TITLE_AND_NAME.exec(line);
  return m !== null && titleEndsAt(m[1], m[1].length, 0) && surnameAt(m[2], 0) > 0;
}

/**
 * A list of names aligned in columns (出席：王大明　李　强　张小红): after an optional label, tokens of 1–4 Han
 * separated by spaces, at least three tokens, most of them opening with a surname.
 */
function nameList(line: string): boolean {
  const body = line.replace(/^[ \t\u3000]*[^ \t\u3000：:]{1,8}[：:]/u, '');
  const tokens = body.split(/[ \t\u3000]+/).filter((t) => t.length > 0);
  if (tokens.length < 3 || tokens.some((t) => t.length > 4 || countHan(t) !== t.length)) return false;
  return tokens.filter((t) => surnameAt(t, 0) > 0).length * 2 >= tokens.length;
}

/** A two-character name padded to three (王　明): a surname, one U+3000, one character, boundaries around. */
function paddedName(line: string, rs: number, re: number): boolean {
  return re - rs === 1 && line[rs] === '\u3000' && surnameAt(line, rs - 1) === 1 && isBoundary(line[rs - 2]) && isBoundary(line[re + 1]);
}

/** What clauseGap reads of the whole line: computed once per line, not once per gap (a line of gaps stays linear). */
interface GapFacts {
  /** The line has sentence punctuation outside quotations and book titles (a thousands comma 1,000 is none). */
  readonly sentencePunct: boolean;
  readonly trimmedLength: number;
}

const QUOTE_CLOSE = new Map([
  ['「', '」'],
  ['“', '”'],
  ['《', '》'],
]);
const SENTENCE_PUNCT_CHARS = new Set('，。；！？,;!?');

/**
 * One pass over the line, skipping each quotation or book title to its first closing mark (an opening mark without one
 * is an ordinary character); a comma between digits is no punctuation. (A regex of the form 「[^」]*」 reads to the
 * line end from every unclosed mark: a line of them took seconds.)
 */
function gapFacts(line: string): GapFacts {
  const next = new Map<string, number>(); // closing mark → its first index at or after the last search (-1: none)
  let sentencePunct = false;
  for (let i = 0; i < line.length && !sentencePunct; i++) {
    const ch = line[i];
    const close = QUOTE_CLOSE.get(ch);
    if (close !== undefined) {
      let k = next.get(close);
      if (k === undefined || (k >= 0 && k <= i)) next.set(close, (k = line.indexOf(close, i + 1)));
      if (k >= 0) {
        i = k;
        continue;
      }
    }
    if (SENTENCE_PUNCT_CHARS.has(ch) && !(ch === ',' && isAsciiDigit(line.charCodeAt(i - 1)) && isAsciiDigit(line.charCodeAt(i + 1))))
      sentencePunct = true;
  }
  return { sentencePunct, trimmedLength: line.trim().length };
}

/** The last index in [from, at] of a character of `chars` (at most at), or -1. */
function lastOf(line: string, chars: string, at: number, from: number): number {
  for (let i = Math.min(at, line.length - 1); i >= from; i--) if (chars.includes(line[i])) return i;
  return -1;
}

/** The first index in [at, to) of `ch`, or -1. */
function firstOf(line: string, ch: string, at: number, to: number): number {
  for (let i = at; i < to; i++) if (line[i] === ch) return i;
  return -1;
}

/** Longest quoted slogan clauseGap takes: the quotation's text, between its marks. */
const SLOGAN_MAX = 40;

/**
 * A gap between clauses of a headline or a slogan, wider than headlineSeparator's single space (總統看展   並期勉…)
 * or inside a quoted slogan of a long paragraph (以「韌性台灣 民主永續」為主題): the scope (the line, or the quotation
 * when the line has sentence punctuation) has no sentence punctuation, and each side has a clause of 3 or more characters against the gap.
 * The quotation's marks are looked for within SLOGAN_MAX of the gap only: a farther one makes the scope too long anyway.
 */
function clauseGap(line: string, facts: GapFacts, rs: number, re: number): boolean {
  let scope = line;
  let s = rs;
  let e = re;
  if (facts.sentencePunct) {
    const from = Math.max(0, s - SLOGAN_MAX - 1);
    const o = lastOf(line, '「“', s, from);
    if (o < 0 || /[」”]/.test(line.slice(o, s))) return false;
    const to = Math.min(line.length, o + 2 + SLOGAN_MAX);
    const closes = [firstOf(line, '」', e, to), firstOf(line, '”', e, to)].filter((c) => c >= 0);
    if (closes.length === 0) return false;
    scope = line.slice(o + 1, Math.min(...closes));
    s -= o + 1;
    e -= o + 1;
    if (SENTENCE_PUNCT.test(scope) || scope.length > SLOGAN_MAX) return false;
  } else if (facts.trimmedLength > 100) return false;
  const before = scope
    .slice(0, s)
    .split(/[ \u3000\t]/)
    .pop()!;
  const after = scope.slice(e).split(/[ \u3000\t]/)[0];
  return CLAUSE_BEFORE.test(before) && CLAUSE_AFTER.test(after) && countHan(before) >= 2 && countHan(after) >= 2;
}

/**
 * GB/T 15834 第 5 章 and 公文 practice: no spaces between Han characters (scraped text often has them: 盲 目求纯).
 * Exempt: leading indentation, 法规体 “第一条 ”, letter-spaced labels (通　知), signer lines (签发人：赵×× 李××),
 * signatures (總統 賴　清　德, 局長　王大明), joint signatures (…办公室　　　　…水利局), 法规体 第一章　总　　则, the 函 header (臺北市政府教育局　函), 版记 lines (抄送, 印发), lists of
 * names aligned in columns and names padded to three characters (王　明), the space separating the clauses of a
 * headline or a quoted slogan (「韌性台灣 民主永續」), letter-spaced labels before a colon (檔　　號：), and in
 * traditional documents the Taiwan 挪抬 before 總統/聖座/鈞/貴/查照/鑒核. In a traditional document every remaining
 * finding is a suggestion: its layout uses spaces this rule cannot all know.
 * In a headline, a wider gap between clauses of a simplified document is reported with a suggestion only.
 */
export const noSpaceBetweenHan: Rule = {
  meta: {
    id: 'no-space-between-han',
    name: { zh: '汉字间空格', en: 'Space between Han' },
    aliases: ['GW-PUNCT-022'],
    category: 'punctuation',
    defaultSeverity: 'warning',
    scope: 'paragraph',
    fixable: 'safe',
    description: {
      zh: '汉字之间不加空格（段首缩进、法规体“第一条 ”、标题分句除外）',
      en: 'No spaces between Han characters (indentation, 第一条 and headline clauses excepted)',
    },
    messages: {
      unexpectedSpace: { zh: '汉字“{{left}}”和“{{right}}”之间不应有空格', en: 'Unexpected space between "{{left}}" and "{{right}}"' },
    },
    defaultOptions: {},
    examples: [
      ['加强 领导', '加强领导'],
      ['落实　　工作', '落实工作'],
    ],
  },
  check(ctx) {
    const text = ctx.text;
    // The line's exemptions and facts, read once per line when one of its segments has a gap at all (most have none).
    let factsLine = -1;
    let exempt: boolean | undefined;
    let facts: GapFacts | undefined;
    let label: RegExpExecArray | null = null;
    for (const seg of ctx.segments) {
      if ((seg.chars & C_SPACE) === 0) continue;
      const line = ctx.doc.lines[seg.line];
      const lt = line.text;
      if (factsLine !== seg.line) {
        factsLine = seg.line;
        exempt = undefined;
        facts = undefined;
        label = null;
      }
      // A run at the segment's start (indentation) is never reported: the scan starts after it.
      scanSegmentFrom(seg, SPACE_RUN, leadingSpaces(seg), (m, start) => {
        if (!betweenHan(seg.text, m.index, m.index + m[0].length)) return;
        if (exempt === undefined) {
          exempt = exemptLine(lt);
          if (!exempt) label = SPACED_LABEL.exec(lt);
        }
        if (exempt) return;
        if (LEGAL_ORDINAL_BEFORE.test(seg.text.slice(Math.max(0, m.index - 12), m.index))) return;
        const end = start + m[0].length;
        const rs = start - line.start;
        const re = end - line.start;
        if (label && re <= label[0].length) return;
        if (headlineSeparator(lt, rs, re) || paddedName(lt, rs, re)) return;
        const traditional = isTraditionalDocument(ctx);
        if (traditional && (HONORIFIC_AFTER.test(lt.slice(re)) || honoredBefore(lt, rs))) return;
        const clause = clauseGap(lt, (facts ??= gapFacts(lt)), rs, re);
        if (clause && (traditional || re - rs === 1)) return;
        const left = String.fromCodePoint(text.codePointAt(start - 1 - (start >= 2 && /[\udc00-\udfff]/.test(text[start - 1]) ? 1 : 0))!);
        const right = String.fromCodePoint(text.codePointAt(end)!);
        ctx.report({
          messageId: 'unexpectedSpace',
          data: { left, right },
          start,
          end,
          fix: [edit.remove(start, end)],
          // Taiwan and Hong Kong layout spaces more than this rule can know (挪抬, 函 fields): never a format change there.
          ...(clause || traditional ? { fixKind: 'suggestion' as const } : {}),
        });
      });
    }
  },
};
