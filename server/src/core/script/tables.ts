/**
 * OpenCC data (opencc-js@1.4.2, Apache-2.0 dictionaries) for the script checker, built lazily in two tiers:
 * - light (~50 ms cold): character maps and the t2s trie (TSPhrases + TSCharacters). Enough to detect the
 *   script and to check simplified documents.
 * - heavy (~200–450 ms cold): the s2t trie (STPhrases ≈ 49 k phrases). Needed for traditional documents
 *   and for converting to traditional.
 * Only the dictionaries used here are imported (not the opencc-js "full" preset, nor JP/HK phrase tables).
 */
import { Trie } from 'opencc-js/core';
import HKVariants from 'opencc-js/dict/HKVariants';
import HKVariantsPhrases from 'opencc-js/dict/HKVariantsPhrases';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import HKVariantsRevPhrases from 'opencc-js/dict/HKVariantsRevPhrases';
import STCharacters from 'opencc-js/dict/STCharacters';
import STPhrases from 'opencc-js/dict/STPhrases';
import STPhrasesGenerated from 'opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWVariants from 'opencc-js/dict/TWVariants';
import TWVariantsPhrases from 'opencc-js/dict/TWVariantsPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';

export type Region = 'traditional' | 'tw' | 'hk';

/**
 * Simplified characters that s2t changes by default but that are also valid traditional characters
 * (they occur unchanged in STCharacters/STPhrases values): 于 (surname), 范 (surname), 后 (皇后), 干 (干涉),
 * 里 (公里), 台… In a traditional document they are flagged only where a phrase decides (关于→關於).
 * Derived from the data; test/unit/script.test.ts re-derives it and checks this constant.
 */
export const AMBIGUOUS_SIMPLIFIED =
  '万丑丰么于云仆价伙余佣党准几凶划占厂厘台叶吁吃后咨咸夸尸岩岳帘干广征恒愿据斗朴杠杰柜涂涌淀游熏皂确种筑胜腊腌膻苧苹范荐虫虱蜡跖辟适郁采里霉';

/**
 * The ambiguous characters checked by phrase in a traditional document (关于 → 關於, 以后 → 以後, 这里 → 這裡, 根据 →
 * 根據). The rest of AMBIGUOUS_SIMPLIFIED is normal in Taiwan/Hong Kong usage or in names (占有, 村里長, 公厘, 市場准入,
 * 伙伴, 余/范/朴/涂 surnames…: STPhrases follows the OpenCC standard there, not the regional one) and is only
 * converted inside a run of simplified text.
 */
export const CHECKED_AMBIGUOUS = '于后范干里么几据确种胜适愿广厂价万丑叶仆划尸斗杠柜皂腊蜡虫霉辟夸';

/** Simplified-looking characters that are the regular form in Taiwan usage (雇主, 雇用). */
export const ACCEPTED_TRADITIONAL = '雇';

function parsePairs(dict: string, into: Map<number, number>): void {
  for (const entry of dict.split('|')) {
    const sp = entry.indexOf(' ');
    const k = entry.slice(0, sp);
    const v = entry.slice(sp + 1);
    const kc = k.codePointAt(0)!;
    const vc = v.codePointAt(0)!;
    if (k.length === (kc > 0xffff ? 2 : 1) && v.length === (vc > 0xffff ? 2 : 1) && kc !== vc) into.set(kc, vc);
  }
}

function trie(...dicts: string[]): Trie {
  const t = new Trie();
  t.loadDictGroup(dicts);
  return t;
}

/** Characters that t2s converts but that simplified text legitimately keeps (see detect.ts). */
export const DUAL_USE_CHARS = '乾於夥徵吒薹拚袷麽';

/** Bits of LightTables.cls, one byte per BMP code point. */
export const C_T2S = 1;
export const C_S2T = 2;
export const C_AMBIG = 4;
export const C_CHECKED = 8;
export const C_REGIONAL = 16;
export const C_DUAL = 32;
export const C_PHRASE_ONLY = 64;
/** Member of a regional variant group (detect.ts VARIANT_GROUPS); marked by detect.ts. */
export const C_VARIANT = 128;

/**
 * Characters that only TSPhrases converts (瞭解 → 了解, 反覆 → 反复, 憑藉 → 凭借, 意志消沈 → 意志消沉, 復甦 → 复苏):
 * flagged in a simplified document only inside such a phrase (瞭望, 慰藉, 覆盖, 沈阳 stay).
 */
export const PHRASE_ONLY_CHARS = '瞭藉覆沈彷甦哩衹';

export type CharTables = Omit<LightTables, 'candidates' | 't2s'>;

