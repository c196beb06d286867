/**
 * The script-mixing analysis shared by the script rules: which script the document is in, which stretches
 * of prose are open to checking (quotations, 书名号, protected and skipped words cut them), and the runs of
 * characters written in the other script, each with its phrase-aware conversion.
 */
import type { RuleContext } from '../types';
import { inLikelyName } from '../person-names';
import { factsCache, ownCopy } from '../line-facts';
import { documentScan, scriptDecision, type ScriptDecision } from './decision';
import { piecesHolding, scriptPieces } from './pieces';
import { ANCHOR, AMBIGUOUS, candidates, DECIDED, Flags, group, RUN_REACH, skeleton, walk, type Piece, type Skeleton } from './runs';
import { charScript, holdsBit, knownPositions, positions, S_IN_SIMPLIFIED, S_IN_TRADITIONAL, S_VARIANT, scanTable } from './scan';
import { C_PHRASE_ONLY, C_S2T, C_T2S, candidatesOf, DUAL_USE_CHARS, heavyTables, lightTables, type Region } from './tables';
import { oldFormOf, variantGroup, type VariantGroup } from './variants';

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

/** Scratch units for `replaced`, kept between calls (grown as needed). */
let units = new Uint16Array(256);

/**
 * text[start, end) with each flag's character replaced by its conversion. When every one is a single unit the units
 * are copied and replaced in place and made a string at once: a run may span a whole paragraph of a traditional
 * document quoted in a simplified one, and one string piece per character would cost more than the finding.
 */
function replaced(text: string, sk: Skeleton, f: Flags, lo: number, hi: number, start: number, end: number): string {
  const { offs, cps } = sk;
  let narrow = true;
  for (let i = lo; i < hi && narrow; i++) narrow = f.to[i] <= 0xffff && cps[f.k[i]] <= 0xffff;
  if (narrow) {
    const n = end - start;
    if (units.length < n) units = new Uint16Array(Math.max(n, units.length * 2));
    for (let i = 0; i < n; i++) units[i] = text.charCodeAt(start + i);
    for (let i = lo; i < hi; i++) units[offs[f.k[i]] - start] = f.to[i];
    let s = '';
    for (let i = 0; i < n; i += 4096) s += String.fromCharCode.apply(null, units.subarray(i, Math.min(n, i + 4096)) as unknown as number[]);
    return s;
  }
  let replacement = '';
  let pos = start;
  for (let i = lo; i < hi; i++) {
    const o = offs[f.k[i]];
    replacement += text.slice(pos, o) + String.fromCodePoint(f.to[i]);
    pos = o + (cps[f.k[i]] > 0xffff ? 2 : 1);
  }
  return replacement + text.slice(pos, end);
}

/** The finding of the run of flags [lo, hi). */
function finding(
  text: string,
  sk: Skeleton,
  f: Flags,
  lo: number,
  hi: number,
  kind: FindingKind,
  fixKind: 'safe' | 'suggestion',
  extra?: Partial<ScriptFinding>,
): ScriptFinding {
  const { offs, cps } = sk;
  const first = f.k[lo];
  const last = f.k[hi - 1];
  const start = offs[first];
  const end = offs[last] + (cps[last] > 0xffff ? 2 : 1);
  const replacement = replaced(text, sk, f, lo, hi, start, end);
  const base: ScriptFinding = { kind, start, end, replacement, fixKind, count: hi - lo };
  return extra ? { ...base, ...extra } : base;
}

function isWeakSingle(skip: readonly string[]): Set<number> {
  const s = new Set<number>();
  for (const w of skip) if ([...w].length === 1) s.add(w.codePointAt(0)!);
  return s;
}

/** Whether the weak (dual-use) character at `k` is decided: by a phrase, or by a two-character word around it (关於, 乾燥). */
function weakDecided(sk: Skeleton, k: number, plen: Uint8Array, norm: (k: number) => number): boolean {
  if (plen[k] >= 2) return true;
  const ch = String.fromCodePoint(sk.cps[k]);
  if (k > 0 && DUAL_CONTEXT.has(String.fromCodePoint(norm(k - 1)) + ch)) return true;
  return k + 1 < sk.cps.length && DUAL_CONTEXT.has(ch + String.fromCodePoint(norm(k + 1)));
}

