/** The top of a 公文: the 版头 lines, the 标题 and the 主送机关 (recognise.ts assembles). */
import {
  ATTENDANCE_RE,
  CC_RE,
  COPY_NUMBER_RE,
  DATE_LINE_RE,
  DOC_NUMBER_RE,
  FILE_MARK_RE,
  genreOf,
  ISSUE_LINE_RE,
  ISSUE_NUMBER_RE,
  MINUTES_MARK_RE,
  NOTE_LABEL_RE,
  ORDER_MARK_RE,
  ORGAN_RE,
  RULE_RE,
  SALUTATION_RE,
  SECRECY_RE,
  SENTENCE_RE,
  SIGNER_RE,
  URGENCY_RE,
} from './patterns';
import { element, isMarkerLine, nextFilled, splitItems, textOf, type Scan } from './scan';
import type { DocElement, Genre } from './types';

export interface HeadResult {
  readonly elements: DocElement[];
  /** First line after the 版头 (the first line when there is none). */
  readonly next: number;
}

const NAME_SEP = / \t\u3000、，,/;

/** 发文字号 (or 令号) on line `k`, with a 签发人 on the same line. */
function docNumberLine(s: Scan, k: number, out: DocElement[]): boolean {
  const l = s.at(k);
  const m = DOC_NUMBER_RE.exec(l.t) ?? ISSUE_NUMBER_RE.exec(l.t);
  if (!m) return false;
  const rest = l.t.slice(m[0].length);
  const sg = SIGNER_RE.exec(rest);
  if (!/^[ \t\u3000]*$/.test(rest) && !(sg && /^[ \t\u3000]*$/.test(rest.slice(0, sg.index)))) return false;
  const numEnd = l.cs + m[0].length;
  out.push(element(s, 'docNumber', 'head', k, k, sg ? { end: numEnd } : {}));
  if (sg) {
    const ss = numEnd + sg.index;
    const vs = ss + sg[0].length;
    const ve = l.cs + l.t.length;
    out.push(element(s, 'signer', 'head', k, k, { start: ss, valueStart: vs, items: splitItems(s, k, vs, ve, NAME_SEP) }));
  }
  return true;
}

/** Lines k.. (at most 3, consecutive) of organ names followed by a 发文字号 line: a 发文机关标志 without 文件. */
function organMark(s: Scan, k: number): number {
  let j = k;
  while (j < k + 3 && textOf(s, j) !== null && ORGAN_RE.test(s.at(j).t) && !DATE_LINE_RE.test(s.at(j).t) && !/关于/.test(s.at(j).t)) j++;
  if (j === k) return -1;
  const n = nextFilled(s, j);
  if (n < 0 || n > j + 3) return -1;
  const t = textOf(s, n);
  return t !== null && (DOC_NUMBER_RE.test(t) || ISSUE_NUMBER_RE.test(t) || RULE_RE.test(t)) ? j - 1 : -1;
}

/** The 版头: 份号, 密级, 紧急程度, 发文机关标志, 发文字号, 签发人 (and the red rule) from the first line down. */
export function parseHead(s: Scan, first: number): HeadResult {
  const out: DocElement[] = [];
  let k = first;
  let next = first;
  for (; k >= 0 && k < s.length; k = nextFilled(s, k + 1)) {
    const t = textOf(s, k);
    if (t === null) break;
    if (COPY_NUMBER_RE.test(t)) out.push(element(s, 'copyNumber', 'head', k, k));
    else if (SECRECY_RE.test(t)) out.push(element(s, 'secrecy', 'head', k, k));
    else if (URGENCY_RE.test(t)) out.push(element(s, 'urgency', 'head', k, k));
    else if (docNumberLine(s, k, out)) {
      /* pushed */
    } else if (SIGNER_RE.test(t) && SIGNER_RE.exec(t)!.index === 0) {
      const vs = s.at(k).cs + SIGNER_RE.exec(t)![0].length;
      out.push(element(s, 'signer', 'head', k, k, { valueStart: vs, items: splitItems(s, k, vs, s.at(k).cs + t.length, NAME_SEP) }));
    } else if (issueLine(s, t, out)) out.push(element(s, 'issueLine', 'head', k, k));
    else if (RULE_RE.test(t) && out.length > 0) {
      /* the red separator line */
    } else if (FILE_MARK_RE.test(t) || (isMarkWord(t) && markFollowed(s, k))) out.push(element(s, 'issuerMark', 'head', k, k));
    else {
      const e = organMark(s, k);
      if (e < 0) break;
      out.push(element(s, 'issuerMark', 'head', k, e));
      k = e;
    }
    next = k + 1;
  }
  return { elements: out, next: out.length ? next : first };
}

