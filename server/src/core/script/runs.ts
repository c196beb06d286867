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

/**
 * Scratch arrays of the analysis, grown as needed and reused from piece to piece: a dense text of the other script
 * has a piece every few dozen characters, and five fresh typed arrays per piece (each with its own backing store for
 * the collector to track) cost more than the walk itself. What a piece's analysis returns holds numbers and strings
 * only, never these arrays, so the next piece may overwrite them. A piece longer than KEEP (a document without
 * quotations can be one piece) gets fresh arrays that are not kept: a long-running language server would otherwise
 * hold ≈ 30 bytes per character of the longest piece it ever saw, and one allocation per such piece costs nothing.
 */
const KEEP = 1 << 16;
class Scratch {
  private readonly i32: Int32Array[] = [];
  private readonly u8: Uint8Array[] = [];

  /** The `slot`th Int32Array scratch, at least `n` long (contents undefined). */
  ints(slot: number, n: number): Int32Array {
    return Scratch.grown(this.i32, slot, n, (size) => new Int32Array(size));
  }

  /** The `slot`th Uint8Array scratch, at least `n` long (contents undefined). */
  bytes(slot: number, n: number): Uint8Array {
    return Scratch.grown(this.u8, slot, n, (size) => new Uint8Array(size));
  }

  private static grown<T extends { readonly length: number }>(slots: T[], slot: number, n: number, make: (size: number) => T): T {
    if (n > KEEP) return make(n);
    const a = slots[slot];
    if (a !== undefined && a.length >= n) return a;
    return (slots[slot] = make(Math.min(KEEP, Math.max(n, 2 * (a?.length ?? 64)))));
  }
}
const scratch = new Scratch();
/**
 * Scratch slots. Int32Array: the skeleton's code points and offsets, the walk's expected code points and match starts,
 * the indices a caller asks the walk for (`candidates`), and the flags' indices, conversions and run numbers.
 * Uint8Array: the walk's match lengths and the flags' bits.
 */
const CPS = 0;
const OFFS = 1;
const EXP = 2;
const PSTART = 3;
const CAND = 4;
const FLAG_K = 5;
const FLAG_TO = 6;
const FLAG_RUN = 7;
const PLEN = 0;
const FLAG_BITS = 1;

/** A scratch Int32Array of at least `n` for a piece's candidate indices (valid for that piece's analysis only). */
export function candidates(n: number): Int32Array {
  return scratch.ints(CAND, n);
}

/**
 * The piece as code points. Its arrays are scratch (see Scratch): valid until the next call of skeleton, for the
 * analysis of this piece only.
 */
export function skeleton(text: string, p: Piece): Skeleton {
  const slice = text.slice(p.start, p.end);
  const cps = scratch.ints(CPS, slice.length);
  const offs = scratch.ints(OFFS, slice.length);
  let n = 0;
  /** Appends the code points of slice[from, to). */
  const keep = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const cp = slice.codePointAt(i)!;
      cps[n] = cp;
      offs[n++] = p.start + i;
      if (cp > 0xffff) i++;
    }
  };
  let s = slice;
  let from = 0;
  if (hasParen(text, p.start, p.end)) {
    let kept = '';
    ANNOTATION_RE.lastIndex = 0;
    for (let m = ANNOTATION_RE.exec(slice); m !== null; m = ANNOTATION_RE.exec(slice)) {
      keep(from, m.index);
      kept += slice.slice(from, m.index);
      from = m.index + m[0].length;
    }
    if (from > 0) s = kept + slice.slice(from);
  }
  keep(from, slice.length);
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
    if (trie.longest(s, i) > j) j = i;
  }
  return j;
}

/**
 * Longest-match conversion aligned per code point, as a walk from the start of `cps` would find it, at the code point
 * indices `needed` (sorted) and wherever the walk steps on the way to them: expected code point, the length (in code
 * points) of the match covering it and where that match starts. Far from the previous needed index the walk resumes at
 * a cut (cutBefore), so its cost follows the needed indices, not the length of the piece. `s`: the code points as a
 * string (unitString; the skeleton has it). `exp`, `plen` and `pstart` are scratch (see Scratch): the next walk
 * overwrites them, so a caller uses one walk's result at a time and never passes it to another walk.
 */