/** Traditional characters in a simplified document; `pieces` are those holding a character that may be one (scan.ts). */
function checkSimplified(ctx: RuleContext<object>, pieces: readonly Piece[], skip: readonly string[]): ScriptFinding[] {
  const t = lightTables();
  const weakSet = isWeakSingle(skip);
  const text = ctx.text;
  const out: ScriptFinding[] = [];
  const counter = (cp: number): boolean => charScript(cp) === -1;
  for (const p of pieces) {
    const sk = skeleton(text, p);
    const cps = sk.cps;
    // Only characters that TSCharacters or TSPhrases convert can be flagged.
    const all = candidates(cps.length);
    let nc = 0;
    for (let k = 0; k < cps.length; k++) {
      const cp = cps[k];
      if (cp >= 0x10000 ? t.t2sChar.has(cp) : t.cls[cp] & (C_T2S | C_PHRASE_ONLY)) all[nc++] = k;
    }
    if (nc === 0) continue;
    const cand = all.subarray(0, nc);
    const { exp, plen } = walk(t.t2s, cps, cand, sk.s);
    // Flagged (kept in place at the front of `cand`): converted to something else, and surely traditional (or a
    // phrase-only character inside a phrase).
    let nf = 0;
    let weak = false;
    for (let i = 0; i < nc; i++) {
      const k = cand[i];
      const cp = cps[k];
      if (exp[k] === cp) continue;
      if (cp >= 0x10000 ? t.t2sChar.has(cp) : (t.cls[cp] & C_T2S) !== 0 || ((t.cls[cp] & C_PHRASE_ONLY) !== 0 && plen[k] >= 2)) {
        cand[nf++] = k;
        if (weakSet.has(cp)) weak = true;
      }
    }
    if (nf === 0) continue;
    const flagged = cand.subarray(0, nf);
    // The piece with the surely traditional characters simplified: the context of a dual-use one (关於, 乾燥).
    let normed: Uint8Array | null = null;
    if (weak) {
      normed = new Uint8Array(cps.length);
      for (const k of flagged) if (!weakSet.has(cps[k])) normed[k] = 1;
    }
    const norm = (k: number): number => (normed !== null && normed[k] ? exp[k] : cps[k]);
    const flags = new Flags(nf);
    for (const k of flagged) {
      const decided = !weak || !weakSet.has(cps[k]) || weakDecided(sk, k, plen, norm);
      flags.add(k, exp[k], decided ? ANCHOR | DECIDED : 0);
    }
    const runs = group(text, sk, flags, counter);
    for (let r = 0; r < runs.length; r += 2) out.push(finding(text, sk, flags, runs[r], runs[r + 1], 'traditionalInSimplified', 'safe'));
  }
  return out;
}

/**
 * The skeleton indices a traditional document's check looks at: simplified characters (STCharacters keys that are no
 * TSCharacters key) that can join a run. Runs grow from characters that can start a finding (S_IN_TRADITIONAL), over
 * gaps shorter than RUN_REACH, and by characters right next to them; the others (台 灣, 公里 far from any simplified
 * character) can be no part of a finding, and the walk need not reach them.
 */
function traditionalCandidates(cps: ArrayLike<number>): number[] {
  const t = lightTables();
  const sc = scanTable();
  const n = cps.length;
  // 1: a simplified character, 3: one that can start a finding.
  const kind = new Uint8Array(n);
  let last = -RUN_REACH - 1;
  for (let k = 0; k < n; k++) {
    const cp = cps[k];
    if (cp >= 0x10000) kind[k] = t.s2tChar.has(cp) && !t.t2sChar.has(cp) ? 3 : 0;
    else if ((t.cls[cp] & (C_S2T | C_T2S)) === C_S2T) kind[k] = sc[cp] & S_IN_TRADITIONAL ? 3 : 1;
  }
  const near = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    if (kind[k] === 3) last = k;
    if (k - last <= RUN_REACH) near[k] = 1;
  }
  last = n + RUN_REACH + 1;
  for (let k = n - 1; k >= 0; k--) {
    if (kind[k] === 3) last = k;
    if (last - k <= RUN_REACH) near[k] = 1;
  }
  const out: number[] = [];
  let chained = false;
  for (let k = 0; k < n; k++) {
    chained = kind[k] !== 0 && (near[k] === 1 || chained);
    if (chained) out.push(k);
  }
  return out;
}

