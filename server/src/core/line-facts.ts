/**
 * Per-line facts of the document-wide analyses (issue 14): what a line's text alone decides (its script scan, its
 * Han count…), kept per line text in a caller-owned `LineFacts` (the `lines` of a ParagraphCache: one per document
 * in the language server, one per fixAll run, none in the CLI), so that a check after a one-line edit computes the
 * facts of that line only and combines the others' (counts are sums; positions are per line, shifted by the line's
 * offset when read). Each fact is filled on first use; entries of lines the document no longer has are dropped
 * when the facts of a new version are taken, so the cache holds one document. Without a cache the analyses work
 * on the whole text as before. Facts kept today: the script scan (script/scan-lines.ts: decision, positions of the
 * script rules, the status bar's Han count and detection), the web-clutter line classes (residue.ts), the sentence
 * hashes of no-duplicate-sentence; and, per prose stretch rather than per line, the mixed-script findings
 * (script/analyze.ts byPiece). Kept strings are own copies, never slices of a document version.
 */
import type { RuleContext } from './types';
import type { ClutterClass } from './residue';
import type { ScriptFinding } from './script/analyze';
import type { TextScan } from './script/scan';

/** The facts of one line text; every field is filled by the analysis that needs it, on first use. */
export interface LineFact {
  /** Script scan of the line (script/scan.ts scanText), offsets relative to the line. */
  scan?: TextScan;
  /** Sorted line-relative offsets of the characters with each recorded scan bit, once asked. */
  at?: { [bit: number]: readonly number[] };
  /** The line's class for the web-clutter blocks (residue.ts). */
  clutter?: ClutterClass;
  /** The sentence hashes of no-duplicate-sentence (its LineScan, offsets relative to the line). */
  sentences?: SentenceFacts;
  /** Han characters on the line (chars.ts countHan). */
  han?: number;
  /** The version that last used the entry. */
  used: number;
}

/** A line's sentences as no-duplicate-sentence hashed them, under its minimum length and the line's prose segments. */
export interface SentenceFacts {
  readonly minLength: number;
  /** The line's prose segments, [start, end) relative to the line, pair after pair. */
  readonly segs: Int32Array;
  /** Per compared sentence: start, end (relative to the line), hash, Han count, head and tail hashes. */
  readonly rows: Int32Array;
  /** Sentences on the line, where the first starts, the line's hash, Han count and end (relative; -1: none). */
  readonly count: number;
  readonly first: number;
  readonly hash: number;
  readonly han: number;
  readonly end: number;
}

/** The script findings of one prose stretch (script/pieces.ts), offsets relative to its start. */
export interface PieceFact {
  readonly findings: readonly ScriptFinding[];
  /** The check that last used the entry. */
  used: number;
}

export class LineFacts {
  /** @internal */
  readonly entries = new Map<string, LineFact>();
  /** @internal */
  generation = 0;
  /** @internal The mixed-script findings per prose stretch, keyed by the analysis and the stretch's text. */
  readonly pieces = new Map<string, PieceFact>();
  /** @internal */
  pieceGeneration = 0;

  clear(): void {
    this.entries.clear();
    this.pieces.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

/** Memo key under which the engine hands a check its LineFacts (absent: no cache). */
export const LINE_FACTS_CACHE = 'lines:cache';
/** Memo key of the check's facts, one per line of its document. */
export const LINE_FACTS = 'lines:facts';

/**
 * The facts of `texts` (the lines of one document version), in order, from `cache`: entries of lines seen before are
 * reused, the others are new and empty; entries of lines not in `texts` are dropped.
 */
export function factsOf(cache: LineFacts, texts: readonly string[]): LineFact[] {
  const gen = ++cache.generation;
  const out: LineFact[] = new Array<LineFact>(texts.length);
  // Distinct line texts of this version (a document repeats lines: blank ones, separators).
  let distinct = 0;
  for (let i = 0; i < texts.length; i++) {
    let f = cache.entries.get(texts[i]);
    if (!f) cache.entries.set(ownCopy(texts[i]), (f = { used: gen - 1 }));
    if (f.used !== gen) distinct++;
    f.used = gen;
    out[i] = f;
  }
  if (cache.entries.size > distinct) for (const [k, f] of cache.entries) if (f.used !== gen) cache.entries.delete(k);
  return out;
}

/**
 * A copy of `s` that holds no reference to the text it was cut from: a line's text is a slice of its document
 * version, and a key kept across versions would otherwise keep that whole version alive (one per edited line).
 */
export function ownCopy(s: string): string {
  return (' ' + s).slice(1);
}

/** The check's LineFacts, if it has a cache. */
export function factsCache(ctx: RuleContext<object>): LineFacts | undefined {
  return ctx.memo<LineFacts | undefined>(LINE_FACTS_CACHE, () => undefined);
}

/** The facts of every line of the check's document (ctx.doc.lines), or undefined when the check has no cache. */
export function lineFacts(ctx: RuleContext<object>): readonly LineFact[] | undefined {
  return ctx.memo(LINE_FACTS, () => {
    const cache = factsCache(ctx);
    return (
      cache &&
      factsOf(
        cache,
        ctx.doc.lines.map((l) => l.text),
      )
    );
  });
}
