/**
 * Incremental checking by paragraph (issue 14). A rule whose meta says `scope: 'paragraph'` looks at one line
 * (= one paragraph of a 公文) at a time: it reads only `ctx.segments` and the text of their own line, and reports
 * inside that line. Its problems on a line then depend only on
 *   - the line: its text, its prose segments (relative to the line; the mask is document-wide), whether it is the
 *     document's first or last line (what lies before and after it);
 *   - the document-wide facts such rules may ask: the script decision and the heading markers on the line;
 *   - the configuration, language, locale and line-break style.
 * `ParagraphCache` keeps, per such line key, the problems the paragraph rules reported there; `checkSteps` with
 * `paragraphCache` re-runs them only on lines whose key it has not seen (an edit changes one line) and shifts the
 * cached problems of the others. The cache is a plain object owned by the caller (the language server keeps one
 * per document, fixAll one per run, the CLI none): the core keeps no state between checks. Problems are cached
 * before directive suppression (directives are applied on every check) and after rendering (the locale is part of
 * the configuration key). Entries not used by a check are dropped at its end, so the cache holds one document.
 */
import { LineFacts, LINE_FACTS, LINE_FACTS_CACHE } from './line-facts';
import { DOCUMENT_SCAN, isTraditionalDocument } from './script/decision';
import { markerSpans } from './outline/index';
import { lineMap } from './line-carry';
import { PASS_CARRY } from './pass-carry';
import type { DocumentModel, Line, Problem, ReportDescriptor, RuleContext, Segment, TextEdit } from './types';

interface Entry {
  /** The line's key without its text (contextOf): its key is this followed by the text. */
  readonly context: string;
  /** Start offset of the line the problems were computed on. */
  readonly base: number;
  /** Problems per paragraph rule (index in the check's paragraph-rule list), absolute at `base`; sparse. */
  readonly problems: (Problem[] | undefined)[];
  /** Whether any rule reported on the line. */
  any: boolean;
  /** The check that last used the entry. */
  used: number;
}

export class ParagraphCache {
  /** @internal The configuration the entries were computed under. */
  configKey = '';
  /** @internal */
  readonly entries = new Map<string, Entry>();
  /** @internal */
  generation = 0;
  /** Lines re-checked / taken from the cache by the last check (for tests and the bench). */
  readonly last = { checked: 0, reused: 0 };
  /**
   * The document-wide analyses' facts per line (line-facts.ts), kept with the paragraph entries; none when made with
   * `{ lineFacts: false }` (fixAll's own cache: its first pass would build every line's facts, which its two or three
   * passes did not win back: 500 000 characters took ≈ 20 % longer).
   */
  readonly lines: LineFacts | undefined;

  /**
   * @internal fixAll's own cache: the next check's text is the last completed check's with these edits applied
   * (sorted), so the entries of the lines they did not touch are taken by position (line-carry.ts).
   */
  edits: readonly TextEdit[] | undefined;
  /** @internal The last completed check's lines and the entry each had, when `edits` is to be set (fixAll). */
  carry: Carry | undefined;
  /** @internal Whether to keep `carry` (fixAll's own cache). */
  track = false;

  constructor(options: { readonly lineFacts?: boolean } = {}) {
    this.lines = options.lineFacts === false ? undefined : new LineFacts();
  }

  /** Empties the cache (e.g. when a rule's implementation may have changed). */
  clear(): void {
    this.entries.clear();
    this.lines?.clear();
    this.configKey = '';
  }

  get size(): number {
    return this.entries.size;
  }
}

/** Memo keys of analyses built from the whole document (ctx.doc, ctx.text), shared with the paragraph pass. */
const DOCUMENT_ANALYSES = new Set([
  LINE_FACTS_CACHE,
  LINE_FACTS,
  PASS_CARRY,
  DOCUMENT_SCAN,
  'script:decision',
  'outline',
  'markerSpans',
  'quotations',
  'clutterBlocks',
]);