/**
 * Simplified characters in a traditional document; `pieces` are those holding a character that can start a finding
 * (simplified-only, or an ambiguous one checked by phrase: scan.ts).
 */
function checkTraditional(ctx: RuleContext<object>, pieces: readonly Piece[], region: Region, skip: readonly string[]): ScriptFinding[] {
  const t = lightTables();
  const exempt = isWeakSingle(skip);
  const text = ctx.text;
  const out: ScriptFinding[] = [];
  for (const p of pieces) {
    const sk = skeleton(text, p);
    // Bring the whole piece to simplified first, so that STPhrases (keyed on simplified text) match mixed text: 關于 → 关于 → 關於.
    const simp = sk.cps.map((cp) => t.t2sChar.get(cp) ?? cp);
    const cand = traditionalCandidates(sk.cps);
    const { exp, plen, pstart, at } = walk(heavyTables().s2t, simp, cand);
    const flags = new Flags(cand.length);
    for (const k of cand) {
      const cp = sk.cps[k];
      if (region === 'traditional' && oldFormOf(cp) !== undefined) continue; // the variant rule's
      if (t.regionalForms.has(cp)) continue; // 秘 群 峰 床 雇: regular somewhere in traditional usage
      const to = regional(exp[k], region);
      if (to === cp) continue;
      const ambiguous = t.ambiguous.has(cp);
      if (!ambiguous) {
        flags.add(k, to, ANCHOR | DECIDED);
        continue;
      }
      // Decided by a phrase, unless an overlapping phrase starting here disagrees (不被干扰: 被干 vs 干扰).
      let decided = plen[k] >= 2;
      if (decided && pstart[k] < k) {
        const alt = at(k);
        if (alt !== null && alt !== exp[k]) decided = false;
      }
      const anchor = decided && t.checked.has(cp) && !exempt.has(cp);
      flags.add(k, to, (anchor ? ANCHOR : 0) | (decided ? DECIDED : 0) | AMBIGUOUS);
    }
    const named = (lo: number, hi: number): boolean => {
      if (hi - lo > 2) return false;
      for (let i = lo; i < hi; i++) if (!inLikelyName(text, sk.offs[flags.k[i]], p.start, p.end)) return false;
      return true;
    };
    const runs = group(text, sk, flags, (cp) => charScript(cp) === 1);
    for (let r = 0; r < runs.length; r += 2) {
      const lo = runs[r];
      const hi = runs[r + 1];
      const onlyAmbiguous = flags.all(lo, hi, AMBIGUOUS);
      const name = named(lo, hi);
      const safe = !onlyAmbiguous && !name && flags.all(lo, hi, DECIDED);
      if (!onlyAmbiguous) {
        out.push(finding(text, sk, flags, lo, hi, 'simplifiedInTraditional', safe ? 'safe' : 'suggestion', name ? { name } : undefined));
        continue;
      }
      // Ambiguous characters decided by a phrase: one finding each, with the candidates.
      for (let i = lo; i < hi; i++) {
        const k = flags.k[i];
        const cands = [String.fromCodePoint(flags.to[i])];
        for (const c of candidatesOf(sk.cps[k]) ?? []) {
          const form = String.fromCodePoint(regional(c.codePointAt(0)!, region));
          if (!cands.includes(form)) cands.push(form);
        }
        const a = pstart[k];
        const z = Math.min(a + plen[k], sk.cps.length) - 1;
        const phrase = text.slice(sk.offs[a], sk.offs[z] + (sk.cps[z] > 0xffff ? 2 : 1));
        out.push(
          finding(text, sk, flags, i, i + 1, 'ambiguousSimplified', 'suggestion', {
            candidates: cands,
            phrase,
            ...(named(i, i + 1) ? { name: true } : {}),
          }),
        );
      }
    }
  }
  return out;
}

