import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IntHashTable } from '../../server/src/core/int-hash';

describe('IntHashTable', () => {
  it('agrees with a Map over many int32 keys (negative, zero, extremes, colliding low bits), through growth', () => {
    const table = new IntHashTable(2);
    const map = new Map<number, number>();
    let x = 0x12345678;
    for (let i = 1; i <= 20000; i++) {
      x = Math.imul(x ^ (x >>> 13), 0x5bd1e995) | 0;
      // Every fourth key shares its low 16 bits with others: probing must still tell them apart.
      const key = i % 4 === 0 ? (x & ~0xffff) | 0x1234 : x;
      if (!map.has(key)) {
        map.set(key, i);
        table.set(key, i);
      }
    }
    for (const key of [0, -1, 0x7fffffff, -0x80000000]) {
      map.set(key, 7);
      table.set(key, 7);
    }
    for (const [key, value] of map) assert.equal(table.get(key), value);
    let absent = 0;
    for (let k = 1; k < 5000; k++) if (!map.has(k * 7919) && table.get(k * 7919) === 0) absent++;
    assert.ok(absent > 4900, `absent keys read 0 (${absent})`);
  });

  it('clear empties the table, whether it keeps its arrays (a similar size) or makes new ones (a far smaller or larger one)', () => {
    const table = new IntHashTable(1000);
    for (const expected of [1000, 600, 10, 50000, 3])
      for (let round = 0; round < 2; round++) {
        table.clear(expected);
        for (let k = 1; k <= 3000; k++) assert.equal(table.get(k * 31), 0, `cleared (${expected}): ${k * 31}`);
        for (let k = 1; k <= 2000; k++) table.set(k * 31 + round, k);
        for (let k = 1; k <= 2000; k++) assert.equal(table.get(k * 31 + round), k);
        assert.equal(table.get(31 + 1 - round), 0);
      }
  });

  it('replaces a value and refuses a value that would read as absent', () => {
    const table = new IntHashTable();
    table.set(5, 1);
    table.set(5, 9);
    assert.equal(table.get(5), 9);
    assert.throws(() => table.set(6, 0), RangeError);
    assert.equal(table.get(6), 0);
  });
});