/** The paragraph pass's memo: document analyses from the check's memo, analyses of the (restricted) segments its own. */
export function paragraphMemo(docMemo: RuleContext['memo']): RuleContext['memo'] {
  const own = new Map<string, unknown>();
  return <T>(key: string, compute: () => T): T => {
    if (DOCUMENT_ANALYSES.has(key)) return docMemo(key, compute);
    if (!own.has(key)) own.set(key, compute());
    return own.get(key) as T;
  };
}

type Spans = readonly (readonly [number, number])[];

/** What the lines' keys were made of besides their text (contextOf): their segments, the heading markers, the facts. */
interface KeyParts {
  readonly segments: readonly Segment[];
  readonly markers: readonly (Spans | undefined)[];
  readonly facts: string;
}

/** What fixAll's own cache keeps of its last completed check for the next (see `ParagraphCache.carry`). */
interface Carry extends KeyParts {
  readonly generation: number;
  readonly lines: readonly Line[];
  readonly at: (Entry | undefined)[];
}

/** A line of a paragraph pass and its entry: cached problems to reuse, or a fresh entry to fill. */
interface LinePlan {
  readonly line: Line;
  readonly entry: Entry;
}

export interface ParagraphPlan {
  readonly configKey: string;
  readonly generation: number;
  /** Lines taken from the cache that have problems (the others need no visit). */
  readonly reused: LinePlan[];
  /** Entries of lines checked now, stored into the cache when the check completes (`finish`). */
  readonly fresh: [string, Entry][];
  /** Segments of the lines to check (fresh entries). */
  readonly segments: Segment[];
  /** Line index → plan of the lines checked now. */
  readonly byLine: Map<number, LinePlan>;
  /** The document's lines and, by line index, the entry each line has in the cache (fixAll's carry; else empty). */
  readonly lines: readonly Line[];
  readonly at: (Entry | undefined)[];
  /** What the lines' keys were made of (fixAll's carry; else none). */
  readonly parts: KeyParts | undefined;
  /** Problems the paragraph rules reported in this check (on the lines checked now), by rule index. */
  readonly reported: Map<number, Problem[]>;
}

/** A line's key without its text: what its problems depend on besides the text (see the file comment). */
function contextOf(
  doc: DocumentModel,
  line: Line,
  segs: readonly Segment[],
  from: number,
  to: number,
  facts: string,
  markers: readonly (readonly [number, number])[],
): string {
  let k = `${facts}|${line.index === 0 ? 1 : 0}${line.index === doc.lines.length - 1 ? 1 : 0}|`;
  for (let i = from; i < to; i++) k += `${segs[i].start - line.start},${segs[i].end - line.start};`;
  k += '|';
  for (const [s, e] of markers) k += `${s - line.start},${e - line.start};`;
  return k + '|';
}

/**
 * Whether line `li` of this check (its segments segs[from, to), its markers) has the context its carried line `o` of the
 * last check had, compared part by part instead of by making the string (contextOf).
 */
function sameContext(
  carry: Carry,
  o: number,
  doc: DocumentModel,
  li: number,
  segs: readonly Segment[],
  from: number,
  to: number,
  facts: string,
  markers: Spans | undefined,
): boolean {
  if (carry.facts !== facts || (li === 0) !== (o === 0) || (li === doc.lines.length - 1) !== (o === carry.lines.length - 1)) return false;
  const start = doc.lines[li].start;
  const base = carry.lines[o].start;
  const old = carry.segments;
  // The line's first segment in the last check (segments are in line order).
  let lo = 0;
  let hi = old.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (old[mid].line < o) lo = mid + 1;
    else hi = mid;
  }
  for (let k = from; k < to; k++, lo++) {
    const g = old[lo];
    if (g === undefined || g.line !== o || g.start - base !== segs[k].start - start || g.end - base !== segs[k].end - start) return false;
  }
  if (lo < old.length && old[lo].line === o) return false;
  const a = carry.markers[o] ?? NO_SPANS;
  const b = markers ?? NO_SPANS;
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k][0] - base !== b[k][0] - start || a[k][1] - base !== b[k][1] - start) return false;
  return true;
}

