/**
 * The script-mixing analysis shared by the script rules: which script the document is in, which stretches
 * of prose are open to checking (quotations, 书名号, protected and skipped words cut them), and the runs of
 * characters written in the other script, each with its phrase-aware conversion.
 */
import type { RuleContext } from '../types';
import { inLikelyName } from '../person-names';
import { quotations } from '../quotes';
import { scriptDecision, type ScriptDecision } from './decision';
import { group, skeleton, walk, type Flag, type Piece, type Skeleton } from './runs';
import { charScript, DUAL_USE_CHARS, isVariantCode, oldFormOf, regionMisses, variantGroup } from './detect';
import { C_AMBIG, C_CHECKED, C_PHRASE_ONLY, C_REGIONAL, C_S2T, C_T2S, candidatesOf, heavyTables, lightTables, type Region } from './tables';

/** Words kept as they are in a simplified document (乾县 is a county; 於菟, 宫商角徵羽…) and 台 in traditional ones. */
export const DEFAULT_SKIP: readonly string[] = [
  ...DUAL_USE_CHARS,
  '台',
  '乾县',
  '乾陵',
  '乾隆',
  '乾坤',
  '乾元',
  '乾安',
  '乾州',
  '萧乾',
  '魏徵',
  '哪吒',
  '木吒',
  '金吒',
  '蒜薹',
  '芸薹',
  '袷袢',
  '幺麽',
  '宫商角徵羽',
  '於菟',
  '甚夥',
  '客庄',
  '客家庄',
  '村里',
];

/**
 * Two-character words (in simplified spelling, the dual-use character kept) that show a dual-use character is
 * used as a plain traditional character: 关於 → 关于, 乾燥 → 干燥, 夥伴 → 伙伴, 徵求 → 征求, 什麽 → 什么.
 */
const DUAL_CONTEXT = new Set(
  (
    '於是 由於 对於 关於 至於 终於 处於 属於 位於 善於 便於 等於 在於 鉴於 基於 勇於 敢於 乐於 易於 难於 急於 出於 用於 ' +
    '归於 限於 免於 高於 低於 大於 小於 多於 少於 於此 过於 趋於 忠於 ' +
    '乾燥 乾净 乾脆 饼乾 乾旱 乾杯 夥伴 合夥 夥计 团夥 入夥 徵求 徵收 徵集 徵兆 特徵 象徵 徵税 徵文 徵地 徵召 徵询 ' +
    '什麽 怎麽 这麽 那麽 多麽 要麽 甚麽'
  ).split(' '),
);

/** Marks quotations (with their marks): core/quotes.ts decides what is quoted. */
function markQuotes(ctx: RuleContext<object>, out: Uint8Array): void {
  for (const [s, e] of quotations(ctx)) out.fill(1, s, e);
}

function markWords(text: string, words: readonly string[], out: Uint8Array): void {
  for (const w of words) {
    if (w.length === 0) continue;
    for (let i = text.indexOf(w); i !== -1; i = text.indexOf(w, i + 1)) out.fill(1, i, i + w.length);
  }
}

/** Prose stretches open to script checks: segments minus quotations, 书名号, protected words and `skipWords`. */
export function scriptPieces(ctx: RuleContext<object>, skipWords: readonly string[]): readonly Piece[] {
  const key = 'script:pieces:' + skipWords.join('|');
  return ctx.memo(key, () => {
    const off = new Uint8Array(ctx.text.length);
    markQuotes(ctx, off);
    markWords(ctx.text, ctx.shared.protectedWords, off);
    markWords(ctx.text, skipWords, off);
    const pieces: Piece[] = [];
    const text = ctx.text;
    for (const seg of ctx.segments) {
      let s = -1;
      for (let i = seg.start; i <= seg.end; i++) {
        const closed = i === seg.end || off[i] === 1;
        if (!closed && s < 0) s = i;
        else if (closed && s >= 0) {
          const prev = pieces.length ? pieces[pieces.length - 1] : null;
          // A paragraph broken over lines (scraped text) stays one stretch, so that a run can cross the break.
          if (prev && /^[ \t\u3000]*(?:\r\n|\r|\n)[ \t\u3000]*$/.test(text.slice(prev.end, s)))
            pieces[pieces.length - 1] = { start: prev.start, end: i };
          else pieces.push({ start: s, end: i });
          s = -1;
        }
      }
    }
    return pieces;
  });
}

