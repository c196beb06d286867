/**
 * The variant forms of the traditional standards (為/爲, 裡/裏, 説/說…) and the pre-1956 printing variants (决/決):
 * data and two lookups, shared by the document scan (scan.ts), detection and the variant rule.
 */
import type { Region } from './tables';

export interface VariantGroup {
  readonly forms: string;
  readonly std: Readonly<Record<Region, string | null>>;
  /** Different words, not variants, where the standard allows both (着/著): never judged by majority. */
  readonly distinct?: boolean;
}

export const REGIONS: readonly Region[] = ['traditional', 'tw', 'hk'];

/**
 * Variant forms that differ between the traditional standards: [OpenCC, Taiwan, Hong Kong];
 * null = both forms are accepted there. Curated from OpenCC TWVariants/HKVariants: only pairs where the
 * regional form is the everyday one (OpenCC's 纔/喫/羣-style "standard" forms are left out on purpose).
 */
export const VARIANT_GROUPS: readonly VariantGroup[] = [
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

let variantIndex: Map<number, VariantGroup> | null = null;

/** The variant group a code point belongs to, if any. */
export function variantGroup(cp: number): VariantGroup | undefined {
  if (!variantIndex) {
    variantIndex = new Map();
    for (const g of VARIANT_GROUPS) for (const ch of g.forms) variantIndex.set(ch.codePointAt(0)!, g);
  }
  return variantIndex.get(cp);
}