const moved = (f: ScriptFinding, d: number): ScriptFinding => ({ ...f, start: f.start + d, end: f.end + d });

/** A finding to keep across checks: relative to its piece, its strings copied (a slice would keep its document version alive). */
function kept(f: ScriptFinding, d: number): ScriptFinding {
  const g = moved(f, d);
  return { ...g, replacement: ownCopy(g.replacement), ...(g.phrase === undefined ? {} : { phrase: ownCopy(g.phrase) }) };
}

/**
 * The findings of `pieces` by `analyse`, which looks at each piece's own text only: through the check's line facts
 * (core/line-facts.ts) a piece whose text the same analysis (`key`: script and skip words) saw in the previous check
 * is not analysed again, its findings are shifted to where it is now. Entries of pieces no longer there are dropped.
 */
function byPiece(
  ctx: RuleContext<object>,
  pieces: readonly Piece[],
  key: string,
  analyse: (pieces: readonly Piece[]) => ScriptFinding[],
): ScriptFinding[] {
  const store = factsCache(ctx);
  if (!store) return analyse(pieces);
  const gen = ++store.pieceGeneration;
  const out: ScriptFinding[] = [];
  for (const p of pieces) {
    const k = key + ctx.text.slice(p.start, p.end);
    let e = store.pieces.get(k);
    if (!e) store.pieces.set(ownCopy(k), (e = { findings: analyse([p]).map((f) => kept(f, -p.start)), used: gen }));
    e.used = gen;
    for (const f of e.findings) out.push(moved(f, p.start));
  }
  for (const [k, e] of store.pieces) if (e.used !== gen) store.pieces.delete(k);
  return out;
}

