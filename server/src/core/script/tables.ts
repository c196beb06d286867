/**
 * OpenCC data (opencc-js@1.4.2, Apache-2.0 dictionaries) for the script checker, precomputed at build time into
 * opencc-data.ts (`npm run generate`, scripts/opencc-data.ts): character maps and phrase tables. Nothing here
 * costs more than a few milliseconds: the character tables are parsed on first use (≈ 8 000 pairs), and a phrase
 * table parses the entries of a first character only when a text asks for it (phrases.ts). Only the dictionaries
 * used here are included (not the opencc-js "full" preset, nor JP/HK phrase tables).
 */
import * as data from './opencc-data';
import { PhraseTable } from './phrases';

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

/** A character map from its precomputed (from, to) code point pairs. */
function pairs(encoded: string): Map<number, number> {
  const into = new Map<number, number>();
  for (let i = 0; i < encoded.length;) {
    const k = encoded.codePointAt(i)!;
    i += k > 0xffff ? 2 : 1;
    const v = encoded.codePointAt(i)!;
    i += v > 0xffff ? 2 : 1;
    into.set(k, v);
  }
  return into;
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

/**
 * Characters that only TSPhrases converts (瞭解 → 了解, 反覆 → 反复, 憑藉 → 凭借, 意志消沈 → 意志消沉, 復甦 → 复苏):
 * flagged in a simplified document only inside such a phrase (瞭望, 慰藉, 覆盖, 沈阳 stay).
 */
export const PHRASE_ONLY_CHARS = '瞭藉覆沈彷甦哩衹';

export type CharTables = Omit<LightTables, 't2s'>;

export interface LightTables {
  /** Class bits per BMP code point (C_*), so that scans index an array instead of hashing. */
  readonly cls: Uint8Array;
  /** Traditional (or variant) code point → simplified code point (TSCharacters, identities dropped). */
  readonly t2sChar: ReadonlyMap<number, number>;
  /** Simplified code point → default traditional code point (STCharacters). */
  readonly s2tChar: ReadonlyMap<number, number>;
  /** Characters of AMBIGUOUS_SIMPLIFIED. */
  readonly ambiguous: ReadonlySet<number>;
  /** Characters of CHECKED_AMBIGUOUS. */
  readonly checked: ReadonlySet<number>;
  /** Forms that are standard in some traditional region (TW/HK variant values such as 秘 群 峰 才 床) or ACCEPTED_TRADITIONAL. */
  readonly regionalForms: ReadonlySet<number>;
  /** TSPhrases + TSCharacters. */
  readonly t2s: PhraseTable;
  /** Regional variant maps, OpenCC form → regional form and back (character level). */
  readonly twVariant: ReadonlyMap<number, number>;
  readonly hkVariant: ReadonlyMap<number, number>;
}

export interface HeavyTables {
  /** STPhrases + generated regional phrases + STCharacters. */
  readonly s2t: PhraseTable;
  readonly toTw: PhraseTable;
  readonly toHk: PhraseTable;
  readonly fromTw: PhraseTable;
  readonly fromHk: PhraseTable;
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
  const t2sChar = pairs(data.T2S_CHARS);
  const s2tChar = pairs(data.S2T_CHARS);
  const ambiguous = new Set<number>();
  for (const ch of AMBIGUOUS_SIMPLIFIED) ambiguous.add(ch.codePointAt(0)!);
  const twVariant = pairs(data.TW_VARIANT_CHARS);
  const hkVariant = pairs(data.HK_VARIANT_CHARS);
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
  light = { ...charTables(), t2s: new PhraseTable(data.T2S) };
  return light;
}

let candidates: Map<number, string[]> | null = null;

/**
 * Every traditional candidate of a simplified code point (reverse TSCharacters; the STCharacters default first, the
 * character itself last when it is also traditional). Built on first use: only ambiguous findings in a traditional
 * document ask for it.
 */
export function candidatesOf(cp: number): readonly string[] | undefined {
  if (!candidates) {
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
    candidates = cands;
  }
  return candidates.get(cp);
}

export function heavyTables(): HeavyTables {
  if (heavy) return heavy;
  heavy = {
    s2t: new PhraseTable(data.S2T),
    toTw: new PhraseTable(data.TO_TW),
    toHk: new PhraseTable(data.TO_HK),
    fromTw: new PhraseTable(data.FROM_TW),
    fromHk: new PhraseTable(data.FROM_HK),
  };
  return heavy;
}