export type FindingKind = 'traditionalInSimplified' | 'simplifiedInTraditional' | 'ambiguousSimplified';

export type { Piece };

export interface ScriptFinding {
  readonly kind: FindingKind;
  readonly start: number;
  readonly end: number;
  /** Replacement for [start, end): the flagged characters converted, the others kept. */
  readonly replacement: string;
  readonly fixKind: 'safe' | 'suggestion';
  /** Number of converted characters. */
  readonly count: number;
  /** For a single ambiguous character: every candidate, the phrase's choice first. */
  readonly candidates?: readonly string[];
  /** For an ambiguous character: the phrase (in the original text) that decided it. */
  readonly phrase?: string;
  /** The characters sit in a likely personal name (理事長彭双浪): no safe fix, reported as a note. */
  readonly name?: boolean;
}

function regional(cp: number, region: Region): number {
  if (region === 'traditional') return cp;
  const t = lightTables();
  return (region === 'tw' ? t.twVariant : t.hkVariant).get(cp) ?? cp;
}

function finding(
  text: string,
  sk: Skeleton,
  run: Flag[],
  kind: FindingKind,
  fixKind: 'safe' | 'suggestion',
  extra: Partial<ScriptFinding> = {},
): ScriptFinding {
  const first = run[0];
  const last = run[run.length - 1];
  const start = sk.offs[first.k];
  const end = sk.offs[last.k] + (sk.cps[last.k] > 0xffff ? 2 : 1);
  let replacement = '';
  let pos = start;
  for (const f of run) {
    const o = sk.offs[f.k];
    replacement += text.slice(pos, o) + String.fromCodePoint(f.to);
    pos = o + (sk.cps[f.k] > 0xffff ? 2 : 1);
  }
  replacement += text.slice(pos, end);
  return { kind, start, end, replacement, fixKind, count: run.length, ...extra };
}

function isWeakSingle(skip: readonly string[]): Set<number> {
  const s = new Set<number>();
  for (const w of skip) if ([...w].length === 1) s.add(w.codePointAt(0)!);
  return s;
}

/** Traditional characters in a simplified document. */
function checkSimplified(ctx: RuleContext<object>, pieces: readonly Piece[], skip: readonly string[]): ScriptFinding[] {
  const t = lightTables();
  const weakSet = isWeakSingle(skip);
  const text = ctx.text;
  const out: ScriptFinding[] = [];
  for (const p of pieces) {
    let any = false;
    for (let i = p.start; i < p.end && !any; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x3400 && (t.cls[c] & (C_T2S | C_PHRASE_ONLY) || (c >= 0xd800 && c <= 0xdbff && t.t2sChar.has(text.codePointAt(i)!))))
        any = true;
    }
    if (!any) continue;
    const sk = skeleton(text, p);
    const { exp, plen } = walk(t.t2s, sk.cps);
    const flags: Flag[] = [];
    const norm = sk.cps.slice();
    const traditional = (k: number): boolean => {
      const cp = sk.cps[k];
      if (cp >= 0x10000) return t.t2sChar.has(cp);
      return (t.cls[cp] & C_T2S) !== 0 || ((t.cls[cp] & C_PHRASE_ONLY) !== 0 && plen[k] >= 2);
    };
    for (let k = 0; k < sk.cps.length; k++) {
      const cp = sk.cps[k];
      if (exp[k] === cp || !traditional(k)) continue;
      if (!weakSet.has(cp)) norm[k] = exp[k];
    }
    for (let k = 0; k < sk.cps.length; k++) {
      const cp = sk.cps[k];
      if (exp[k] === cp || !traditional(k)) continue;
      if (!weakSet.has(cp)) {
        flags.push({ k, to: exp[k], anchor: true, decided: true, ambiguous: false });
        continue;
      }
      const ch = String.fromCodePoint(cp);
      const before = k > 0 ? String.fromCodePoint(norm[k - 1]) + ch : '';
      const after = k + 1 < norm.length ? ch + String.fromCodePoint(norm[k + 1]) : '';
      const decided = plen[k] >= 2 || DUAL_CONTEXT.has(before) || DUAL_CONTEXT.has(after);
      flags.push({ k, to: exp[k], anchor: decided, decided, ambiguous: false });
    }
    for (const run of group(text, sk, flags, (cp) => charScript(cp) === -1))
      out.push(finding(text, sk, run, 'traditionalInSimplified', 'safe'));
  }
  return out;
}