/** Every finding of the mixed-script check, under the document's script. */
export function analyzeScript(ctx: RuleContext<object>, skip: readonly string[]): { decision: ScriptDecision; findings: ScriptFinding[] } {
  // JSON, not join('|'): a skip word may hold the separator (['a|b'] and ['a', 'b'] are two lists).
  const skipKey = JSON.stringify(skip);
  return ctx.memo('script:analysis:' + skipKey, () => {
    const decision = scriptDecision(ctx);
    const simplified = decision.script === 'simplified';
    const bit = simplified ? S_IN_SIMPLIFIED : S_IN_TRADITIONAL;
    // Not known: the kind overflowed the scan's record (it is common here), or the scan met an unpaired surrogate; the
    // stretches are then tested one by one (holdsBit).
    const at = knownPositions(documentScan(ctx), bit);
    if (at && at.length === 0) {
      // No stretch to analyse: nothing of the last check's per-stretch findings is of use any more.
      factsCache(ctx)?.pieces.clear();
      return { decision, findings: [] };
    }
    const all = scriptPieces(
      ctx,
      skip.filter((w) => [...w].length > 1),
    );
    const pieces = at ? piecesHolding(all, at) : all.filter((p) => holdsBit(ctx.text, p.start, p.end, bit));
    const findings = byPiece(ctx, pieces, `${decision.script}\u0000${skipKey}\u0000`, (ps) =>
      decision.script === 'simplified' ? checkSimplified(ctx, ps, skip) : checkTraditional(ctx, ps, decision.script, skip),
    );
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
function regionKnown(miss: Readonly<Record<Region, number>>, region: Region, forced: boolean): boolean {
  if (forced) return true;
  if (region === 'traditional') return false;
  return (Object.keys(miss) as Region[]).every((r) => r === region || (miss[r] - miss[region] >= 2 && miss[region] * 3 <= miss[r]));
}

/** The standards with as few variant misses as the detected one (itself included): the candidates when it is unknown. */
function tiedRegions(miss: Readonly<Record<Region, number>>, region: Region): Region[] {
  return (Object.keys(miss) as Region[]).filter((r) => miss[r] === miss[region]);
}

/** One variant group's tally (keyed by its standard form): the other forms' offsets and the forms seen. */
interface Tally {
  readonly at: number[];
  readonly forms: Set<string>;
  /** Offsets of the standard form with their piece, [i, start, end]…: looked at only if its presence decides. */
  readonly standard: number[];
}

/** Index of the first of the sorted offsets `at` that is not below `from`. */
function lowerBound(at: readonly number[], from: number): number {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a group is reported: always when the standard is known, else only when it is written two ways outside names. */
function reported(text: string, t: Tally, known: boolean): boolean {
  if (t.at.length === 0) return false;
  if (known || t.forms.size >= 2) return true;
  for (let k = 0; k < t.standard.length; k += 3) if (!inLikelyName(text, t.standard[k], t.standard[k + 1], t.standard[k + 2])) return true;
  return false;
}

/**
 * Variant forms that differ from the traditional document's standard (Taiwan: 為 裡 線 啟; Hong Kong: 為 裏 啓;
 * OpenCC: 爲 裏 線 啓), never from the majority: the standard is what an editor aims at, and a name such as 彭啓明
 * must not turn 啟動 into 啓動. Characters inside a likely personal name are left alone. With the standard known
 * (forced by `script`, or a clear Taiwan/Hong Kong detection) every other form is reported with a safe fix; unknown,
 * only groups the document writes both ways are reported (爲 and 為), aiming at the detected standard, as suggestions.
 * Only the variant characters the document scan recorded are visited.
 */
export function analyzeVariants(ctx: RuleContext<object>): VariantFinding[] {
  return ctx.memo('script:variants', () => {
    const decision = scriptDecision(ctx);
    if (decision.script === 'simplified') return [];
    const region = decision.script;
    const scan = documentScan(ctx);
    const known = regionKnown(scan.miss, region, decision.forced);
    // Unknown standard: the standards tied with the detected one must agree on a group's form (為 vs OpenCC 爲).
    const tied = known ? [region] : tiedRegions(scan.miss, region);
    const text = ctx.text;
    /** The form the standard expects where `i` has a variant, unless the group is not judged there. */
    const expectedAt = (i: number): string | undefined => {
      const c = text.charCodeAt(i);
      const g: VariantGroup | undefined = variantGroup(c);
      const expected = g ? g.std[region] : region === 'traditional' ? oldFormOf(c) : undefined;
      return !expected || (g && tied.some((r) => g.std[r] !== expected)) ? undefined : expected;
    };
    const at = positions(text, scan, S_VARIANT).filter((i) => expectedAt(i) !== undefined);
    // Nothing to report without a form other than the standard one: no need for the pieces (nor the quotations).
    if (!at.some((i) => text[i] !== expectedAt(i))) return [];
    const groups = new Map<string, Tally>();
    const visit = (i: number, p: Piece): void => {
      const expected = expectedAt(i)!;
      const ch = text[i];
      // The standard form only counts as a form seen, which a known standard does not ask.
      if (ch !== expected ? inLikelyName(text, i, p.start, p.end) : known) return;
      let t = groups.get(expected);
      if (!t) groups.set(expected, (t = { at: [], forms: new Set(), standard: [] }));
      if (ch === expected) t.standard.push(i, p.start, p.end);
      else {
        t.forms.add(ch);
        t.at.push(i);
      }
    };
    for (const p of scriptPieces(ctx, [])) for (let j = lowerBound(at, p.start); j < at.length && at[j] < p.end; j++) visit(at[j], p);
    const fixKind = known ? 'safe' : 'suggestion';
    const out: VariantFinding[] = [];
    for (const [expected, t] of groups) {
      if (!reported(text, t, known)) continue;
      for (const i of t.at) out.push({ start: i, end: i + 1, found: text[i], expected, region, fixKind });
    }
    return out.sort((a, b) => a.start - b.start);
  });
}