const NO_SPANS: Spans = [];

/** The last check's carry and, for each line of this check, the line of the last check it carries (or none). */
function carried(cache: ParagraphCache, doc: DocumentModel, configKey: string): { carry: Carry; from: Int32Array } | undefined {
  const { carry, edits } = cache;
  cache.carry = undefined;
  cache.edits = undefined;
  if (!carry || !edits || carry.generation !== cache.generation || cache.configKey !== configKey) return undefined;
  return { carry, from: lineMap(carry.lines, edits, { starts: doc.lines.map((l) => l.start), ends: doc.lines.map((l) => l.end) }) };
}

/**
 * Which lines with prose the paragraph rules must check now and which they can take from `cache`. `configKey` is
 * the configuration, language, locale and rule list; a different one empties the cache.
 */
export function planParagraphs(cache: ParagraphCache, ctx: RuleContext, configKey: string): ParagraphPlan {
  const doc = ctx.doc;
  const kept = carried(cache, doc, configKey);
  if (cache.configKey !== configKey) {
    cache.entries.clear();
    cache.configKey = configKey;
  }
  const gen = ++cache.generation;
  const facts = `${doc.eol === '\n' ? 'n' : doc.eol === '\r\n' ? 'rn' : 'r'}${isTraditionalDocument(ctx) ? 't' : 's'}`;
  const markers = markerSpans(ctx);
  const plan: ParagraphPlan = {
    configKey,
    generation: gen,
    reused: [],
    segments: [],
    byLine: new Map(),
    reported: new Map(),
    fresh: [],
    lines: cache.track ? doc.lines : [],
    at: [],
    parts: cache.track ? { segments: doc.segments, markers, facts } : undefined,
  };
  let reused = 0;
  const made = new Set<string>();
  const segs = doc.segments;
  for (let i = 0; i < segs.length;) {
    const li = segs[i].line;
    let j = i + 1;
    while (j < segs.length && segs[j].line === li) j++;
    const line = doc.lines[li];
    // A line fixAll's edits left alone has the same text as its carried entry's: equal contexts mean equal keys, and
    // the entry is the cache's for that key (no line of this check can have made it: it is in the cache).
    const o = kept ? kept.from[li] : -1;
    const was = o >= 0 ? kept!.carry.at[o] : undefined;
    let context: string | undefined;
    let key: string | undefined;
    if (!(was && sameContext(kept!.carry, o, doc, li, segs, i, j, facts, markers[li]))) {
      context = contextOf(doc, line, segs, i, j, facts, markers[li] ?? []);
      key = was && was.context === context ? undefined : context + line.text;
    }
    const hit = key === undefined ? was : made.has(key) ? undefined : cache.entries.get(key);
    if (hit) {
      hit.used = gen;
      reused++;
      if (hit.any) plan.reused.push({ line, entry: hit });
      if (cache.track) plan.at[li] = hit;
    } else {
      // A line seen for the first time (or twice in this document: each copy is checked, the first one kept).
      const entry: Entry = { context: context!, base: line.start, problems: [], any: false, used: gen };
      if (!made.has(key!)) {
        made.add(key!);
        plan.fresh.push([key!, entry]);
        if (cache.track) plan.at[li] = entry;
      }
      plan.byLine.set(li, { line, entry });
      for (let k = i; k < j; k++) plan.segments.push(segs[k]);
    }
    i = j;
  }
  cache.last.checked = plan.byLine.size;
  cache.last.reused = reused;
  return plan;
}

