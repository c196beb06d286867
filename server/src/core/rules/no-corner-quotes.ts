import type { RuleContext, Rule } from '../types';
import { edit } from './util';

// High-frequency characters that exist only in one script. A cheap ratio test: no dictionary needed.
const TRAD_ONLY = '們國這個為會說來時對發與學經義開關現實當東長問點體間從後麼際進過機動還總統應該沒種區華億萬樣辦產務專業議讓資員層據變組織並'; 
const SIMP_ONLY = '们国这个为会说来时对发与学经义开关现实当东长问点体间从后么际进过机动还总统应该没种区华亿万样办产务专业议让资员层据变组织并';
// Lookup table over the BMP: 1 = traditional-only, 2 = simplified-only.
let TABLE: Uint8Array | null = null;
function table(): Uint8Array {
  if (TABLE) return TABLE;
  TABLE = new Uint8Array(0x10000);
  for (let i = 0; i < TRAD_ONLY.length; i++) {
    if (TRAD_ONLY[i] === SIMP_ONLY[i]) continue;
    TABLE[TRAD_ONLY.charCodeAt(i)] = 1;
    TABLE[SIMP_ONLY.charCodeAt(i)] = 2;
  }
  return TABLE;
}

/**
 * True when the document is written in traditional characters (Taiwan, Hong Kong, pre-1956 texts):
 * forced by shared.script, else a ratio test over common script-specific characters.
 */
export function isTraditionalDocument(ctx: RuleContext<object>): boolean {
  const s = ctx.shared.script;
  if (s === 'traditional' || s === 'tw' || s === 'hk') return true;
  if (s === 'simplified') return false;
  return ctx.memo('punct.traditional', () => {
    const text = ctx.text;
    const tb = table();
    // The first 20 000 code units decide: enough evidence, bounded cost on long reports.
    const n = Math.min(text.length, 20000);
    let t = 0;
    let sc = 0;
    for (let i = 0; i < n; i++) {
      const k = tb[text.charCodeAt(i)];
      if (k === 1) t++;
      else if (k === 2) sc++;
    }
    return t > sc;
  });
}

const MAP: Readonly<Record<string, string>> = { '「': '“', '」': '”', '『': '‘', '』': '’' };
const CORNER_RE = /[「」『』]/g;

/**
 * GB/T 15834 4.8 / 5.2: horizontal simplified text uses “ ” ‘ ’; the corner brackets 「」『』 belong to
 * vertical text and to traditional-script documents (Taiwan, Hong Kong), where they stay untouched.
 */
export const noCornerQuotes: Rule = {
  meta: {
    id: 'no-corner-quotes',
    aliases: ['GW-PUNCT-004'],
    category: 'punctuation',
    defaultSeverity: 'warning',
    fixable: 'safe',
    description: {
      zh: '简体横排文稿的引号用“”‘’，不用直角引号「」『』（繁体文稿不检查）',
      en: 'Simplified horizontal text quotes with “” ‘’, not corner brackets 「」『』 (traditional documents are not checked)',
    },
    messages: {
      corner: { zh: '简体横排文稿中的“{{found}}”应改为“{{expected}}”', en: 'In simplified horizontal text "{{found}}" should be "{{expected}}"' },
    },
    defaultOptions: {},
    examples: [['坚持「两个毫不动摇」', '坚持“两个毫不动摇”']],
  },
  check(ctx) {
    if (!/[「」『』]/.test(ctx.text) || isTraditionalDocument(ctx)) return;
    for (const seg of ctx.segments) {
      CORNER_RE.lastIndex = 0;
      for (let m = CORNER_RE.exec(seg.text); m !== null; m = CORNER_RE.exec(seg.text)) {
        const start = seg.start + m.index;
        const expected = MAP[m[0]];
        ctx.report({ messageId: 'corner', data: { found: m[0], expected }, start, end: start + 1, fix: [edit.replace(start, start + 1, expected)] });
      }
    }
  },
};
