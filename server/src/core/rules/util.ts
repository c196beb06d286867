import { leadingMarker } from '../markers';
import type { RuleContext, TextEdit } from '../types';

/** Absolute [start, end) of each line's leading heading marker (or null), computed once per check. */
export function markerSpans(ctx: RuleContext<object>): readonly ([number, number] | null)[] {
  return ctx.memo('markerSpans', () =>
    ctx.doc.lines.map((l) => {
      if (l.masked) return null;
      const m = leadingMarker(l.text);
      return m ? ([l.start + m[0], l.start + m[1]] as [number, number]) : null;
    }),
  );
}

/** True when absolute offset `i` on line `line` lies inside that line's heading marker. */
export function inMarker(ctx: RuleContext<object>, line: number, i: number): boolean {
  const s = markerSpans(ctx)[line];
  return s !== null && i >= s[0] && i < s[1];
}

export const edit = {
  replace: (start: number, end: number, newText: string): TextEdit => ({ start, end, newText }),
  remove: (start: number, end: number): TextEdit => ({ start, end, newText: '' }),
  insert: (at: number, newText: string): TextEdit => ({ start: at, end: at, newText }),
};

// High-frequency characters that exist in only one script: a cheap ratio test, no dictionary needed
// (the OpenCC-based detector in script/ is for the script rules, which build those tables anyway).
const TRAD_ONLY = '們個為這與國會說發經過時對來還實際於歲點無開關應該總統電災課區營處業風復損設備體學習興產讓見問題變長東車門間話現員報進義標樣務頭張書從當鄉縣層聽熱歡給號錢雙選邊檢權聯鐵華灣嗎後麼機動沒種億萬辦專議資據組織並';
const SIMP_ONLY = '们个为这与国会说发经过时对来还实际于岁点无开关应该总统电灾课区营处业风复损设备体学习兴产让见问题变长东车门间话现员报进义标样务头张书从当乡县层听热欢给号钱双选边检权联铁华湾吗后么机动没种亿万办专议资据组织并';
let SCRIPT_TABLE: Uint8Array | undefined;

/**
 * True when the document is written in traditional Chinese: the shared `script` setting, else a count of
 * script-only characters over the first 20 000 code units. Rules whose norms are mainland-only (「」, GB/T 15835)
 * use it to stay quiet on Taiwan and Hong Kong text.
 */
export function isTraditionalDocument(ctx: RuleContext<object>): boolean {
  const s = ctx.shared.script;
  if (s === 'traditional' || s === 'tw' || s === 'hk') return true;
  if (s === 'simplified') return false;
  return ctx.memo('isTraditionalDocument', () => {
    if (!SCRIPT_TABLE) {
      SCRIPT_TABLE = new Uint8Array(65536);
      for (const c of TRAD_ONLY) SCRIPT_TABLE[c.charCodeAt(0)] = 1;
      for (const c of SIMP_ONLY) SCRIPT_TABLE[c.charCodeAt(0)] = 2;
    }
    const text = ctx.text;
    const n = Math.min(text.length, 20000);
    let trad = 0;
    let simp = 0;
    for (let i = 0; i < n; i++) {
      const k = SCRIPT_TABLE[text.charCodeAt(i)];
      if (k === 1) trad++;
      else if (k === 2) simp++;
    }
    return trad >= 3 && trad > simp * 2;
  });
}
