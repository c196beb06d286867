/**
 * A phrase table precomputed from OpenCC (opencc-data.ts, `key value|…` sorted by key) that answers like the
 * opencc-js trie it replaces — `matchPrefix` gives the longest key at an offset, `convert` is opencc-js's own
 * (inherited, ideographic description sequences included) — but costs almost nothing to create: the entries of one
 * first UTF-16 unit are parsed into a small map the first time a text asks for that unit, indexed by the second unit so
 * that most offsets cost two integer-keyed lookups, as in a trie.
 */
import { Trie } from 'opencc-js/core';

interface Bucket {
  /** The value of the one-unit key, if any. */
  readonly single: string | undefined;
  /** Second UTF-16 unit → bit n set when some key of n ≥ 2 units starts with these two units. */
  readonly next: ReadonlyMap<number, number>;
  /** Keys of two units or more → value. */
  readonly map: ReadonlyMap<string, string>;
}

export class PhraseTable extends Trie {
  /** Offsets into `data` of each first unit's entries: [start, end) at 2u, 2u + 1 (end 0: none). */
  private index: Uint32Array | null = null;
  /**
   * Parsed buckets by first unit; null: no entry starts with it. Made at its full length so that V8 keeps it an array
   * (filled at scattered indices from empty, it became a dictionary: the top cost of a dense traditional text's walk).
   */
  private readonly buckets: (Bucket | null | undefined)[] = new Array<Bucket | null | undefined>(0x10000).fill(undefined);

  constructor(private readonly data: string) {
    super();
  }

  /** Longest key of the table that `s` has at offset `i`, as opencc-js `Trie.matchPrefix`. */
  override matchPrefix(s: string, i: number): { end: number; value: string } | null {
    const end = this.longest(s, i);
    return end < 0 ? null : { end, value: this.value };
  }

  /** The value of the key that `longest` found last. */
  value = '';

  /**
   * matchPrefix without an object per match (a walk over a text of the other script asks at nearly every character):
   * the end of the longest key at offset `i`, its value left in `this.value`; −1 when no key starts there.
   */
  longest(s: string, i: number): number {
    if (i >= s.length) return -1;
    const u = s.charCodeAt(i);
    let b = this.buckets[u];
    if (b === undefined) b = this.bucket(u);
    if (b === null) return -1;
    const room = s.length - i;
    let lengths = room >= 2 ? (b.next.get(s.charCodeAt(i + 1)) ?? 0) : 0;
    if (room < 30) lengths &= (2 << room) - 1;
    while (lengths !== 0) {
      const len = 31 - Math.clz32(lengths);
      const v = b.map.get(s.slice(i, i + len));
      if (v !== undefined) {
        this.value = v;
        return i + len;
      }
      lengths ^= 1 << len;
    }
    if (b.single === undefined) return -1;
    this.value = b.single;
    return i + 1;
  }

  /** Every entry, in key order (tests compare them with opencc-js). */
  entries(): [string, string][] {
    if (this.data === '') return [];
    return this.data.split('|').map((e) => {
      const sp = e.indexOf(' ');
      return [e.slice(0, sp), e.slice(sp + 1)];
    });
  }

  private bucket(u: number): Bucket | null {
    const index = this.index ?? (this.index = buildIndex(this.data));
    const start = index[2 * u];
    const end = index[2 * u + 1];
    if (end === 0) return (this.buckets[u] = null);
    const map = new Map<string, string>();
    const next = new Map<number, number>();
    let single: string | undefined;
    for (let p = start; p < end;) {
      const sp = this.data.indexOf(' ', p);
      let bar = this.data.indexOf('|', sp);
      if (bar === -1 || bar > end) bar = end;
      const value = this.data.slice(sp + 1, bar);
      if (sp - p === 1) single = value;
      else {
        map.set(this.data.slice(p, sp), value);
        const u2 = this.data.charCodeAt(p + 1);
        next.set(u2, (next.get(u2) ?? 0) | (1 << (sp - p)));
      }
      p = bar + 1;
    }
    return (this.buckets[u] = { single, next, map });
  }
}

/** One pass over the entries: where each first UTF-16 unit's run of entries starts and ends. */
function buildIndex(data: string): Uint32Array {
  const index = new Uint32Array(0x20000);
  let prev = -1;
  for (let p = 0; p < data.length;) {
    const u = data.charCodeAt(p);
    if (u !== prev) {
      index[2 * u] = p;
      prev = u;
    }
    let bar = data.indexOf('|', p);
    if (bar === -1) bar = data.length;
    index[2 * u + 1] = bar;
    p = bar + 1;
  }
  return index;
}
