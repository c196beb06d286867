import { charClasses } from './chars';
import { detectEol, lineOf, splitLines } from './lines';
import type { DocumentLanguage, DocumentModel, Line, Segment } from './types';

/**
 * The text model: lines, and the prose segments rules look at. Everything that is not prose is
 * masked out once here, so that no rule needs its own skipping logic:
 * URLs, e-mail addresses, file paths and HTML comments in every language; in Markdown also
 * front matter, fenced code blocks, inline code spans and HTML tags.
 */

// Sticky: tried only where a URL may start (maskUrls), not run over the whole text.
const URL_RE = /\b(?:(?:https?|ftp|file):\/\/|www\.)[^\s<>"'\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’]+/iuy;
// The lookbehind anchors a match at the start of a run: without it a long run with no @ is scanned quadratically.
const EMAIL_RE = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
// Windows paths (C:\a\b) and Unix-like paths with at least two ASCII components (/usr/bin, ./a/b, ~/x/y).
const PATH_RE = /(?<![\w.])(?:[A-Za-z]:\\[\w.\\ -]*[\w.]|(?:~|\.{1,2})?\/(?:[\w.-]+\/)+[\w.-]*)/g;
const HTML_COMMENT_RE = /<!--[\s\S]*?(?:-->|$)/g;
const INLINE_CODE_RE = /(`+)(?:[^`\r\n]|[^`\r\n][^\r\n]*?[^`\r\n])\1(?!`)/g;
const HTML_TAG_RE = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g;
const FENCE_RE = /^ {0,3}(`{3,}|~{3,})/;
const TRAILING_URL_PUNCT = /[.,;:!?)\]'"]+$/;
const has =
  (...parts: string[]) =>
  (text: string): boolean =>
    parts.some((p) => text.includes(p));
const WWW_RE = /www\./gi;

function maskRange(mask: Uint8Array, start: number, end: number): void {
  mask.fill(1, start, end);
}

/**
 * Runs `re` over `text` and masks its matches. `needs`: a cheap test that every text with a match passes; when the
 * text fails it the (costly, whole-document) regex is not run at all — most documents have no URL, e-mail or path.
 */
function maskMatches(text: string, re: RegExp, mask: Uint8Array, needs: (text: string) => boolean): void {
  if (!needs(text)) return;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length > 0) maskRange(mask, m.index, m.index + m[0].length);
    else re.lastIndex++;
  }
}

/**
 * The URLs of `text` masked, trailing punctuation left out. URL_RE is tried only where a match may start: "://" is 3 to 5
 * units after a match's start (ftp, http or file, https: one unit per scheme letter, whatever its case) or the match
 * starts with "www." in any case. These are the matches of its global run over the text, as no match starts between two
 * candidates (test/unit/struct-gates.test.ts holds it against that run, which cost ≈ 7 µs per 1 000 characters).
 */
export function maskUrls(text: string, mask: Uint8Array): void {
  // The first "://" and "www." at or after the last `from` (-1: none left).
  let colon = text.indexOf('://');
  WWW_RE.lastIndex = 0;
  let www = WWW_RE.exec(text)?.index ?? -1;
  const next = (from: number): number => {
    if (colon >= 0 && colon < from) colon = text.indexOf('://', from);
    if (www >= 0 && www < from) {
      WWW_RE.lastIndex = from;
      www = WWW_RE.exec(text)?.index ?? -1;
    }
    const a = colon < 0 ? -1 : Math.max(from, colon - 5);
    return a < 0 ? www : www < 0 ? a : Math.min(a, www);
  };
  for (let c = next(0); c >= 0;) {
    URL_RE.lastIndex = c;
    const m = URL_RE.exec(text);
    if (m === null) {
      c = next(c + 1);
      continue;
    }
    let s = m[0];
    const t = TRAILING_URL_PUNCT.exec(s);
    // Keep a closing parenthesis that closes one opened inside the URL (wiki-style links).
    if (t) s = s.slice(0, s.length - t[0].length);
    if (t && t[0].startsWith(')') && s.includes('(')) s += ')';
    if (s.length > 0) maskRange(mask, c, c + s.length);
    c = next(c + m[0].length);
  }
}

