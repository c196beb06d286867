/**
 * Shared matcher of the wording rules: one trie per word table (built once, lazily), scanned left to
 * right over the prose segments; at each position the longest entry whose guard accepts the context
 * wins. Protected words (shared.protectedWords) are consumed first, so a listed word inside a protected
 * one is never reported (the engine also drops problems overlapping them).
 */
import { JIEZHI, REDUNDANT, TYPOS, VARIANTS, type Guard, type WordEntry } from './data/words';
import { isHan, LiteralTrie, segmentWindow, wordBoundaries } from './lexicon';
import { scriptDecision } from './script/decision';
import type { RuleContext } from './types';

export interface WordHit {
  readonly start: number;
  readonly end: number;
  readonly entry: WordEntry;
}

export function buildTrie(entries: readonly WordEntry[]): LiteralTrie<WordEntry> {
  const t = new LiteralTrie<WordEntry>();
  for (const e of entries) t.add(e.wrong, e);
  return t;
}

/** A lazily built trie for a static table. */
export function lazyTrie(entries: () => readonly WordEntry[]): () => LiteralTrie<WordEntry> {
  let t: LiteralTrie<WordEntry> | undefined;
  return () => (t ??= buildTrie(entries()));
}

const protectedByRef = new WeakMap<readonly string[], LiteralTrie<true>>();
const protectedByJson = new Map<string, LiteralTrie<true>>();

/** The trie of protected words, memoised by identity of the array and by its JSON. */
export function protectedTrie(words: readonly string[]): LiteralTrie<true> | null {
  if (!words || words.length === 0) return null;
  let t = protectedByRef.get(words);
  if (t) return t;
  const key = JSON.stringify(words);
  t = protectedByJson.get(key);
  if (!t) {
    t = new LiteralTrie<true>();
    for (const w of words) if (typeof w === 'string' && w) t.add(w, true);
    if (protectedByJson.size > 16) protectedByJson.clear();
    protectedByJson.set(key, t);
  }
  protectedByRef.set(words, t);
  return t;
}

const TIME_OBJECT =
  /^(?:目前|今|现在|現在|当前|當前|本[年月周週日季]|当[日天年月]|當[日天年月]|上[半个個]?[年月周週]|年底|月底|[0-9０-９一二三四五六七八九十〇两兩]{1,4}[年月日号號])/u;
const NOT_AFTER_JIEZHI = /^(?:日期|时间|時間|到|于|於|之)/u;

function guardOk(
  ctx: RuleContext<object>,
  guard: Guard | undefined,
  start: number,
  end: number,
  segStart: number,
  segEnd: number,
): boolean {
  if (!guard) return true;
  const text = ctx.text;
  const after = text.slice(end, Math.min(segEnd, end + 8));
  switch (guard) {
    case 'jiezhi':
      return !NOT_AFTER_JIEZHI.test(after) && TIME_OBJECT.test(after);
    case 'jiezhiDao':
      return /^(?:目前|今|现在|現在|当前|當前)/u.test(after);
    case 'clauseEnd':
      return end >= segEnd || !isHan(text.charCodeAt(end));
    case 'jishi':
      return /^(?:如此|是|这样|這樣)/u.test(after);
    case 'bounded': {
      const [ws, we] = segmentWindow(start, end, segStart, segEnd, 6);
      const b = wordBoundaries(text, ws, we);
      if (!b) return false; // no dictionary: rather say nothing
      // No word may straddle the start or the end of the match.
      for (let k = 0; k + 1 < b.length; k++) {
        const [s, e] = [b[k], b[k + 1]];
        if ((s < start && e > start) || (s < end && e > end)) return false;
      }
      return true;
    }
  }
}

/** All hits of `trie` in the prose of the document, leftmost-longest with guards, protected words skipped. */
export function findWords(ctx: RuleContext<object>, trie: LiteralTrie<WordEntry>): WordHit[] {
  const hits: WordHit[] = [];
  if (trie.size === 0) return hits;
  const guard = protectedTrie(ctx.shared.protectedWords);
  const text = ctx.text;
  for (const seg of ctx.segments) {
    for (let i = seg.start; i < seg.end;) {
      if (guard) {
        const p = guard.longestAt(text, i, seg.end);
        if (p) {
          i = p.end;
          continue;
        }
      }
      if (!trie.mayMatchAt(text, i, seg.end)) {
        i++;
        continue;
      }
      let hit: WordHit | null = null;
      for (const m of trie.allAt(text, i, seg.end)) {
        if (guardOk(ctx, m.value.guard, i, m.end, seg.start, seg.end)) {
          hit = { start: i, end: m.end, entry: m.value };
          break;
        }
      }
      if (hit) {
        hits.push(hit);
        i = hit.end;
      } else i++;
    }
  }
  return hits;
}

const userByRef = new WeakMap<object, LiteralTrie<WordEntry>>();
const userByJson = new Map<string, LiteralTrie<WordEntry>>();

/** The trie of the user's words ({"错误写法": "建议写法"}, literal), memoised by identity and by JSON. */
export function userTrie(words: Readonly<Record<string, string>>): LiteralTrie<WordEntry> {
  let t = userByRef.get(words);
  if (t) return t;
  const key = JSON.stringify(words);
  t = userByJson.get(key);
  if (!t) {
    t = new LiteralTrie<WordEntry>();
    for (const [wrong, right] of Object.entries(words ?? {})) {
      if (typeof right === 'string' && wrong && wrong !== right) t.add(wrong, { wrong, right, safe: false });
    }
    if (userByJson.size > 16) userByJson.clear();
    userByJson.set(key, t);
  }
  userByRef.set(words, t);
  return t;
}

export type Table = 'misused' | 'variant' | 'redundant';
const tableOf = new Map<WordEntry, Table>();
const combined = lazyTrie(() => {
  const all: WordEntry[] = [];
  for (const [table, list] of [
    ['misused', [...JIEZHI, ...TYPOS]],
    ['variant', VARIANTS],
    ['redundant', REDUNDANT],
  ] as const) {
    for (const e of list) {
      tableOf.set(e, table);
      all.push(e);
    }
  }
  return all;
});

/**
 * Hits of one built-in table, from a single scan per check shared by the wording rules. The tables
 * follow the mainland norms (GF 1001—2001, 《咬文嚼字》): documents in Taiwan or Hong Kong traditional
 * Chinese (布署, 渡假村 are usual there) are not checked against them.
 */
export function builtinHits(ctx: RuleContext<object>, table: Table): WordHit[] {
  const all = ctx.memo('wording.builtinHits', () => {
    const script = scriptDecision(ctx).script;
    return script === 'tw' || script === 'hk' ? [] : findWords(ctx, combined());
  });
  return all.filter((h) => tableOf.get(h.entry) === table);
}
