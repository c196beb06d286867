import { isAsciiDigit, isAsciiLetter, isHanCode, isHanCodePoint, isSpaceCode } from '../chars';
import type { Rule, RuleContext } from '../types';
import { formalModel } from '../element-kit';
import type { ElementKind } from '../elements/types';
import { lineFacts, type LineFact } from '../line-facts';
import { boundedDistance, putBack, takeTables, type NearBlocks } from '../near-duplicates';

/** Fields of a span (a sentence or a paragraph) in `Spans`. */
const START = 0;
const END = 1;
/** FNV-1a hash of the compared characters; equal hashes are verified on the keys. */
const HASH = 2;
const HAN = 3;
/** Hashes of the first and last BLOCK compared characters (near-duplicate blocking), or -1. */
const HEAD = 4;
const TAIL = 5;
/** Ordinal of the paragraph (non-empty line). */
const PARA = 6;
const STRIDE = 8;

/**
 * The spans compared, as rows of one Int32Array (a span is its row number): an object per sentence, kept to the
 * end of the check, cost more in garbage collection than the rest of the rule on a large document.
 */
class Spans {
  /** The compared characters of a span, computed only to confirm a hash match (few spans have one). */
  readonly keys = new Map<number, string>();
  size = 0;

  /** `data`: the rows to fill (their old values are never read), grown as needed. */
  constructor(public data: Int32Array) {}

  add(start: number, end: number, hash: number, han: number, head: number, tail: number, para: number): number {
    let data = this.data;
    const i = this.size++;
    if (i * STRIDE === data.length) {
      data = new Int32Array(data.length * 2);
      data.set(this.data);
      this.data = data;
    }
    const o = i * STRIDE;
    data[o + START] = start;
    data[o + END] = end;
    data[o + HASH] = hash;
    data[o + HAN] = han;
    data[o + HEAD] = head;
    data[o + TAIL] = tail;
    data[o + PARA] = para;
    return i;
  }

  get(i: number, field: number): number {
    return this.data[i * STRIDE + field];
  }
}

/** Near-duplicates are compared by their first and last characters (cheap blocking), then by edit distance. */
const BLOCK = 8;
const MAX_NEAR_LEN = 300;
/**
 * A repeat within this many paragraphs of the first occurrence is a copy-paste leftover (a title repeated
 * under itself, a paragraph pasted twice): warning. Farther apart it is often deliberate (a section
 * heading taken up again in the summary, a quotation cited twice): info.
 */
const NEAR = 3;
/** A sentence repeated in the same or the next paragraph (a press release's lead taken up in a later quote is not). */
const NEAR_SENTENCE = 1;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;
/** What is compared: Han, ASCII letters and digits (spaces and punctuation dropped). */
const NOT_KEY_RE = /[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3007\u{20000}-\u{3134f}A-Za-z0-9]+/gu;
const SENTENCE_END = new Set('。！？!?；;'.split('').map((c) => c.charCodeAt(0)));

/**
 * Character classes of the BMP, one lookup per character: 1 Han, 2 ASCII letter or digit, 3 sentence end, 4 space.
 * Surrogate pairs are classified by code point in `scanLine` (astral Han: Extension B and later).
 */
let classes: Uint8Array | undefined;
function getClasses(): Uint8Array {
  if (classes) return classes;
  classes = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) {
    if (isHanCode(c)) classes[c] = 1;
    else if (isAsciiDigit(c) || isAsciiLetter(c)) classes[c] = 2;
    else if (SENTENCE_END.has(c)) classes[c] = 3;
    else if (isSpaceCode(c) || c < 0x20) classes[c] = 4;
  }
  return classes;
}

