import { detectRegion } from './detect';
import { heavyTables, lightTables } from './tables';

export type ConvertTarget = 'simplified' | 'traditional' | 'tw' | 'hk';

/**
 * Phrase-aware conversion through the OpenCC dictionaries (commands «转换为简体» and
 * «转换为繁体（台湾/香港/通用）»). To simplified: Taiwan / Hong Kong variant phrases (隨著→隨着, kept 顯著)
 * are normalised first when the text itself follows that standard, then TSPhrases + TSCharacters.
 * To traditional: STPhrases + STCharacters, then the regional variants (爲→為, 裏→裡 for tw).
 * Pure; builds the dictionaries on first use (~0.2–0.5 s once).
 */
export function convertScript(text: string, to: ConvertTarget): string {
  if (to === 'simplified') {
    const region = detectRegion(text);
    let s = text;
    if (region === 'tw') s = heavyTables().fromTw.convert(s);
    else if (region === 'hk') s = heavyTables().fromHk.convert(s);
    return lightTables().t2s.convert(s);
  }
  const h = heavyTables();
  const t = h.s2t.convert(text);
  if (to === 'tw') return h.toTw.convert(t);
  if (to === 'hk') return h.toHk.convert(t);
  return t;
}