export interface LightTables {
  /** Class bits per BMP code point (C_*), so that scans index an array instead of hashing. */
  readonly cls: Uint8Array;
  /** Traditional (or variant) code point → simplified code point (TSCharacters, identities dropped). */
  readonly t2sChar: ReadonlyMap<number, number>;
  /** Simplified code point → default traditional code point (STCharacters). */
  readonly s2tChar: ReadonlyMap<number, number>;
  /** Simplified code point → every traditional candidate (reverse TSCharacters, plus itself when ambiguous). */
  readonly candidates: ReadonlyMap<number, readonly string[]>;
  /** Characters of AMBIGUOUS_SIMPLIFIED. */
  readonly ambiguous: ReadonlySet<number>;
  /** Characters of CHECKED_AMBIGUOUS. */
  readonly checked: ReadonlySet<number>;
  /** Forms that are standard in some traditional region (TW/HK variant values such as 秘 群 峰 才 床) or ACCEPTED_TRADITIONAL. */
  readonly regionalForms: ReadonlySet<number>;
  /** TSPhrases + TSCharacters. */
  readonly t2s: Trie;
  /** Regional variant maps, OpenCC form → regional form and back (character level). */
  readonly twVariant: ReadonlyMap<number, number>;
  readonly hkVariant: ReadonlyMap<number, number>;
}

export interface HeavyTables {
  /** STPhrases + generated regional phrases + STCharacters. */
  readonly s2t: Trie;
  readonly toTw: Trie;
  readonly toHk: Trie;
  readonly fromTw: Trie;
  readonly fromHk: Trie;
}

let light: LightTables | null = null;
let heavy: HeavyTables | null = null;

let chars: CharTables | null = null;

/**
 * The character-level tables (a few ms cold): enough for detectScript, so the one script decision of a
 * document (script/decision.ts) never waits for the tries. lightTables builds on them.
 */
export function charTables(): CharTables {
  if (chars) return chars;
  const t2sChar = new Map<number, number>();
  parsePairs(TSCharacters, t2sChar);
  const s2tChar = new Map<number, number>();
  parsePairs(STCharacters, s2tChar);
  const ambiguous = new Set<number>();
  for (const ch of AMBIGUOUS_SIMPLIFIED) ambiguous.add(ch.codePointAt(0)!);
  const twVariant = new Map<number, number>();
  parsePairs(TWVariants, twVariant);
  const hkVariant = new Map<number, number>();
  parsePairs(HKVariants, hkVariant);
  const checked = new Set([...CHECKED_AMBIGUOUS].map((c) => c.codePointAt(0)!));
  const regionalForms = new Set<number>([
    ...twVariant.values(),
    ...hkVariant.values(),
    ...[...ACCEPTED_TRADITIONAL].map((c) => c.codePointAt(0)!),
  ]);
  const cls = new Uint8Array(0x10000);
  const mark = (cps: Iterable<number>, bit: number) => {
    for (const cp of cps) if (cp < 0x10000) cls[cp] |= bit;
  };
  mark(t2sChar.keys(), C_T2S);
  mark(s2tChar.keys(), C_S2T);
  mark(ambiguous, C_AMBIG);
  mark(checked, C_CHECKED);
  mark(regionalForms, C_REGIONAL);
  mark(
    [...DUAL_USE_CHARS].map((c) => c.codePointAt(0)!),
    C_DUAL,
  );
  mark(
    [...PHRASE_ONLY_CHARS].map((c) => c.codePointAt(0)!),
    C_PHRASE_ONLY,
  );
  chars = { cls, t2sChar, s2tChar, ambiguous, checked, regionalForms, twVariant, hkVariant };
  return chars;
}

export function lightTables(): LightTables {
  if (light) return light;
  const c = charTables();
  const cands = new Map<number, string[]>();
  for (const [t, s] of c.t2sChar) {
    let list = cands.get(s);
    if (!list) cands.set(s, (list = []));
    list.push(String.fromCodePoint(t));
  }
  for (const [s, t] of c.s2tChar) {
    const list = cands.get(s) ?? [];
    const def = String.fromCodePoint(t);
    // Default candidate first, then the others, then the character itself when it is also traditional.
    const ordered = [def, ...list.filter((x) => x !== def)];
    if (c.ambiguous.has(s)) ordered.push(String.fromCodePoint(s));
    cands.set(s, ordered);
  }
  light = { ...c, candidates: cands, t2s: trie(TSPhrases, TSCharacters) };
  return light;
}

export function heavyTables(): HeavyTables {
  if (heavy) return heavy;
  heavy = {
    s2t: trie(STPhrases, STPhrasesGenerated, STCharacters),
    toTw: trie(TWVariantsPhrases, TWVariants),
    toHk: trie(HKVariantsPhrases, HKVariants),
    fromTw: trie(TWVariantsRevPhrases, TWVariantsRev),
    fromHk: trie(HKVariantsRevPhrases, HKVariantsRev),
  };
  return heavy;
}

export function tablesReady(): boolean {
  return light !== null && heavy !== null;
}

export function warmTables(): void {
  lightTables();
  heavyTables();
}