/** Simplified characters in a traditional document. */
function checkTraditional(ctx: RuleContext<object>, pieces: readonly Piece[], region: Region, skip: readonly string[]): ScriptFinding[] {
  const t = lightTables();
  const exempt = isWeakSingle(skip);
  const text = ctx.text;
  const out: ScriptFinding[] = [];
  for (const p of pieces) {
    let any = false;
    for (let i = p.start; i < p.end && !any; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x3400) continue;
      if (c >= 0xd800 && c <= 0xdbff) {
        const cp = text.codePointAt(i)!;
        if (t.s2tChar.has(cp) && !t.t2sChar.has(cp)) any = true;
        continue;
      }
      // Characters that can start a finding: simplified-only, or an ambiguous one checked by phrase.
      const k = t.cls[c];
      if ((k & (C_S2T | C_T2S | C_REGIONAL)) === C_S2T && (!(k & C_AMBIG) || k & C_CHECKED)) any = true;
    }
    if (!any) continue;
    const sk = skeleton(text, p);
    // Bring the whole piece to simplified first, so that STPhrases (keyed on simplified text) match mixed text: 關于 → 关于 → 關於.
    const simp = sk.cps.map((cp) => t.t2sChar.get(cp) ?? cp);
    const { exp, plen, pstart, at } = walk(heavyTables().s2t, simp);
    const flags: Flag[] = [];
    for (let k = 0; k < sk.cps.length; k++) {
      const cp = sk.cps[k];
      if (!t.s2tChar.has(cp) || t.t2sChar.has(cp)) continue;
      if (region === 'traditional' && oldFormOf(cp) !== undefined) continue; // the variant rule's
      if (t.regionalForms.has(cp)) continue; // 秘 群 峰 床 雇: regular somewhere in traditional usage
      const to = regional(exp[k], region);
      if (to === cp) continue;
      const ambiguous = t.ambiguous.has(cp);
      if (!ambiguous) {
        flags.push({ k, to, anchor: true, decided: true, ambiguous: false });
        continue;
      }
      // Decided by a phrase, unless an overlapping phrase starting here disagrees (不被干扰: 被干 vs 干扰).
      let decided = plen[k] >= 2;
      if (decided && pstart[k] < k) {
        const alt = at(k);
        if (alt !== null && alt !== exp[k]) decided = false;
      }
      const anchor = decided && t.checked.has(cp) && !exempt.has(cp);
      flags.push({ k, to, anchor, decided, ambiguous: true });
    }
    const named = (run: readonly Flag[]): boolean => run.length <= 2 && run.every((f) => inLikelyName(text, sk.offs[f.k], p.start, p.end));
    for (const run of group(text, sk, flags, (cp) => charScript(cp) === 1)) {
      const onlyAmbiguous = run.every((f) => f.ambiguous);
      const name = named(run);
      const safe = !onlyAmbiguous && !name && run.every((f) => f.decided);
      if (!onlyAmbiguous) {
        out.push(finding(text, sk, run, 'simplifiedInTraditional', safe ? 'safe' : 'suggestion', name ? { name } : {}));
        continue;
      }
      // Ambiguous characters decided by a phrase: one finding each, with the candidates.
      for (const f of run) {
        const cands = [String.fromCodePoint(f.to)];
        for (const c of candidatesOf(sk.cps[f.k]) ?? []) {
          const r = String.fromCodePoint(regional(c.codePointAt(0)!, region));
          if (!cands.includes(r)) cands.push(r);
        }
        const a = pstart[f.k];
        const z = Math.min(a + plen[f.k], sk.cps.length) - 1;
        const phrase = text.slice(sk.offs[a], sk.offs[z] + (sk.cps[z] > 0xffff ? 2 : 1));
        out.push(
          finding(text, sk, [f], 'ambiguousSimplified', 'suggestion', { candidates: cands, phrase, ...(named([f]) ? { name: true } : {}) }),
        );
      }
    }
  }
  return out;
}

