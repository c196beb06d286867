import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Trie } from 'opencc-js/core';
import STCharacters from 'opencc-js/dict/STCharacters';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariants from 'opencc-js/dict/TWVariants';
import HKVariants from 'opencc-js/dict/HKVariants';
import { CHAR_DICTS, charPairs, OPENCC_JS_VERSION, PHRASE_GROUPS } from '../../scripts/opencc-data';
import * as data from '../../server/src/core/script/opencc-data';
import { PhraseTable } from '../../server/src/core/script/phrases';
import { charTables } from '../../server/src/core/script/tables';
import { ROOT } from '../helpers/paths';

// The precomputed OpenCC tables (server/src/core/script/opencc-data.ts, written by `npm run generate`) against
// opencc-js's own tries rebuilt here from the pinned dictionaries: same entries, same longest matches, same conversions.
// generated.test.ts checks that the file is what scripts/opencc-data.ts writes; this checks what it writes is right.

type Node = Map<number, Node> & { trie_val?: string };

/** Every (key, value) of an opencc-js trie, walking its nested maps. */
function trieEntries(t: Trie): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (node: Node, prefix: string) => {
    for (const [cp, child] of node) {
      const key = prefix + String.fromCodePoint(cp);
      if (child.trie_val !== undefined) out.set(key, child.trie_val);
      visit(child, key);
    }
  };
  visit((t as unknown as { map: Node }).map, '');
  return out;
}

function openccTrie(dicts: readonly string[]): Trie {
  const t = new Trie();
  t.loadDictGroup(dicts);
  return t;
}

/** A deterministic text mixing keys of the table, their prefixes, other Han characters, astral ones and ASCII. */
function mixedText(keys: readonly string[], n: number): string {
  let seed = 12345;
  const rnd = (k: number) => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) % k;
  const noise = ['的', '，', 'a1', '𠀀', '\n', '各单位', '關於', '发展', '⿰氵青'];
  let s = '';
  while (s.length < n) {
    const k = keys[rnd(keys.length)];
    const r = rnd(4);
    s += r === 0 ? noise[rnd(noise.length)] : r === 1 ? k.slice(0, Math.max(1, k.length - 1)) : k;
  }
  return s;
}

const tables = data as unknown as Record<string, string>;

describe('precomputed OpenCC tables equal opencc-js ' + OPENCC_JS_VERSION, () => {
  it('opencc-js is the pinned version the tables were generated from', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const lib = JSON.parse(readFileSync(join(ROOT, 'node_modules/opencc-js/package.json'), 'utf8')) as { version: string };
    assert.equal(pkg.dependencies['opencc-js'], OPENCC_JS_VERSION);
    assert.equal(lib.version, OPENCC_JS_VERSION);
    assert.equal(data.OPENCC_JS_VERSION, OPENCC_JS_VERSION);
  });

  for (const [name, dicts] of Object.entries(PHRASE_GROUPS)) {
    describe(name, () => {
      const trie = openccTrie(dicts);
      const table = new PhraseTable(tables[name]);
      const expected = trieEntries(trie);

      it('has the same entries as the opencc-js trie', () => {
        const actual = new Map(table.entries());
        assert.ok(expected.size > 0);
        assert.equal(actual.size, expected.size);
        for (const [k, v] of expected) if (actual.get(k) !== v) assert.fail(`${name}: ${k} → ${actual.get(k)} instead of ${v}`);
      });

      it('finds the same longest match at every offset, and converts alike', () => {
        const text = mixedText([...expected.keys()], 20_000);
        let matched = 0;
        for (let i = 0; i < text.length; i++) {
          const a = table.matchPrefix(text, i);
          const b = trie.matchPrefix(text, i);
          if (a?.end !== b?.end || a?.value !== b?.value) assert.fail(`${name} at ${i}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`);
          if (a) matched++;
        }
        assert.ok(matched > 1000, `only ${matched} matches: the text does not exercise the table`);
        assert.equal(table.convert(text), trie.convert(text));
        assert.equal(table.matchPrefix(text, text.length), null);
      });
    });
  }

  it('character maps equal the single-character pairs of the dictionaries, in the same order', () => {
    const c = charTables();
    const runtime: Record<string, ReadonlyMap<number, number>> = {
      T2S_CHARS: c.t2sChar,
      S2T_CHARS: c.s2tChar,
      TW_VARIANT_CHARS: c.twVariant,
      HK_VARIANT_CHARS: c.hkVariant,
    };
    const dicts: Record<string, string> = {
      T2S_CHARS: TSCharacters,
      S2T_CHARS: STCharacters,
      TW_VARIANT_CHARS: TWVariants,
      HK_VARIANT_CHARS: HKVariants,
    };
    assert.deepEqual(Object.keys(CHAR_DICTS).sort(), Object.keys(dicts).sort());
    for (const [name, dict] of Object.entries(dicts)) {
      const expected = charPairs(dict);
      assert.ok(expected.size > 0, name);
      assert.deepEqual([...runtime[name]], [...expected], name);
    }
  });

  it('an empty table and an offset past the end match nothing', () => {
    const t = new PhraseTable('');
    assert.equal(t.matchPrefix('关于', 0), null);
    assert.equal(t.convert('关于'), '关于');
    assert.deepEqual(t.entries(), []);
  });
});