/** True when every range of report `d` lies inside `line` (its content, without the line break). */
function insideLine(d: ReportDescriptor, line: Line): boolean {
  const ok = (s: number, e: number): boolean => s >= line.start && e <= line.end;
  if (!ok(d.start, d.end)) return false;
  if (d.fix && !d.fix.every((e) => ok(e.start, e.end))) return false;
  if (d.suggestions && !d.suggestions.every((f) => f.edits.every((e) => ok(e.start, e.end)))) return false;
  return !d.related || d.related.every((r) => ok(r.start, r.end));
}

/**
 * Files report `d` of paragraph rule `ri` during the pass, with its Problem `p` (none when a fixAll pass has no use
 * for it): for this check, and under its line's fresh entry for the next ones. A report outside its line breaks the
 * rule's promise: the line's entry is not kept (the line is checked again next time).
 */
export function fileProblem(plan: ParagraphPlan, doc: DocumentModel, ri: number, d: ReportDescriptor, p: Problem | undefined): void {
  const lp = plan.byLine.get(doc.lineAt(d.start));
  if (p) {
    let now = plan.reported.get(ri);
    if (!now) plan.reported.set(ri, (now = []));
    now.push(p);
  }
  if (!lp) return;
  if (!insideLine(d, lp.line)) lp.entry.used = -1;
  else if (p) {
    (lp.entry.problems[ri] ??= []).push(p);
    lp.entry.any = true;
  }
}

/** A paragraph rule threw: what it reported on the fresh lines is incomplete, none of them is kept. */
export function spoil(plan: ParagraphPlan): void {
  for (const lp of plan.byLine.values()) lp.entry.used = -1;
}

function shift(p: Problem, d: number): Problem {
  const edits = (es: readonly { start: number; end: number; newText: string }[]) =>
    es.map((e) => ({ start: e.start + d, end: e.end + d, newText: e.newText }));
  return {
    ...p,
    start: p.start + d,
    end: p.end + d,
    ...(p.fix ? { fix: { ...p.fix, edits: edits(p.fix.edits) } } : {}),
    ...(p.suggestions ? { suggestions: p.suggestions.map((f) => ({ ...f, edits: edits(f.edits) })) } : {}),
    ...(p.related ? { related: p.related.map((r) => ({ ...r, start: r.start + d, end: r.end + d })) } : {}),
  };
}

/** The problems of paragraph rule `ri` over the whole document: cached ones shifted to their line, fresh ones as reported. */
export function problemsOf(plan: ParagraphPlan, ri: number): Problem[] {
  const out: Problem[] = [];
  for (const { line, entry } of plan.reused) {
    const ps = entry.problems[ri];
    if (!ps) continue;
    const d = line.start - entry.base;
    for (const p of ps) out.push(d === 0 ? p : shift(p, d));
  }
  const now = plan.reported.get(ri);
  if (now) out.push(...now);
  return out;
}

/**
 * End of a completed check: stores the entries of the lines it checked (unless a rule broke its promise or threw)
 * and drops the entries it did not use. A check abandoned half-way (the language server stops iterating when the
 * document changes) never gets here, so the cache never holds partial results; a check overtaken by a newer one
 * on the same cache stores its entries (valid under its configuration) but leaves the dropping to the newer one.
 */
export function finish(cache: ParagraphCache, plan: ParagraphPlan): void {
  if (cache.configKey !== plan.configKey) return;
  for (const [k, e] of plan.fresh) if (e.used === plan.generation) cache.entries.set(k, e);
  if (cache.generation !== plan.generation) return;
  for (const [k, e] of cache.entries) if (e.used !== plan.generation) cache.entries.delete(k);
  // Entries not kept (a rule broke its promise or threw) are not carried.
  if (cache.track && plan.parts)
    cache.carry = {
      ...plan.parts,
      generation: plan.generation,
      lines: plan.lines,
      at: plan.at.map((e) => (e && e.used === plan.generation ? e : undefined)),
    };
}