/** Every finding of the mixed-script check, under the document's script. */
export function analyzeScript(ctx: RuleContext<object>, skip: readonly string[]): { decision: ScriptDecision; findings: ScriptFinding[] } {
  return ctx.memo('script:analysis:' + skip.join('|'), () => {
    const decision = scriptDecision(ctx);
    const pieces = scriptPieces(
      ctx,
      skip.filter((w) => [...w].length > 1),
    );
    const findings =
      decision.script === 'simplified' ? checkSimplified(ctx, pieces, skip) : checkTraditional(ctx, pieces, decision.script, skip);
    return { decision, findings };
  });
}

export interface VariantFinding {
  readonly start: number;
  readonly end: number;
  readonly found: string;
  readonly expected: string;
  readonly region: Region;
  /** safe when the document's standard is known (forced, or detected with a clear margin); else suggestion. */
  readonly fixKind: 'safe' | 'suggestion';
}

/**
 * Whether the document's traditional standard is known: forced by the shared `script` setting, or detected as Taiwan
 * or Hong Kong clearly — at least two variant forms fewer than every other standard, and at most a third of theirs
 * (a name such as 彭啓明 is one form; a transcription mixing 裏 and 說 is no clear Taiwan document).
 */
function regionKnown(ctx: RuleContext<object>, region: Region, forced: boolean): boolean {
  if (forced) return true;
  if (region === 'traditional') return false;
  const miss = regionMisses(ctx.text);
  return (Object.keys(miss) as Region[]).every((r) => r === region || (miss[r] - miss[region] >= 2 && miss[region] * 3 <= miss[r]));
}

/** The standards with as few variant misses as the detected one (itself included): the candidates when it is unknown. */
function tiedRegions(text: string, region: Region): Region[] {
  const miss = regionMisses(text);
  return (Object.keys(miss) as Region[]).filter((r) => miss[r] === miss[region]);
}

/**
 * Variant forms that differ from the traditional document's standard (Taiwan: 為 裡 線 啟; Hong Kong: 為 裏 啓;
 * OpenCC: 爲 裏 線 啓), never from the majority: the standard is what an editor aims at, and a name such as 彭啓明
 * must not turn 啟動 into 啓動. Characters inside a likely personal name are left alone. With the standard known
 * (forced by `script`, or a clear Taiwan/Hong Kong detection) every other form is reported with a safe fix; unknown,
 * only groups the document writes both ways are reported (爲 and 為), aiming at the detected standard, as suggestions.
 */
export function analyzeVariants(ctx: RuleContext<object>): VariantFinding[] {
  return ctx.memo('script:variants', () => {
    const decision = scriptDecision(ctx);
    if (decision.script === 'simplified') return [];
    const region = decision.script;
    const known = regionKnown(ctx, region, decision.forced);
    // Unknown standard: the standards tied with the detected one must agree on a group's form (為 vs OpenCC 爲).
    const tied = known ? [region] : tiedRegions(ctx.text, region);
    const text = ctx.text;
    // Per group (keyed by its standard form): the offsets of the other forms, and the forms seen.
    const groups = new Map<string, { at: number[]; forms: Set<string> }>();
    for (const p of scriptPieces(ctx, [])) {
      for (let i = p.start; i < p.end; i++) {
        const c = text.charCodeAt(i);
        if (c < 0x4e00) continue;
        const g = isVariantCode(c) ? variantGroup(c) : undefined;
        let expected: string | null | undefined;
        if (g) expected = g.std[region];
        else if (region === 'traditional') expected = oldFormOf(c);
        if (expected && g && tied.some((r) => g.std[r] !== expected)) continue;
        if (!expected || inLikelyName(text, i, p.start, p.end)) continue;
        let e = groups.get(expected);
        if (!e) groups.set(expected, (e = { at: [], forms: new Set() }));
        e.forms.add(text[i]);
        if (expected !== text[i]) e.at.push(i);
      }
    }
    const fixKind = known ? 'safe' : 'suggestion';
    const out: VariantFinding[] = [];
    for (const [expected, { at, forms }] of groups) {
      if (!known && forms.size < 2) continue;
      for (const i of at) out.push({ start: i, end: i + 1, found: text[i], expected, region, fixKind });
    }
    return out.sort((a, b) => a.start - b.start);
  });
}