export function walk(
  trie: PhraseTable,
  cps: ArrayLike<number>,
  needed: ArrayLike<number>,
  s: string = unitString(cps),
): { exp: Int32Array; plen: Uint8Array; pstart: Int32Array; at: (k: number) => number | null } {
  const n = cps.length;
  const maps = unitMaps(cps, s.length);
  const strToCp = (u: number): number => (maps === null ? u : maps.strToCp[u]);
  const cpToStr = (k: number): number => (maps === null ? k : maps.cpToStr[k]);
  // Scratch (see Scratch): valid for this piece's analysis only. Zeroed, as fresh arrays would be.
  const exp = scratch.ints(EXP, n).subarray(0, n).fill(0);
  const plen = scratch.bytes(PLEN, n).subarray(0, n).fill(0);
  const pstart = scratch.ints(PSTART, n).subarray(0, n).fill(0);
  const step = (si: number): number => {
    const k = strToCp(si);
    const end = trie.longest(s, si);
    if (end < 0) {
      exp[k] = cps[k];
      pstart[k] = k;
      return si + (cps[k] > 0xffff ? 2 : 1);
    }
    const len = strToCp(end) - k;
    // The value aligned per code point when it has as many as the key; else the key's characters are expected.
    const v = trie.value;
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
    return end;
  };
  let si = 0;
  for (let i = 0; i < needed.length; i++) {
    const k = needed[i];
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

/** Flag bits: flagged on its own (else weak: only within or next to a run of anchors). */
export const ANCHOR = 1;
/** A phrase (or the character being simplified-/traditional-only) decided the conversion. */
export const DECIDED = 2;
export const AMBIGUOUS = 4;

/**
 * The flagged characters of a piece, in skeleton order, as parallel arrays (a dense text of the other script flags
 * nearly every character: an object each was most of what the analysis allocated). The arrays are scratch (see
 * Scratch): a list is valid for the current piece's analysis only.
 */
export class Flags {
  /** Index into the skeleton. */
  readonly k: Int32Array;
  /** The code point it converts to. */
  readonly to: Int32Array;
  /** ANCHOR | DECIDED | AMBIGUOUS. */
  readonly bits: Uint8Array;
  /** Run number per flag (group), −1 when in none. */
  readonly run: Int32Array;
  n = 0;

  /** An empty list with room for `max` flags. */
  constructor(max: number) {
    this.k = scratch.ints(FLAG_K, max);
    this.to = scratch.ints(FLAG_TO, max);
    this.bits = scratch.bytes(FLAG_BITS, max);
    this.run = scratch.ints(FLAG_RUN, max);
  }

  add(k: number, to: number, bits: number): void {
    const i = this.n++;
    this.k[i] = k;
    this.to[i] = to;
    this.bits[i] = bits;
  }

  /** Whether every flag of [lo, hi) has all of `bits`. */
  all(lo: number, hi: number, bits: number): boolean {
    for (let i = lo; i < hi; i++) if ((this.bits[i] & bits) !== bits) return false;
    return true;
  }
}

/**
 * Groups flags into runs: consecutive anchors join when the gap between them is short and has no evidence of the
 * document's own script. Then each weak flag (in text order) joins the first run whose extent holds it or whose end it
 * touches; runs are ordered and only grow, so one forward pointer finds that run. A weak flag inside a run's extent
 * always joins it and one outside joins only next to its end, so each run is a stretch [lo, hi) of the flag list:
 * returned as lo, hi, lo, hi… in order.
 */
export function group(text: string, sk: Skeleton, f: Flags, counter: (cp: number) => boolean): number[] {
  const n = f.n;
  const { k: ks, bits, run } = f;
  const lo: number[] = [];
  const hi: number[] = [];
  let prev = -1;
  for (let i = 0; i < n; i++) {
    run[i] = -1;
    if (!(bits[i] & ANCHOR)) continue;
    const k = ks[i];
    if (prev >= 0) {
      let clean = shortGap(text, sk.offs[prev], sk.offs[k]);
      for (let j = prev + 1; clean && j < k; j++) if (counter(sk.cps[j])) clean = false;
      if (clean) {
        run[i] = lo.length - 1;
        hi[lo.length - 1] = k;
        prev = k;
        continue;
      }
    }
    run[i] = lo.length;
    lo.push(k);
    hi.push(k);
    prev = k;
  }
  const runs = lo.length;
  let r = 0;
  for (let i = 0; i < n; i++) {
    if (bits[i] & ANCHOR) continue;
    const k = ks[i];
    while (r < runs && hi[r] + 1 < k) r++;
    if (r === runs) break;
    if ((k > lo[r] && k < hi[r]) || k === lo[r] - 1 || k === hi[r] + 1) {
      run[i] = r;
      if (k < lo[r]) lo[r] = k;
      if (k > hi[r]) hi[r] = k;
    }
  }
  const bounds: number[] = [];
  let last = -1;
  for (let i = 0; i < n; i++) {
    const ri = run[i];
    if (ri < 0) continue;
    if (ri === last) bounds[bounds.length - 1] = i + 1;
    else {
      bounds.push(i, i + 1);
      last = ri;
    }
  }
  return bounds;
}
