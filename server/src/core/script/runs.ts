/**
 * The mechanics under the script analysis (analyze.ts): a prose piece as code points (pinyin annotations dropped), its
 * longest-match walk through an OpenCC phrase table, and the grouping of flagged characters into runs (one finding each).
 */
import type { PhraseTable } from './phrases';

/** Pinyin or other Latin annotations in brackets between Han characters: 關(guān)于. */
const ANNOTATION_RE = /[(（][A-Za-zÀ-ɏḀ-ỿ]+(?:[ '’-][A-Za-zÀ-ɏḀ-ỿ]+)*[)）]/g;
/** Two flagged characters further apart than this (UTF-16 units, a CRLF counting as one) are separate findings. */
const MAX_GAP = 24;
/**
 * Two characters of one run are at most this many code points apart unless characters right next to each other join
 * them: a gap of up to 2 × MAX_GAP + 1 units (shortGap), plus one for a weak character before the first.
 */
export const RUN_REACH = 2 * MAX_GAP + 2;

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
  readonly cps: Int32Array;
  /** Absolute offset of each code point. */
  readonly offs: Int32Array;
  /** The same code points as a string (the piece's own text when nothing was dropped): what `walk` matches on. */
  readonly s: string;
}

/** Whether text[from, to) holds an opening bracket: without one there is no annotation to drop. */
function hasParen(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28 || c === 0xff08) return true;
  }
  return false;
}

export function skeleton(text: string, p: Piece): Skeleton {
  const slice = text.slice(p.start, p.end);
  const cps = new Int32Array(slice.length);
  const offs = new Int32Array(slice.length);
  let drop: Uint8Array | null = null;
  let s = slice;
  if (hasParen(text, p.start, p.end)) {
    drop = new Uint8Array(slice.length);
    let kept = '';
    let from = 0;
    ANNOTATION_RE.lastIndex = 0;
    for (let m = ANNOTATION_RE.exec(slice); m !== null; m = ANNOTATION_RE.exec(slice)) {
      drop.fill(1, m.index, m.index + m[0].length);
      kept += slice.slice(from, m.index);
      from = m.index + m[0].length;
    }
    if (from > 0) s = kept + slice.slice(from);
  }
  let n = 0;
  for (let i = 0; i < slice.length; i++) {
    const cp = slice.codePointAt(i)!;
    if (drop === null || !drop[i]) {
      cps[n] = cp;
      offs[n++] = p.start + i;
    }
    if (cp > 0xffff) i++;
  }
  return { cps: cps.subarray(0, n), offs: offs.subarray(0, n), s };
}

/** Longest key of a phrase table: the generator (scripts/opencc-data.ts) refuses longer ones. */
const MAX_KEY = 30;

/** The code points as one string (UTF-16 units of each code point in turn). */
export function unitString(cps: ArrayLike<number>): string {
  const n = cps.length;
  const units = new Uint16Array(2 * n);
  let u = 0;
  for (let k = 0; k < n; k++) {
    const cp = cps[k];
    if (cp > 0xffff) {
      units[u++] = 0xd800 + ((cp - 0x10000) >> 10);
      units[u++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
    } else units[u++] = cp;
  }
  let s = '';
  for (let i = 0; i < u; i += 4096) s += String.fromCharCode.apply(null, units.subarray(i, Math.min(u, i + 4096)) as unknown as number[]);
  return s;
}

/**
 * The code point of each UTF-16 unit of the code points' string and the first unit of each code point; null when
 * every code point is one unit (both are then the identity).
 */
function unitMaps(cps: ArrayLike<number>, units: number): { strToCp: Int32Array; cpToStr: Int32Array } | null {
  const n = cps.length;
  if (units === n) return null;
  const strToCp = new Int32Array(units + 1);
  const cpToStr = new Int32Array(n + 1);
  let u = 0;
  for (let k = 0; k < n; k++) {
    cpToStr[k] = u;
    strToCp[u++] = k;
    if (cps[k] > 0xffff) strToCp[u++] = k;
  }
  strToCp[u] = n;
  cpToStr[n] = u;
  return { strToCp, cpToStr };
}

/**
 * A unit offset at or before `u` (and not before `from`, itself on the walk) that every longest-match walk from `from`
 * steps on: no key starting between it and `from` reaches past it. Walking on from there gives what walking from
 * `from` gives, in a few lookups instead of a walk over the whole piece.
 */
function cutBefore(trie: PhraseTable, s: string, u: number, from: number): number {
  let j = u;
  for (let i = u - 1; i >= from && i > j - MAX_KEY; i--) {
    const m = trie.matchPrefix(s, i);
    if (m && m.end > j) j = i;
  }
  return j;
}

/**
 * Longest-match conversion aligned per code point, as a walk from the start of `cps` would find it, at the code point
 * indices `needed` (sorted) and wherever the walk steps on the way to them: expected code point, the length (in code
 * points) of the match covering it and where that match starts. Far from the previous needed index the walk resumes at
 * a cut (cutBefore), so its cost follows the needed indices, not the length of the piece. `s`: the code points as a
 * string (unitString; the skeleton has it).
 */
export function walk(
  trie: PhraseTable,
  cps: ArrayLike<number>,
  needed: readonly number[],
  s: string = unitString(cps),
): { exp: Int32Array; plen: Uint8Array; pstart: Int32Array; at: (k: number) => number | null } {
  const n = cps.length;
  const maps = unitMaps(cps, s.length);
  const strToCp = (u: number): number => (maps === null ? u : maps.strToCp[u]);
  const cpToStr = (k: number): number => (maps === null ? k : maps.cpToStr[k]);
  const exp = new Int32Array(n);
  const plen = new Uint8Array(n);
  const pstart = new Int32Array(n);
  const step = (si: number): number => {
    const k = strToCp(si);
    const m = trie.matchPrefix(s, si);
    if (!m) {
      exp[k] = cps[k];
      pstart[k] = k;
      return si + (cps[k] > 0xffff ? 2 : 1);
    }
    const len = strToCp(m.end) - k;
    // The value aligned per code point when it has as many as the key; else the key's characters are expected.
    const v = m.value;
    let count = 0;
    for (let i = 0; i < v.length; i += v.codePointAt(i)! > 0xffff ? 2 : 1) count++;
    const aligned = count === len;
    for (let j = 0, i = 0; j < len; j++) {
      if (aligned) {
        const cp = v.codePointAt(i)!;
        exp[k + j] = cp;
        i += cp > 0xffff ? 2 : 1;
      } else exp[k + j] = cps[k + j];
      plen[k + j] = aligned ? Math.min(len, 255) : 0;
      pstart[k + j] = k;
    }
    return m.end;
  };
  let si = 0;
  for (const k of needed) {
    const u = cpToStr(k);
    if (u < si) continue; // covered by the last step
    if (u - si > 2 * MAX_KEY) si = cutBefore(trie, s, u, si);
    while (si <= u) si = step(si);
  }
  /** The conversion of cps[k] by a phrase of two or more characters starting at k, if any (for overlap conflicts). */
  const at = (k: number): number | null => {
    const m = trie.matchPrefix(s, cpToStr(k));
    if (!m || strToCp(m.end) - k < 2) return null;
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
