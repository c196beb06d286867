/**
 * The near-duplicate comparison of no-duplicate-sentence (only that rule uses this file): candidate lists per block
 * hash without an array per hash, and an edit distance bounded by the similarity bar.
 */
import { IntHashTable } from './int-hash';

/** How many earlier sentences sharing a first or last block a sentence is compared with. */
const NEAR_LIST = 4;

/**
 * The first NEAR_LIST sentences (span numbers) of each first-block or last-block hash, in flat typed arrays:
 * no array per hash.
 */
export class NearBlocks {
  private readonly table: IntHashTable;
  private members = new Int32Array(64 * NEAR_LIST);
  private counts = new Uint8Array(64);
  private size = 0;

  /** `expected`: a guess of how many lists (the table grows beyond it). */
  constructor(expected = 64) {
    this.table = new IntHashTable(expected);
  }

  /** Empties the lists, keeping the arrays (see IntHashTable.clear): `expected`, a guess of how many lists. */
  clear(expected: number): void {
    this.table.clear(expected);
    this.counts.fill(0, 0, this.size);
    this.size = 0;
  }

  /** The list of `hash` (≥ 0), or -1 after starting one holding sentence `index`. */
  listOrAdd(hash: number, index: number): number {
    const found = this.table.get(hash);
    if (found !== 0) return found - 1;
    if (this.size === this.counts.length) {
      const members = new Int32Array(this.members.length * 2);
      members.set(this.members);
      this.members = members;
      const counts = new Uint8Array(this.counts.length * 2);
      counts.set(this.counts);
      this.counts = counts;
    }
    const list = this.size++;
    this.members[list * NEAR_LIST] = index;
    this.counts[list] = 1;
    this.table.set(hash, list + 1);
    return -1;
  }

  count(list: number): number {
    return this.counts[list];
  }

  member(list: number, k: number): number {
    return this.members[list * NEAR_LIST + k];
  }

  /** Adds sentence `index` to `list` unless it is full. */
  push(list: number, index: number): void {
    const n = this.counts[list];
    if (n >= NEAR_LIST) return;
    this.members[list * NEAR_LIST + n] = index;
    this.counts[list] = n + 1;
  }
}

/** The two rows of the edit-distance table, grown to the longest string compared. */
let rowA = new Int32Array(320);
let rowB = new Int32Array(320);

/**
 * Levenshtein distance when it is at most `limit`, else limit + 1. Only the band |i − j| ≤ limit of the table is
 * computed (a cell outside it costs more than `limit`), values are capped at limit + 1, and the computation stops
 * as soon as a whole row exceeds `limit`.
 */
export function boundedDistance(a: string, b: string, limit: number): number {
  const n = a.length;
  const m = b.length;
  const over = limit + 1;
  if (Math.abs(n - m) > limit) return over;
  if (m + 2 > rowA.length) {
    rowA = new Int32Array(m + 2);
    rowB = new Int32Array(m + 2);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= m; j++) prev[j] = j <= limit ? j : over;
  for (let i = 1; i <= n; i++) {
    const lo = i > limit ? i - limit : 1;
    const hi = i + limit < m ? i + limit : m;
    let rowMin = (cur[lo - 1] = lo === 1 && i <= limit ? i : over);
    const ca = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      let v = prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const up = prev[j] + 1;
      if (up < v) v = up;
      const left = cur[j - 1] + 1;
      if (left < v) v = left;
      if (v > over) v = over;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (hi < m) cur[hi + 1] = over;
    if (rowMin > limit) return over;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[m];
}

/** The typed tables of one check of no-duplicate-sentence (the rule's own file is full). */
export interface DuplicateTables {
  /** The rows of the check's spans, grown by it as needed. */
  rows: Int32Array;
  /** Hash → span number + 1 of its first occurrence. */
  readonly paraFirst: IntHashTable;
  readonly sentFirst: IntHashTable;
  readonly heads: NearBlocks;
  readonly tails: NearBlocks;
}

/**
 * The last check's tables, emptied and reused by the next (taken while a check runs): a large document's tables are
 * megabytes of typed arrays, and fresh pages cost more to touch than to fill (2 000 000 characters: ≈ 2 400 page
 * faults per check, a quarter of all). Reused only while no more than eight times what the check needs.
 */
let spare: DuplicateTables | null = null;

/** Empty tables for about `expected` spans of `stride` numbers each (rows for at least `minSpans`): the last check's, or new. */
export function takeTables(expected: number, stride: number, minSpans: number): DuplicateTables {
  const t = spare;
  spare = null;
  if (t && t.rows.length <= 8 * stride * Math.max(minSpans, expected)) {
    t.paraFirst.clear(expected);
    t.sentFirst.clear(expected);
    t.heads.clear(expected);
    t.tails.clear(expected);
    return t;
  }
  const rows = new Int32Array(minSpans * stride);
  return {
    rows,
    paraFirst: new IntHashTable(expected),
    sentFirst: new IntHashTable(expected),
    heads: new NearBlocks(expected),
    tails: new NearBlocks(expected),
  };
}

/** Hands the tables to the next check (`rows`: the check's, as grown). */
export function putBack(t: DuplicateTables): void {
  spare = t;
}
