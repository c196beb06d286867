/**
 * The mechanics under the script analysis (analyze.ts): a prose piece as code points (pinyin annotations dropped), its
 * longest-match walk through an OpenCC phrase table, and the grouping of flagged characters into runs (one finding each).
 */
import type { PhraseTable } from './phrases';

/** Pinyin or other Latin annotations in brackets between Han characters: 關(guān)于. */
const ANNOTATION_RE = /[(（][A-Za-zÀ-ɏḀ-ỿ]+(?:[ '’-][A-Za-zÀ-ɏḀ-ỿ]+)*[)）]/g;
/** Two flagged characters further apart than this (UTF-16 units, a CRLF counting as one) are separate findings. */
const MAX_GAP = 24;

/** Number of CRLF pairs in text[from, to): the gap is measured as if every line break were one unit. Scans only [from, to). */
function crlfIn(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i + 1 < to; i++)
    if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) {
      n++;
      i++;
    }
  return n;
}

/** True when the gap text[from, to) is at most MAX_GAP units long, a CRLF counting as one. */
function shortGap(text: string, from: number, to: number): boolean {
  const len = to - from;
  // Each CRLF shortens the gap by one and takes two units: past 2 × MAX_GAP + 1 units no count of them helps.
  return len <= MAX_GAP || (len <= 2 * MAX_GAP + 1 && len - crlfIn(text, from, to) <= MAX_GAP);
}

export interface Piece {
  readonly start: number;
  readonly end: number;
}

/** A piece as code points, with pinyin annotations dropped so that phrases match across them. */
export interface Skeleton {
  readonly cps: number[];
  /** Absolute offset of each code point. */
  readonly offs: number[];
}

export function skeleton(text: string, p: Piece): Skeleton {
  const cps: number[] = [];
  const offs: number[] = [];
  const slice = text.slice(p.start, p.end);
  const drop = new Uint8Array(slice.length);
  ANNOTATION_RE.lastIndex = 0;
  for (let m = ANNOTATION_RE.exec(slice); m !== null; m = ANNOTATION_RE.exec(slice)) drop.fill(1, m.index, m.index + m[0].length);
  for (let i = 0; i < slice.length; i++) {
    const cp = slice.codePointAt(i)!;
    if (!drop[i]) {
      cps.push(cp);
      offs.push(p.start + i);
    }
    if (cp > 0xffff) i++;
  }
  return { cps, offs };
}

/** Longest-match conversion aligned per code point: expected code point and the length (in code points) of the match covering it. */
export function walk(
  trie: PhraseTable,
  cps: readonly number[],
): { exp: Int32Array; plen: Uint8Array; pstart: Int32Array; at: (k: number) => number | null } {
  const n = cps.length;
  let s = '';
  const strToCp = new Int32Array(n * 2 + 1);
  for (let k = 0; k < n; k++) {
    const ch = String.fromCodePoint(cps[k]);
    for (let u = 0; u < ch.length; u++) strToCp[s.length + u] = k;
    s += ch;
  }
  strToCp[s.length] = n;
  const cpToStr = new Int32Array(n + 1);
  for (let u = s.length - 1; u >= 0; u--) cpToStr[strToCp[u]] = u;
  cpToStr[n] = s.length;
  const exp = new Int32Array(n);
  const plen = new Uint8Array(n);
  const pstart = new Int32Array(n);
  let si = 0;
  while (si < s.length) {
    const k = strToCp[si];
    const m = trie.matchPrefix(s, si);
    if (m) {
      const kEnd = strToCp[m.end];
      const vals = [...m.value].map((c) => c.codePointAt(0)!);
      const len = kEnd - k;
      for (let j = 0; j < len; j++) {
        exp[k + j] = vals.length === len ? vals[j] : cps[k + j];
        plen[k + j] = vals.length === len ? Math.min(len, 255) : 0;
        pstart[k + j] = k;
      }
      si = m.end;
    } else {
      exp[k] = cps[k];
      pstart[k] = k;
      si += cps[k] > 0xffff ? 2 : 1;
    }
  }
  /** The conversion of cps[k] by a phrase of two or more characters starting at k, if any (for overlap conflicts). */
  const at = (k: number): number | null => {
    const m = trie.matchPrefix(s, cpToStr[k]);
    if (!m || strToCp[m.end] - k < 2) return null;
    return m.value.codePointAt(0)!;
  };
  return { exp, plen, pstart, at };
}

export interface Flag {
  /** Index into the skeleton. */
  readonly k: number;
  readonly to: number;
  /** anchor: flagged on its own; weak: only within or next to a run of anchors. */
  readonly anchor: boolean;
  /** A phrase (or the character being simplified-/traditional-only) decided the conversion. */
  readonly decided: boolean;
  readonly ambiguous: boolean;
}

/**
 * Groups flags into runs: consecutive anchors join when the gap between them is short and has no evidence of the
 * document's own script. Then each weak flag (in text order) joins the first run whose extent holds it or whose end it
 * touches; runs are ordered and only grow, so one forward pointer finds that run.
 */
export function group(text: string, sk: Skeleton, flags: readonly Flag[], counter: (cp: number) => boolean): Flag[][] {
  const runs: Flag[][] = [];
  for (const a of flags) {
    if (!a.anchor) continue;
    const last = runs.length ? runs[runs.length - 1] : null;
    const prev = last ? last[last.length - 1] : null;
    if (last && prev) {
      let clean = shortGap(text, sk.offs[prev.k], sk.offs[a.k]);
      for (let j = prev.k + 1; clean && j < a.k; j++) if (counter(sk.cps[j])) clean = false;
      if (clean) {
        last.push(a);
        continue;
      }
    }
    runs.push([a]);
  }
  const lo = runs.map((run) => run[0].k);
  const hi = runs.map((run) => run[run.length - 1].k);
  const grown = new Set<number>();
  let r = 0;
  for (const w of flags) {
    if (w.anchor) continue;
    while (r < runs.length && hi[r] + 1 < w.k) r++;
    if (r === runs.length) break;
    if ((w.k > lo[r] && w.k < hi[r]) || w.k === lo[r] - 1 || w.k === hi[r] + 1) {
      runs[r].push(w);
      lo[r] = Math.min(lo[r], w.k);
      hi[r] = Math.max(hi[r], w.k);
      grown.add(r);
    }
  }
  for (const i of grown) runs[i].sort((x, y) => x.k - y.k);
  return runs;
}