/** 纪要: the 编发机关 + date line right under the 期号 of a 纪要标志. */
function issueLine(s: Scan, t: string, out: readonly DocElement[]): boolean {
  const mark = out.find((e) => e.kind === 'issuerMark');
  return out[out.length - 1]?.kind === 'docNumber' && !!mark && MINUTES_MARK_RE.test(s.at(mark.endLine).t) && ISSUE_LINE_RE.test(t);
}

const isMarkWord = (t: string): boolean => (ORDER_MARK_RE.test(t) || MINUTES_MARK_RE.test(t)) && !/关于/.test(t);

/** A 发文字号 right below the title, as web pages of published documents put it (标题, then 国办发〔2024〕5号). */
export function numberAfterTitle(s: Scan, k: number): DocElement[] {
  const out: DocElement[] = [];
  const t = k >= 0 ? textOf(s, k) : null;
  return t !== null && DOC_NUMBER_RE.test(t) && docNumberLine(s, k, out) ? out : [];
}

/** A 令/纪要 标志 is followed by its 令号 or 期号 (or the red rule). */
function markFollowed(s: Scan, k: number): boolean {
  const n = nextFilled(s, k + 1);
  const t = n >= 0 && n <= k + 3 ? textOf(s, n) : null;
  return t !== null && (ISSUE_NUMBER_RE.test(t) || DOC_NUMBER_RE.test(t) || RULE_RE.test(t));
}

export interface TitleResult {
  readonly element: DocElement | null;
  readonly genre: Genre | null;
  readonly genreWord: string | null;
  readonly next: number;
}

/** A line that may be (part of) a title: short, no sentence punctuation, no label, no date, no heading marker. */
function titleLike(t: string | null): t is string {
  return (
    t !== null &&
    t.length <= 50 &&
    !SENTENCE_RE.test(t.slice(0, -1)) &&
    !/[：:，,]$/.test(t) &&
    !/^(?:——|--|[（(])/.test(t) &&
    !DATE_LINE_RE.test(t) &&
    !RULE_RE.test(t) &&
    !isMarkerLine(t)
  );
}

/** The 标题 at line `k`: one to three consecutive lines, as few as end in a 文种. */
export function parseTitle(s: Scan, k: number, afterHead: boolean): TitleResult {
  const none = { element: null, genre: null, genreWord: null, next: k };
  if (k < 0) return none;
  const lines: number[] = [];
  for (let j = k; j < k + 3 && titleLike(textOf(s, j)); j++) lines.push(j);
  if (!lines.length) return none;
  let joined = '';
  let pick = -1;
  for (let n = 0; n < lines.length; n++) {
    joined += s.at(lines[n]).t;
    if (genreOf(joined).genre) {
      pick = n;
      break;
    }
  }
  if (pick < 0) {
    // No legal 文种: a title still, when it reads as one (关于…, or after a 版头), one line only.
    const g = genreOf(s.at(k).t);
    if (!(/^关于/.test(s.at(k).t) || (afterHead && g.word !== null))) return none;
    pick = 0;
  }
  const last = lines[pick];
  const text = lines
    .slice(0, pick + 1)
    .map((j) => s.at(j).t)
    .join('');
  const g = genreOf(text);
  return { element: element(s, 'title', 'main', k, last), genre: g.genre, genreWord: g.word, next: last + 1 };
}

/** The 主送机关 from line `k`: up to three lines, the last ending with a colon. */
export function parseRecipients(s: Scan, k: number): DocElement | null {
  if (k < 0) return null;
  // The first sentence of the body, not an addressee: 现将有关情况报告如下：
  if (/(?:如下|现将|现就|以来|为了|根据)/.test(s.at(k).t) || /[.．](?![0-9])/.test(s.at(k).t)) return null;
  let total = 0;
  for (let j = k; j < k + 3; j++) {
    const t = textOf(s, j);
    if (t === null || t.length > 80 || SENTENCE_RE.test(t)) return null;
    if (j === k && (SALUTATION_RE.test(t) || ATTENDANCE_RE.test(t) || CC_RE.test(t) || NOTE_LABEL_RE.test(t) || isMarkerLine(t)))
      return null;
    total += t.length;
    const colon = t.search(/[：:]/);
    if (colon >= 0 && colon < t.length - 1) return null; // 时间：… is a field, not an addressee
    if (colon === t.length - 1)
      return total <= 200 && total > 1 ? element(s, 'recipients', 'main', k, j, { valueEnd: s.at(j).cs + colon }) : null;
  }
  return null;
}