/** Markdown: front matter, fenced code blocks (whole lines, also marked in `lineMasked`), inline code, HTML tags. */
function maskMarkdown(text: string, starts: readonly number[], ends: readonly number[], mask: Uint8Array, lineMasked: Uint8Array): void {
  // Front matter: '---' on the first line up to the next '---' or '...'.
  let first = 0;
  if (text.slice(starts[0], ends[0]) === '---') {
    for (let i = 1; i < starts.length; i++) {
      const t = text.slice(starts[i], ends[i]);
      if (t === '---' || t === '...') {
        for (let j = 0; j <= i; j++) lineMasked[j] = 1;
        maskRange(mask, 0, ends[i]);
        first = i + 1;
        break;
      }
    }
  }
  // Fenced code blocks.
  let fence: string | null = null;
  for (let i = first; i < starts.length; i++) {
    const t = text.slice(starts[i], ends[i]);
    const f = FENCE_RE.exec(t);
    if (fence === null && f) {
      fence = f[1];
    } else if (fence !== null && f && f[1][0] === fence[0] && f[1].length >= fence.length && t.trim() === f[1]) {
      lineMasked[i] = 1;
      maskRange(mask, starts[i], ends[i]);
      fence = null;
      continue;
    }
    if (fence !== null) {
      lineMasked[i] = 1;
      maskRange(mask, starts[i], ends[i]);
    }
  }
  maskMatches(text, INLINE_CODE_RE, mask, has('`'));
  maskMatches(text, HTML_TAG_RE, mask, has('<'));
}

/**
 * Masks the URLs, e-mail addresses and file paths of `text`. None of them crosses a line break, and each is found alike
 * at the start of a text and after a line break: the masks of a line depend on its text alone (model-carry.ts masks
 * only the lines an edit changed).
 */
export function maskInline(text: string, mask: Uint8Array): void {
  maskUrls(text, mask);
  maskMatches(text, EMAIL_RE, mask, has('@'));
  maskMatches(text, PATH_RE, mask, has('/', '\\'));
}

/**
 * Pushes line `i` (text[s, e)) and its prose segments, under `mask`. `whole`: the line is masked whole (Markdown code,
 * front matter); `masked`: some unit of it may be masked (false: none is).
 */
export function pushLine(
  text: string,
  mask: Uint8Array,
  i: number,
  s: number,
  e: number,
  whole: boolean,
  masked: boolean,
  lines: Line[],
  segments: Segment[],
): void {
  if (!masked) {
    // No mask on the line: one segment, the line itself (its text shared with the line).
    const t = text.slice(s, e);
    const chars = charClasses(text, s, e);
    if (e > s) segments.push({ start: s, end: e, text: t, line: i, chars });
    lines.push({ index: i, start: s, end: e, text: t, masked: false, chars });
    return;
  }
  let allMasked = whole;
  let lineChars = 0;
  if (!allMasked) {
    let segStart = -1;
    let anyProse = false;
    for (let j = s; j <= e; j++) {
      const m = j === e || mask[j] === 1;
      if (!m && segStart < 0) segStart = j;
      if (m && segStart >= 0) {
        const chars = charClasses(text, segStart, j);
        segments.push({ start: segStart, end: j, text: text.slice(segStart, j), line: i, chars });
        lineChars |= chars;
        segStart = -1;
        anyProse = true;
      }
    }
    allMasked = !anyProse && e > s;
  }
  lines.push({ index: i, start: s, end: e, text: text.slice(s, e), masked: allMasked, chars: lineChars });
}

export function buildModel(text: string, language: DocumentLanguage = 'plaintext'): DocumentModel {
  const { starts, ends } = splitLines(text);
  const mask = new Uint8Array(text.length);
  const lineMasked = new Uint8Array(starts.length);

  if (language === 'markdown') maskMarkdown(text, starts, ends, mask, lineMasked);
  maskMatches(text, HTML_COMMENT_RE, mask, has('<!--'));
  maskInline(text, mask);

  const lines: Line[] = [];
  const segments: Segment[] = [];
  // The first masked code unit at or after the current line (text.length when none): lines before it are prose whole.
  let nextMasked = -1;
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i];
    const e = ends[i];
    let allMasked = lineMasked[i] === 1;
    if (nextMasked < s) {
      nextMasked = mask.indexOf(1, s);
      if (nextMasked === -1) nextMasked = text.length;
    }
    pushLine(text, mask, i, s, e, allMasked, allMasked || nextMasked < e, lines, segments);
  }

  const eol = detectEol(text);
  return {
    text,
    language,
    lines,
    segments,
    eol,
    mask,
    lineAt: (offset: number): number => lineOf(starts, offset),
  };
}
