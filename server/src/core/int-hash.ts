/**
 * An open-addressing table from a 32-bit integer key (a hash) to a positive integer (an index + 1), in two typed arrays:
 * no allocation per key, unlike a Map keyed by numbers (half of all int32 hashes are heap numbers in V8, and the
 * Map's entries are objects the collector has to walk). Linear probing; the table doubles at half load.
 */
export class IntHashTable {
  private keys: Int32Array;
  private vals: Int32Array;
  private mask: number;
  private size = 0;

  /** `expected`: a guess of how many keys will be stored (the table grows beyond it). */
  constructor(expected = 8) {
    const cap = capacityFor(expected);
    this.keys = new Int32Array(cap);
    this.vals = new Int32Array(cap);
    this.mask = cap - 1;
  }

  /**
   * Empties the table for about `expected` keys, keeping its arrays when they are no more than eight times what that
   * needs: a caller reusing one table across checks writes into memory already in use instead of fresh pages (on this
   * project's machines a large typed array costs more to touch for the first time than to fill).
   */
  clear(expected = 8): void {
    const cap = capacityFor(expected);
    if (this.keys.length >= cap && this.keys.length <= cap * 8) this.vals.fill(0);
    else {
      this.keys = new Int32Array(cap);
      this.vals = new Int32Array(cap);
      this.mask = cap - 1;
    }
    this.size = 0;
  }

  /** The value stored for `key`, or 0 when there is none. */
  get(key: number): number {
    const { keys, vals, mask } = this;
    for (let i = slotOf(key) & mask; ; i = (i + 1) & mask) {
      const v = vals[i];
      if (v === 0 || keys[i] === key) return v;
    }
  }

  /** Stores `value` (> 0) for `key`, replacing any previous value. */
  set(key: number, value: number): void {
    if (!(value > 0)) throw new RangeError('IntHashTable values must be positive');
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const { keys, vals, mask } = this;
    for (let i = slotOf(key) & mask; ; i = (i + 1) & mask) {
      if (vals[i] === 0) {
        keys[i] = key;
        vals[i] = value;
        this.size++;
        return;
      }
      if (keys[i] === key) {
        vals[i] = value;
        return;
      }
    }
  }

  private grow(): void {
    const { keys, vals } = this;
    const cap = keys.length * 2;
    this.keys = new Int32Array(cap);
    this.vals = new Int32Array(cap);
    this.mask = cap - 1;
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (vals[i] !== 0) this.set(keys[i], vals[i]);
  }
}

/** The power of two (at least 16) holding `expected` keys at half load. */
function capacityFor(expected: number): number {
  let cap = 16;
  while (cap < expected * 2 && cap < 1 << 30) cap *= 2;
  return cap;
}

/** Spreads the key's bits (a hash's low bits alone may cluster under linear probing). */
function slotOf(key: number): number {
  const h = Math.imul(key ^ (key >>> 16), 0x45d9f3b);
  return h ^ (h >>> 16);
}
