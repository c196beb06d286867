import { C_AMBIG, C_DUAL, C_S2T, C_T2S, C_VARIANT, charTables, DUAL_USE_CHARS, type Region } from './tables';

export { DUAL_USE_CHARS };

export type DocumentScript = 'simplified' | Region;

export interface ScriptDetection {
  readonly script: DocumentScript;
  /** 0 (no evidence, or an even mix) … 1 (plenty of evidence, all one way). */
  readonly confidence: number;
  /** Traditional-only characters / (traditional-only + simplified-only characters); 0 when there are none. */
  readonly traditionalRatio: number;
}

/*
 * DUAL_USE_CHARS (tables.ts): characters that t2s converts but that simplified text legitimately keeps
 * (《通用规范汉字表》): 乾坤/乾县, the surname 於, 获益甚夥, 徵 (宫商角徵羽), 哪吒, 蒜薹, 拚 (pàn), 袷袢, 幺麽.
 * They are no evidence of traditional text and are never flagged on their own in a simplified document.
 */

/**
 * Variant forms that differ between the traditional standards: [OpenCC, Taiwan, Hong Kong];
 * null = both forms are accepted there. Curated from OpenCC TWVariants/HKVariants: only pairs where the
 * regional form is the everyday one (OpenCC's 纔/喫/羣-style "standard" forms are left out on purpose).
 */
export const VARIANT_GROUPS: readonly {
  readonly forms: string;
  readonly std: Readonly<Record<Region, string | null>>;
  /** Different words, not variants, where the standard allows both (着/著): never judged by majority. */
  readonly distinct?: boolean;
}[] = [
  { forms: '爲為', std: { traditional: '爲', tw: '為', hk: '為' } },
  { forms: '裏裡', std: { traditional: '裏', tw: '裡', hk: '裏' } },
  { forms: '僞偽', std: { traditional: '僞', tw: '偽', hk: '偽' } },
  { forms: '麪麵', std: { traditional: '麪', tw: '麵', hk: '麪' } },
  { forms: '衆眾', std: { traditional: '衆', tw: '眾', hk: '眾' } },
  { forms: '啓啟', std: { traditional: '啓', tw: '啟', hk: '啓' } },
  { forms: '線綫', std: { traditional: '線', tw: '線', hk: null } },
  { forms: '着著', std: { traditional: null, tw: '著', hk: null }, distinct: true },
  { forms: '說説', std: { traditional: '說', tw: '說', hk: '説' } },
  { forms: '稅税', std: { traditional: '稅', tw: '稅', hk: '税' } },
  { forms: '脫脱', std: { traditional: '脫', tw: '脫', hk: '脱' } },
  { forms: '閱閲', std: { traditional: '閱', tw: '閱', hk: '閲' } },
  { forms: '戶户', std: { traditional: '戶', tw: '戶', hk: '户' } },
  { forms: '溫温', std: { traditional: '溫', tw: '溫', hk: '温' } },
  { forms: '衛衞', std: { traditional: '衛', tw: '衛', hk: '衞' } },
];

/**
 * Pre-1956 printing variants that OpenCC files as simplified (决/決, 够/夠, 强/強…): in a document of the generic
 * traditional standard (old prints such as the 1954 report) they are the document's own convention, judged by
 * consistency (variant rule) rather than as simplified characters; Taiwan/Hong Kong documents still get them as
 * simplified characters. [variant, traditional]
 */
export const OLD_FORM_PAIRS: readonly string[] = [
  '决決',
  '况況',
  '减減',
  '凑湊',
  '净淨',
  '凉涼',
  '够夠',
  '强強',
  '却卻',
  '弃棄',
  '届屆',
  '床牀',
  '册冊',
];

let oldForms: Map<number, string> | null = null;
/** The traditional form of an old printing variant (够 → 夠), if `cp` is one. */
export function oldFormOf(cp: number): string | undefined {
  if (!oldForms) oldForms = new Map(OLD_FORM_PAIRS.map((p) => [p.codePointAt(0)!, p[1]]));
  return oldForms.get(cp);
}

const REGIONS: readonly Region[] = ['traditional', 'tw', 'hk'];

let variantIndex: Map<number, (typeof VARIANT_GROUPS)[number]> | null = null;

/** The variant group a code point belongs to, if any. */
export function variantGroup(cp: number): (typeof VARIANT_GROUPS)[number] | undefined {
  if (!variantIndex) {
    const cls = charTables().cls;
    variantIndex = new Map();
    for (const g of VARIANT_GROUPS)
      for (const ch of g.forms) {
        variantIndex.set(ch.codePointAt(0)!, g);
        cls[ch.codePointAt(0)!] |= C_VARIANT;
      }
  }
  return variantIndex.get(cp);
}

/** True when the BMP code unit `c` belongs to a variant group (a byte lookup). */
export function isVariantCode(c: number): boolean {
  if (!variantIndex) variantGroup(0);
  return (charTables().cls[c] & C_VARIANT) !== 0;
}

/** 1: traditional-only, -1: simplified-only, 0: shared or not Han. Uses the light tables only. */
export function charScript(cp: number): 1 | -1 | 0 {
  const t = charTables();
  if (cp < 0x10000) return scriptOfClass(t.cls[cp]);
  if (t.t2sChar.has(cp)) return t.s2tChar.has(cp) ? 0 : 1;
  if (t.s2tChar.has(cp)) return t.ambiguous.has(cp) ? 0 : -1;
  return 0;
}

function scriptOfClass(c: number): 1 | -1 | 0 {
  if (c & C_T2S) return c & (C_DUAL | C_S2T) ? 0 : 1;
  if (c & C_S2T) return c & C_AMBIG ? 0 : -1;
  return 0;
}

/** Per traditional standard, the number of variant forms in `text` that differ from it (為/爲, 裡/裏, 説/說…). */
export function regionMisses(text: string): Record<Region, number> {
  const miss: Record<Region, number> = { traditional: 0, tw: 0, hk: 0 };
  if (!variantIndex) variantGroup(0);
  const cls = charTables().cls;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x4e00 || !(cls[c] & C_VARIANT)) continue;
    const g = variantGroup(c);
    if (!g) continue;
    const ch = text[i];
    for (const r of REGIONS) if (g.std[r] !== null && g.std[r] !== ch) miss[r]++;
  }
  return miss;
}

/** Which traditional standard the text follows, from its variant forms (為/爲, 裡/裏, 説/說…). */
export function detectRegion(text: string): Region {
  const miss = regionMisses(text);
  let best: Region = 'traditional';
  for (const r of REGIONS) if (miss[r] < miss[best]) best = r;
  return best;
}

/** Decides a document's script from its characters. Pure; builds the light tables on first use. */
export function detectScript(text: string): ScriptDetection {
  let trad = 0;
  let simp = 0;
  const cls = charTables().cls;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp < 0x3400) continue;
    let s: 1 | -1 | 0;
    if (cp >= 0xd800 && cp <= 0xdbff) {
      cp = text.codePointAt(i)!;
      i++;
      s = charScript(cp);
    } else s = scriptOfClass(cls[cp]);
    if (s === 1) trad++;
    else if (s === -1) simp++;
  }
  const n = trad + simp;
  const ratio = n === 0 ? 0 : trad / n;
  const confidence = Math.round(Math.abs(2 * ratio - 1) * Math.min(1, n / 10) * 100) / 100;
  if (n === 0 || ratio <= 0.5) return { script: 'simplified', confidence: n === 0 ? 0 : confidence, traditionalRatio: ratio };
  return { script: detectRegion(text), confidence, traditionalRatio: ratio };
}
