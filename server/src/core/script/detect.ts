import { regionMisses, scanText, type TextScan } from './scan';
import { DUAL_USE_CHARS, type Region } from './tables';
import { REGIONS, VARIANT_GROUPS } from './variants';

export { DUAL_USE_CHARS, VARIANT_GROUPS };

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

/** The standard with the fewest variant misses (the first of REGIONS on a tie). */
function regionOf(miss: Readonly<Record<Region, number>>): Region {
  let best: Region = 'traditional';
  for (const r of REGIONS) if (miss[r] < miss[best]) best = r;
  return best;
}

/** Which traditional standard the text follows, from its variant forms (為/爲, 裡/裏, 説/說…). */
export function detectRegion(text: string): Region {
  return regionOf(regionMisses(text));
}

/** The script of a text from its scan (scan.ts). */
export function detectionOf(scan: TextScan): ScriptDetection {
  const n = scan.trad + scan.simp;
  const ratio = n === 0 ? 0 : scan.trad / n;
  const confidence = Math.round(Math.abs(2 * ratio - 1) * Math.min(1, n / 10) * 100) / 100;
  if (n === 0 || ratio <= 0.5) return { script: 'simplified', confidence: n === 0 ? 0 : confidence, traditionalRatio: ratio };
  return { script: regionOf(scan.miss), confidence, traditionalRatio: ratio };
}

/** Decides a document's script from its characters. Pure; builds the light tables on first use. */
export function detectScript(text: string): ScriptDetection {
  return detectionOf(scanText(text));
}
