/**
 * Word-level helpers for the repetition and wording rules: a literal trie (built once, matched in one
 * left-to-right pass, leftmost-longest), word segmentation of small windows through ICU's dictionary
 * (`Intl.Segmenter('zh')`), and the mask of quoted / 书名号 text (GW-REP-009).
 */
import { isHanCode } from './chars';

const NONE: readonly never[] = [];

/** A 16-bit hash of two code units (collisions only let more positions through to the trie walk). */
function pairHash(a: number, b: number): number {
  return (a * 31 + b) & 0xffff;
}

/** Bit `i` (0 … 65 535) of a 2 048-word bit set. */
function hasBit(bits: Int32Array, i: number): boolean {
  return (bits[i >>> 5] & (1 << (i & 31))) !== 0;
}

function setBit(bits: Int32Array, i: number): void {
  bits[i >>> 5] |= 1 << (i & 31);
}

interface TrieNode<V> {
  next: Map<number, TrieNode<V>> | undefined;
  value: V | undefined;
  has: boolean;
}

/** A trie of literal strings (never patterns). Matching walks at most maxLen code units per position. */
export class LiteralTrie<V> {
  private readonly root: TrieNode<V> = { next: undefined, value: undefined, has: false };
  // Bit sets of 65 536 bits (8 KB each, not a byte per unit): a check runs many tables in turn, and a small document
  // probing byte tables missed the cache at nearly every character.
  /** First code units of the entries. */
  private readonly first = new Int32Array(2048);
  /** First code units of one-character entries. */
  private readonly single = new Int32Array(2048);
  /** Hashes (pairHash) of the first two code units of the longer entries: most positions are rejected by it. */
  private readonly pair = new Int32Array(2048);
  size = 0;

  add(word: string, value: V): void {
    if (!word) return;
    let node = this.root;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      node.next ??= new Map();
      let n = node.next.get(c);
      if (!n) node.next.set(c, (n = { next: undefined, value: undefined, has: false }));
      node = n;
    }
    if (!node.has) this.size++;
    node.value = value;
    node.has = true;
    setBit(this.first, word.charCodeAt(0));
    if (word.length === 1) setBit(this.single, word.charCodeAt(0));
    else setBit(this.pair, pairHash(word.charCodeAt(0), word.charCodeAt(1)));
  }

  /** False when no entry starts at `i` and ends at or before `end` (a necessary test, never a wrong "no"). */
  mayMatchAt(text: string, i: number, end: number): boolean {
    const c = text.charCodeAt(i);
    // A one-character entry's unit is also a first unit. The pair table is tested before the first units: in prose
    // a quarter of the characters may start an entry, a branch that mispredicts, where about 1 % pass the pair test.
    if (hasBit(this.single, c)) return true;
    return i + 1 < end && hasBit(this.pair, pairHash(c, text.charCodeAt(i + 1))) && hasBit(this.first, c);
  }

  /** Longest entry starting at `i` and ending at or before `end`, or null. */
  longestAt(text: string, i: number, end: number): { end: number; value: V } | null {
    if (!this.mayMatchAt(text, i, end)) return null;
    let node: TrieNode<V> | undefined = this.root;
    let best: { end: number; value: V } | null = null;
    for (let j = i; j < end && node; j++) {
      node = node.next?.get(text.charCodeAt(j));
      if (node?.has) best = { end: j + 1, value: node.value as V };
    }
    return best;
  }

  /** Every entry starting at `i` (ending at or before `end`), longest first. */
  allAt(text: string, i: number, end: number): readonly { end: number; value: V }[] {
    let out: { end: number; value: V }[] | undefined;
    if (!this.mayMatchAt(text, i, end)) return NONE;
    let node: TrieNode<V> | undefined = this.root;
    for (let j = i; j < end && node; j++) {
      node = node.next?.get(text.charCodeAt(j));
      if (node?.has) (out ??= []).push({ end: j + 1, value: node.value as V });
    }
    return out ? out.reverse() : NONE;
  }

  /** Leftmost-longest, non-overlapping matches in text[start, end). */
  scan(text: string, start: number, end: number, onMatch: (start: number, end: number, value: V) => void): void {
    if (this.size === 0) return;
    for (let i = start; i < end;) {
      const m = this.longestAt(text, i, end);
      if (m) {
        onMatch(i, m.end, m.value);
        i = m.end;
      } else i++;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Word segmentation (ICU dictionary). Only small windows are segmented: ICU's Chinese break
// iterator is slow on long runs without punctuation, and rules need it only around candidates.

type SegmenterLike = { segment(input: string): Iterable<{ segment: string; index: number }> };
let segmenter: SegmenterLike | null | undefined;

function getSegmenter(): SegmenterLike | null {
  if (segmenter === undefined) {
    try {
      const S = (Intl as unknown as { Segmenter?: new (l: string, o: object) => SegmenterLike }).Segmenter;
      segmenter = S ? new S('zh', { granularity: 'word' }) : null;
      // Without a Chinese dictionary (small-ICU builds) every Han character is its own word: useless.
      if (segmenter && [...segmenter.segment('工作作风')].length !== 2) segmenter = null;
    } catch {
      segmenter = null;
    }
  }
  return segmenter;
}

/** True when word segmentation with a Chinese dictionary is available (Node with full ICU). */
export function hasWordSegmenter(): boolean {
  return getSegmenter() !== null;
}

/**
 * Word boundaries of text[from, to) as absolute offsets: [from, b1, b2, …, to]. Null when no segmenter.
 * Callers pass a window of a few characters either side of what they look at.
 */
export function wordBoundaries(text: string, from: number, to: number): number[] | null {
  const s = getSegmenter();
  if (!s) return null;
  const piece = text.slice(from, to);
  let rel = boundaryCache.get(piece);
  if (!rel) {
    rel = [];
    for (const w of s.segment(piece)) rel.push(w.index);
    rel.push(piece.length);
    if (boundaryCache.size >= 4096) boundaryCache.clear();
    boundaryCache.set(piece, rel);
  }
  return rel.map((b) => from + b);
}

/** Segmentations of recent windows: the same phrases (中国国民党, 人民民主) come back again and again. */
const boundaryCache = new Map<string, number[]>();

/** The word (as [start, end)) containing offset `i`, given boundaries from wordBoundaries. */
export function wordAt(bounds: readonly number[], i: number): [number, number] {
  let lo = 0;
  let hi = bounds.length - 1;
  while (lo < hi - 1) {
    const mid = (lo + hi) >> 1;
    if (bounds[mid] <= i) lo = mid;
    else hi = mid;
  }
  return [bounds[lo], bounds[hi]];
}

/** Window for segmenting around [start, end): up to `pad` code units either side, within [min, max). */
export function segmentWindow(start: number, end: number, min: number, max: number, pad = 8): [number, number] {
  return [Math.max(min, start - pad), Math.min(max, end + pad)];
}

/** BMP Han code unit (astral ideographs are left alone by these rules). */
export const isHan = isHanCode;