/** Index of the first segment ending after `offset` (segments are sorted and disjoint): a binary search. */
function firstSegmentAfter(segs: RuleContext<object>['segments'], offset: number): number {
  let lo = 0;
  let hi = segs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (segs[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The compared characters of [start, end) (O(log segments + length)). */
function keyAt(ctx: RuleContext<object>, start: number, end: number): string {
  let k = '';
  const segs = ctx.segments;
  for (let i = firstSegmentAfter(segs, start); i < segs.length && segs[i].start < end; i++) {
    const seg = segs[i];
    k += ctx.text.slice(Math.max(seg.start, start), Math.min(seg.end, end)).replace(NOT_KEY_RE, '');
  }
  return k;
}

/** The compared characters of span `i`, computed once. */
function keyOf(ctx: RuleContext<object>, spans: Spans, i: number): string {
  let k = spans.keys.get(i);
  if (k === undefined) spans.keys.set(i, (k = keyAt(ctx, spans.get(i, START), spans.get(i, END))));
  return k;
}

/** Adds a sentence span; its tail hash is computed from the ring of its last BLOCK compared characters. */
function addSentence(spans: Spans, start: number, end: number, hash: number, han: number, head: number, klen: number, para: number): void {
  let tail = -1;
  if (klen >= BLOCK) {
    tail = FNV_OFFSET;
    for (let k = 0; k < BLOCK; k++) tail = Math.imul(tail ^ ring[(klen + k) % BLOCK], FNV_PRIME);
  }
  spans.add(start, end, hash, han, head, tail, para);
}

/**
 * Duplicated sentences and paragraphs anywhere in the document (GW-REP-008): copy-paste leftovers such
 * as a title repeated under itself. Compared after dropping spaces and punctuation (hashed in one pass,
 * confirmed on the text); only sentences of at least `minLength` Han characters count. Repeats close to
 * the first occurrence are warnings, distant ones info; near-duplicates (a few characters changed) are info.
 */
interface NoDuplicateOptions {
  readonly minLength: number;
  readonly nearDuplicates: boolean;
  readonly similarity: number;
}

interface LineScan {
  /** The sentences of at least `minLength` Han characters (the only ones compared): spans [from, to). */
  from: number;
  to: number;
  /** How many sentences the line has (short ones included), and where the first one starts. */
  count: number;
  first: number;
  /** Hash, Han count and end of the whole line (paragraph). */
  hash: number;
  han: number;
  end: number;
  /** Index of the first segment of the next line. */
  next: number;
}

const ring = new Int32Array(BLOCK);

/**
 * Hashes the sentences and the paragraph of the line whose first prose segment is segments[si]. A span is stored only
 * for a sentence of at least `minLength` Han characters, its tail hash only when it is long enough for the
 * near-duplicate comparison (2 × minLength).
 */
function scanLine(ctx: RuleContext<NoDuplicateOptions>, si: number, para: number, spans: Spans, out: LineScan): void {
  const minLength = ctx.options.minLength;
  const text = ctx.text;
  const segs = ctx.segments;
  const cls = getClasses();
  // The prose segments of one line (a URL or e-mail address splits a line into several).
  const lineNo = segs[si].line;
  const from = spans.size;
  let count = 0;
  let first = -1;
  let ph = FNV_OFFSET;
  let pHan = 0;
  let pStart = -1;
  let pEnd = -1;
  let sh = FNV_OFFSET;
  let sHan = 0;
  let sStart = -1;
  let sEnd = -1;
  let klen = 0;
  let head = -1;
  for (; si < segs.length && segs[si].line === lineNo; si++) {
    const seg = segs[si];
    for (let i = seg.start; i < seg.end; i++) {
      const at = i;
      let c = text.charCodeAt(i);
      let k = cls[c];
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < seg.end) {
        // A surrogate pair: one code point, hashed once; astral Han counts as Han.
        c = text.codePointAt(i)!;
        if (c > 0xffff) {
          k = isHanCodePoint(c) ? 1 : 0;
          i++;
        }
      }
      if (k === 1 || k === 2) {
        sh = Math.imul(sh ^ c, FNV_PRIME);
        ph = Math.imul(ph ^ c, FNV_PRIME);
        if (k === 1) {
          sHan++;
          pHan++;
        }
        ring[klen % BLOCK] = c;
        klen++;
        if (klen === BLOCK) head = sh;
        if (sStart < 0) sStart = at;
        if (pStart < 0) pStart = at;
        sEnd = pEnd = i + 1;
      } else if (k === 3) {
        if (sStart >= 0) sEnd = pEnd = i + 1;
        if (klen > 0) {
          if (count++ === 0) first = sStart;
          if (sHan >= minLength) addSentence(spans, sStart, sEnd, sh, sHan, head, sHan >= 2 * minLength ? klen : 0, para);
        }
        sh = FNV_OFFSET;
        sHan = klen = 0;
        sStart = head = -1;
      } else if (k !== 4) {
        if (sStart < 0) sStart = at;
        if (pStart < 0) pStart = at;
        sEnd = pEnd = i + 1;
      }
    }
  }
  if (klen > 0) {
    if (count++ === 0) first = sStart;
    if (sHan >= minLength) addSentence(spans, sStart, sEnd, sh, sHan, head, sHan >= 2 * minLength ? klen : 0, para);
  }
  out.from = from;
  out.to = spans.size;
  out.count = count;
  out.first = first;
  out.hash = ph;
  out.han = pHan;
  out.end = pEnd;
  out.next = si;
}

/** Fields of a sentence row in SentenceFacts.rows (offsets relative to the line). */
const ROW = 6;

/**
 * scanLine through the line's facts (core/line-facts.ts): replays the line's sentences, shifted to where the line is
 * now, when they were hashed under the same minimum length and prose segments; else scans it and records them.
 */
function scanLineFacts(ctx: RuleContext<NoDuplicateOptions>, si: number, para: number, spans: Spans, out: LineScan, f: LineFact): void {
  const segs = ctx.segments;
  const lineNo = segs[si].line;
  const base = ctx.doc.lines[lineNo].start;
  let next = si;
  while (next < segs.length && segs[next].line === lineNo) next++;
  const c = f.sentences;
  if (c && c.minLength === ctx.options.minLength && sameSegments(c.segs, segs, si, next, base)) {
    out.from = spans.size;
    const r = c.rows;
    for (let k = 0; k < r.length; k += ROW) spans.add(r[k] + base, r[k + 1] + base, r[k + 2], r[k + 3], r[k + 4], r[k + 5], para);
    out.to = spans.size;
    out.count = c.count;
    out.first = c.first < 0 ? -1 : c.first + base;
    out.hash = c.hash;
    out.han = c.han;
    out.end = c.end < 0 ? -1 : c.end + base;
    out.next = next;
    return;
  }
  scanLine(ctx, si, para, spans, out);
  // Rows in the order of the Spans fields START … TAIL, the offsets made relative to the line.
  const rows = new Int32Array((out.to - out.from) * ROW);
  for (let sn = out.from, k = 0; sn < out.to; sn++, k += ROW) {
    rows.set(spans.data.subarray(sn * STRIDE, sn * STRIDE + ROW), k);
    rows[k + START] -= base;
    rows[k + END] -= base;
  }
  const layout = new Int32Array(2 * (next - si));
  for (let k = si; k < next; k++) layout.set([segs[k].start - base, segs[k].end - base], 2 * (k - si));
  const { count, hash, han } = out;
  const rel = (o: number): number => (o < 0 ? -1 : o - base);
  f.sentences = { minLength: ctx.options.minLength, segs: layout, rows, count, first: rel(out.first), hash, han, end: rel(out.end) };
}

/** Whether segments[from, to) lie, relative to `base`, where `layout` says (start, end pairs). */
function sameSegments(layout: Int32Array, segs: RuleContext<object>['segments'], from: number, to: number, base: number): boolean {
  if (layout.length !== 2 * (to - from)) return false;
  for (let k = from, j = 0; k < to; k++, j += 2)
    if (layout[j] !== segs[k].start - base || layout[j + 1] !== segs[k].end - base) return false;
  return true;
}

interface NearIndex {
  readonly heads: NearBlocks;
  readonly tails: NearBlocks;
}

/** Reports `sn` as a near-duplicate of an earlier sentence sharing its first or last block, and indexes it. */
function checkNear(
  ctx: RuleContext<NoDuplicateOptions>,
  spans: Spans,
  sn: number,
  near: NearIndex,
  similarity: number,
  lineOf: (o: number) => number,
): void {
  let reported = false;
  for (let side = 0; side < 2; side++) {
    const blocks = side === 0 ? near.heads : near.tails;
    const list = blocks.listOrAdd(spans.get(sn, side === 0 ? HEAD : TAIL), sn);
    if (list < 0) continue;
    if (!reported) {
      const a = keyOf(ctx, spans, sn);
      for (let k = 0, n = blocks.count(list); k < n && a.length <= MAX_NEAR_LEN; k++) {
        const other = blocks.member(list, k);
        const b = keyOf(ctx, spans, other);
        if (b.length > MAX_NEAR_LEN) continue;
        const maxLen = Math.max(a.length, b.length);
        const limit = Math.floor(maxLen * (1 - similarity));
        const d = boundedDistance(a, b, limit);
        if (d > limit) continue;
        ctx.report({
          messageId: 'nearDuplicate',
          data: { line: lineOf(spans.get(other, START)), percent: Math.round((1 - d / maxLen) * 100) },
          start: spans.get(sn, START),
          end: spans.get(sn, END),
          severity: 'info',
          related: [{ start: spans.get(other, START), end: spans.get(other, END), messageId: 'similarSentence' }],
        });
        reported = true;
        break;
      }
    }
    blocks.push(list, sn);
  }
}

/**
 * Reports a run of consecutive repeated sentences of one paragraph (repeat, first occurrence, repeat, first
 * occurrence… span numbers) and empties it: one report for the run (a paragraph pasted again in part), not one per
 * sentence. Warning when the run's first occurrence is in the same or the previous paragraph, else info.
 */
function reportRun(
  ctx: RuleContext<NoDuplicateOptions>,
  spans: Spans,
  run: number[],
  ordinal: number,
  lineOf: (o: number) => number,
): void {
  if (run.length === 0) return;
  const first = run[1];
  const count = run.length / 2;
  const related: { start: number; end: number; messageId: string }[] = [];
  for (let k = 1; k < run.length; k += 2)
    related.push({ start: spans.get(run[k], START), end: spans.get(run[k], END), messageId: 'firstOccurrence' });
  ctx.report({
    messageId: count === 1 ? 'duplicateSentence' : 'duplicateSentences',
    data: { line: lineOf(spans.get(first, START)), count },
    start: spans.get(run[0], START),
    end: spans.get(run[run.length - 2], END),
    related,
    ...(ordinal - spans.get(first, PARA) > NEAR_SENTENCE ? { severity: 'info' as const } : {}),
  });
  run.length = 0;
}

/**
 * Element lines that repeat by design, not sentences: the 发文机关标志 and the 署名 of a 函 name the same agency, the
 * 成文日期 and the 印发日期 may be the same day. (The title is compared: a title repeated under itself is a leftover.)
 */
const ELEMENT_LINE_KINDS: ReadonlySet<ElementKind> = new Set<ElementKind>([
  'copyNumber',
  'secrecy',
  'urgency',
  'issuerMark',
  'docNumber',
  'signer',
  'signature',
  'date',
  'recordRule',
  'cc',
  'printer',
]);

/** Marks the lines of the element kinds above (none when the document is not a 公文). */
function elementLineMask(ctx: RuleContext<object>): Uint8Array | null {
  const model = formalModel(ctx);
  if (!model) return null;
  let mask: Uint8Array | null = null;
  for (const el of model.elements) {
    if (!ELEMENT_LINE_KINDS.has(el.kind)) continue;
    mask ??= new Uint8Array(ctx.doc.lines.length);
    for (let i = el.line; i <= el.endLine && i < mask.length; i++) mask[i] = 1;
  }
  return mask;
}

export const noDuplicateSentence: Rule<NoDuplicateOptions> = {
  meta: {
    id: 'no-duplicate-sentence',
    name: { zh: '重复句子', en: 'Duplicate sentence' },
    aliases: ['GW-REP-008'],
    category: 'repetition',
    defaultSeverity: 'warning',
    description: {
      zh: '文中重复出现的句子或段落（复制粘贴残留，如标题重复），近似重复的句子给出提示',
      en: 'Sentences or paragraphs that occur twice in the document (copy-paste leftovers such as a repeated title); near-duplicates as info',
    },
    messages: {
      firstOccurrence: { zh: '首次出现的位置', en: 'First occurrence' },
      similarSentence: { zh: '相似的句子', en: 'The similar sentence' },
      duplicateParagraph: {
        zh: '本段与第{{line}}行的段落重复',
        en: 'This paragraph repeats the one on line {{line}}',
      },
      duplicateSentence: {
        zh: '本句与第{{line}}行的句子重复',
        en: 'This sentence repeats the one on line {{line}}',
      },
      duplicateSentences: {
        zh: '这{{count}}句与第{{line}}行起的句子重复',
        en: 'These {{count}} sentences repeat those from line {{line}}',
      },
      nearDuplicate: {
        zh: '本句与第{{line}}行的句子几乎相同（相似度{{percent}}%），请确认是否重复',
        en: 'This sentence is almost the same as the one on line {{line}} ({{percent}}% similar): check for a duplicate',
      },
    },
    defaultOptions: { minLength: 10, nearDuplicates: true, similarity: 0.9 },
    optionsSchema: {
      minLength: { type: 'number', minimum: 4, description: 'Minimum number of Han characters of a sentence or paragraph compared.' },
      nearDuplicates: { type: 'boolean', description: 'Also report near-duplicate sentences (info).' },
      similarity: {
        type: 'number',
        minimum: 0.5,
        maximum: 1,
        description: 'Similarity (1 − edit distance / length) from which two sentences are near-duplicates.',
      },
    },
    examples: [['县科技局工作总结\n\n县科技局工作总结\n\n今年以来……', '县科技局工作总结\n\n今年以来……']],
  },
  check(ctx) {
    const { minLength, nearDuplicates, similarity } = ctx.options;
    const segs = ctx.segments;
    // About one sentence of minLength Han characters in 40 characters of a document.
    const expected = ctx.text.length >>> 5;
    const tables = takeTables(expected, STRIDE, 256); // the last check's, emptied
    const { paraFirst, sentFirst, heads, tails } = tables;
    const spans = new Spans(tables.rows);
    const near: NearIndex = { heads, tails };
    const lineOf = (o: number): number => ctx.doc.lineAt(o) + 1;
    const elementLine = elementLineMask(ctx);
    // Per-line sentence hashes kept across checks (an edit hashes its own line only), when the check has a cache.
    const facts = lineFacts(ctx);
    const l: LineScan = { from: 0, to: 0, count: 0, first: -1, hash: 0, han: 0, end: -1, next: 0 };
    const run: number[] = [];
    let ordinal = 0;
    for (let si = 0; si < segs.length;) {
      const lineNo = segs[si].line;
      if (facts) scanLineFacts(ctx, si, ordinal + 1, spans, l, facts[lineNo]);
      else scanLine(ctx, si, ordinal + 1, spans, l);
      si = l.next;
      if (l.count === 0) continue;
      ordinal++;
      if (elementLine?.[lineNo]) continue;
      if (l.han >= minLength) {
        const first = paraFirst.get(l.hash) - 1;
        if (first >= 0 && keyOf(ctx, spans, first) === keyAt(ctx, l.first, l.end)) {
          const start = spans.get(first, START);
          ctx.report({
            messageId: 'duplicateParagraph',
            data: { line: lineOf(start) },
            start: l.first,
            end: l.end,
            related: [{ start, end: spans.get(first, END), messageId: 'firstOccurrence' }],
            ...(ordinal - spans.get(first, PARA) > NEAR ? { severity: 'info' as const } : {}),
          });
          continue;
        }
        if (first < 0) paraFirst.set(l.hash, spans.add(l.first, l.end, l.hash, l.han, -1, -1, ordinal) + 1);
      }
      for (let sn = l.from; sn < l.to; sn++) {
        const first = sentFirst.get(spans.get(sn, HASH)) - 1;
        if (first >= 0 && keyOf(ctx, spans, first) === keyOf(ctx, spans, sn)) {
          run.push(sn, first);
          continue;
        }
        reportRun(ctx, spans, run, ordinal, lineOf);
        if (first >= 0) continue; // a hash collision: leave it
        sentFirst.set(spans.get(sn, HASH), sn + 1);
        if (nearDuplicates && spans.get(sn, HAN) >= 2 * minLength && spans.get(sn, HEAD) !== -1) {
          checkNear(ctx, spans, sn, near, similarity, lineOf);
        }
      }
      reportRun(ctx, spans, run, ordinal, lineOf);
    }
    tables.rows = spans.data;
    putBack(tables);
  },
};
