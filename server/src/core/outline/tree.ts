/** Builds the heading outline (headings with their titles, then the tree) from the text model. */
import { buildModel } from '../segments';
import type { DocumentLanguage, DocumentModel, Line, RuleContext } from '../types';
import {
  ATX_RE,
  detectLegal,
  firstNonSpace,
  isBlank,
  isDigitCh,
  isHan,
  opensMarker,
  parseMarkerAt,
  prefixLength,
  PARTIAL_RE,
  rankOf,
  SENT_END_RE,
  TECH_RE,
  TRAILING_RE,
  type RawMarker,
} from './parse';
import { asideLines } from './asides';
import { buildElements, elementsOf } from '../elements/index';
import type { ElementModel } from '../elements/types';
import { ITEM_LIST_LABEL_FIRST, ITEM_LIST_LABEL_RE, roleOf, type HeadingRole } from './classify';
import type { Heading, Outline, StructureMode } from './types';

interface Builder {
  readonly doc: DocumentModel;
  readonly legal: boolean;
  readonly md: boolean;
  readonly headings: Heading[];
  readonly technical: { start: number; end: number; line: number }[];
  /** Lines of numbered entries outside the body (附件 list, 目录) and their markers. */
  readonly asideLines: ReadonlySet<number>;
  readonly asides: { start: number; end: number; line: number }[];
  /** Inside a 說明/办法 list of a 函: numbered lines are items. */
  itemList: boolean;
  /** Per line: -1 outside the 正文 and the 附件 pages (版头, 标题, 附件说明, 版记…), else the part (0 正文, k 附件 k). */
  readonly partOf: Int32Array;
  isMarkerLine(li: number): boolean;
  hasBlankSeparators(): boolean;
}

/** A heading candidate on one line, possibly joined with the next line (a split heading). */
interface Joined {
  raw: RawMarker | null;
  joined: string;
  /** Length of the first part in `joined`. */
  partLen: number;
  /** Absolute start of the continuation line's content (split headings). */
  nextStart: number;
  split?: { start: number; end: number };
  titleLine: number;
}

interface Parts {
  /** Per line: -1 outside the 正文 and the 附件 pages, else the part (0 正文, k 附件 k). */
  readonly ofLine: Int32Array;
  /** Per part: where its sections end (the end of the 正文, of each 附件 page); empty when the text is no 公文. */
  readonly ends: number[];
}

/** The part of every line from the element model: where the body and the attachment pages are. */
function partsOf(doc: DocumentModel, elements: ElementModel): Parts {
  const ofLine = new Int32Array(doc.lines.length);
  const ends: number[] = [];
  if (elements.form === 'none') return { ofLine, ends };
  ofLine.fill(-1);
  for (const e of elements.elements) {
    if (e.kind !== 'body' && e.kind !== 'attachment') continue;
    const part = e.kind === 'body' ? 0 : ends.length;
    ends[part] = e.end;
    // An attachment page's label line (附件1) is no heading; its title and sections are.
    for (let li = e.kind === 'attachment' ? e.line + 1 : e.line; li <= e.endLine && e.end > e.start; li++) ofLine[li] = part;
  }
  return { ofLine, ends };
}

function newBuilder(doc: DocumentModel, legal: boolean, partOf: Int32Array): Builder {
  const lines = doc.lines;
  let blankSeen: boolean | undefined;
  return {
    doc,
    legal,
    md: doc.language === 'markdown',
    headings: [],
    technical: [],
    asideLines: asideLines(doc, legal),
    asides: [],
    itemList: false,
    partOf,
    isMarkerLine(li: number): boolean {
      const l = lines[li];
      if (!l || l.masked) return false;
      return parseMarkerAt(l.text, prefixLength(l.text), legal) !== null;
    },
    hasBlankSeparators: (): boolean => (blankSeen ??= blankSeparated(lines)),
  };
}

/** A blank line after a filled one among the first 60 lines (not the last line): paragraphs are separated by blank lines. */
function blankSeparated(lines: readonly Line[]): boolean {
  for (let k = 1; k < 60 && k + 1 < lines.length; k++) if (isBlank(lines[k].text) && !isBlank(lines[k - 1].text)) return true;
  return false;
}

/** Joins a line holding only a marker (or its start) with the next non-blank line when together they form a heading. */
function joinSplit(b: Builder, li: number, prefix: number, raw: RawMarker | null): Joined {
  const lines = b.doc.lines;
  const line = lines[li];
  const lt = line.text;
  const plain: Joined = { raw, joined: lt, partLen: lt.length, nextStart: 0, titleLine: li };
  const rest0 = raw ? lt.slice(raw.end) : '';
  if (!((!raw && PARTIAL_RE.test(lt.slice(prefix)) && lt.slice(prefix).trim() !== '') || (raw && !raw.bare && isBlank(rest0))))
    return plain;
  // Candidate split heading: join with the next non-blank line (at most one blank line between).
  let nj = li + 1;
  if (nj < lines.length && isBlank(lines[nj].text) && !lines[nj].masked) nj++;
  const nl = lines[nj];
  if (!nl || nl.masked || isBlank(nl.text) || (raw && b.isMarkerLine(nj)) || (raw && raw.unit)) return plain;
  const head = lt.replace(/[ \t\u3000]+$/, '');
  const np = /^[ \t\u3000\u200b\ufeff]*/.exec(nl.text)![0].length;
  const cand = head + nl.text.slice(np);
  const r2 = parseMarkerAt(cand, prefix, b.legal);
  if (
    !r2 ||
    r2.bare ||
    !(raw ? r2.end === raw.end || r2.end >= head.length : r2.end > head.length) ||
    !isHan(cand, head.length < cand.length ? head.length : r2.end)
  )
    return plain;
  const after = cand[r2.end];
  if (raw !== null && !(isHan(cand, r2.end) || after === '“' || after === '《' || isDigitCh(after))) return plain;
  const nextStart = nl.start + np;
  return {
    raw: r2,
    joined: cand,
    partLen: head.length,
    nextStart,
    split: { start: line.start + head.length, end: nextStart },
    titleLine: nj,
  };
}

/** Title range (relative to `joined`) after the marker ending at `me`, and whether the heading stands alone. */
function titleOf(
  b: Builder,
  joined: string,
  me: number,
  markdown: boolean,
  titleLine: number,
): { ts: number; te: number; standalone: boolean } {
  // Title: from the marker (after spaces) to the first sentence end, without trailing punctuation.
  let ts = me;
  while (ts < joined.length && /[ \t\u3000]/.test(joined[ts])) ts++;
  let te = joined.length;
  if (b.md && markdown) te = joined.replace(/[ \t]+#+[ \t]*$/, '').length;
  const body = joined.slice(ts, te);
  const se = SENT_END_RE.exec(body);
  let standalone = true;
  if (se) {
    const after = body.slice(se.index + 1);
    if (!isBlank(after.replace(/[。！？!?；;：:，,”’」）)]+/g, ''))) standalone = false;
    te = ts + se.index;
  }
  const tt = joined.slice(ts, te).replace(TRAILING_RE, '');
  te = ts + tt.length;
  // Stand-alone: nothing after the title on its line, and the next line is blank, a heading, or a new paragraph.
  if (standalone) {
    const nl = b.doc.lines[titleLine + 1];
    if (
      nl &&
      !nl.masked &&
      !isBlank(nl.text) &&
      !/^[ \t\u3000]/.test(nl.text) &&
      !b.isMarkerLine(titleLine + 1) &&
      !(b.md && ATX_RE.test(nl.text))
    ) {
      // Plain text: a following unindented prose line continues the paragraph, unless the document
      // writes one paragraph per line without blank lines between them.
      standalone = !b.md && !b.hasBlankSeparators();
    }
  }
  return { ts, te, standalone };
}

/** An ambiguous digit marker (2、3月) counts only right after the previous L3 heading of a running list. */
function inRunningList(b: Builder, raw: RawMarker, li: number): boolean {
  const hs = b.headings;
  for (let k = hs.length - 1; k >= 0 && hs[k].line >= li - 10; k--) {
    if (hs[k].kind === 'gongwen' && hs[k].level === 3) return hs[k].value === raw.value - 1;
  }
  return false;
}

/** Parses line `li` into a heading (or a technical number); returns the last line it consumed. */
function parseLine(b: Builder, li: number): number {
  const line: Line = b.doc.lines[li];
  if (line.masked || line.text.length === 0) return li;
  const lt = line.text;
  const prefix = prefixLength(lt);
  if (prefix >= lt.length) return li;
  // Most lines cannot hold a marker (parseMarkerAt, joinSplit and TECH_RE need one of its first characters): done,
  // without allocating. A Markdown ATX heading needs no marker.
  if (!opensMarker(lt.charCodeAt(prefix)) && !(b.md && ATX_RE.test(lt))) return li;
  const first = lt[prefix];
  if (first === '|' || first === '｜') return li; // table rows
  if (b.asideLines.has(li) || b.partOf[li] < 0) {
    const m = parseMarkerAt(lt, prefix, b.legal);
    if (m && b.doc.mask[line.start + m.start] !== 1) b.asides.push({ start: line.start + m.start, end: line.start + m.end, line: li });
    return li;
  }
  const atx = b.md ? ATX_RE.exec(lt) : null;
  const j = joinSplit(b, li, prefix, parseMarkerAt(lt, prefix, b.legal));
  const { joined, split, partLen, nextStart } = j;
  let raw = j.raw;
  // Map a relative offset in `joined` to a document offset.
  const abs = (i: number): number => (split && i >= partLen ? nextStart + (i - partLen) : line.start + i);
  if (raw && b.doc.mask[abs(raw.start)] === 1) raw = null;
  if (raw?.ambiguous && !inRunningList(b, raw, li)) raw = null;
  if (!raw && !atx) {
    // 1.1 / 1.1.1 numbering
    if (first >= '0' && first <= '9') {
      const t = TECH_RE.exec(lt.slice(prefix));
      if (t) b.technical.push({ start: line.start + prefix, end: line.start + prefix + t[1].length, line: li });
    }
    return j.titleLine;
  }
  const kind: Heading['kind'] = raw ? (raw.unit ? 'legal' : 'gongwen') : 'markdown';
  const level = raw ? raw.level : atx![1].length;
  const ms = raw ? raw.start : prefix;
  const me = raw ? raw.end : prefix;
  const { ts, te, standalone } = titleOf(b, joined, me, kind === 'markdown', j.titleLine);
  const markerStart = abs(ms);
  b.headings.push({
    index: b.headings.length,
    kind,
    level,
    ...(raw?.unit ? { unit: raw.unit } : {}),
    rank: rankOf(kind, level, b.legal),
    marker: raw ? joined.slice(ms, me) : '',
    markerStart,
    markerEnd: split && me === partLen ? line.start + partLen : abs(me),
    numStart: raw ? abs(raw.numStart) : markerStart,
    numEnd: raw ? abs(raw.numEnd) : markerStart,
    style: raw ? raw.style : 'digit',
    value: raw ? raw.value : 0,
    titleStart: abs(ts),
    titleEnd: abs(te),
    line: li,
    titleLine: j.titleLine,
    start: line.start,
    sectionEnd: b.doc.text.length,
    standalone,
    role: roleFor(b, kind, raw, joined.slice(ts, te), standalone),
    ...(split ? { split } : {}),
    ...(atx && raw ? { atxLevel: atx[1].length } : {}),
    ...(b.partOf[li] > 0 ? { part: b.partOf[li] } : {}),
    parent: null,
    children: [],
  });
  return j.titleLine;
}

/** Any 公文 field label (主旨：, 正本：, 附件：…): ends a 說明/办法 list. */
const FIELD_LABEL_RE = /^[ \t\u3000]*[\u3400-\u9fff]{2,4}[ \t\u3000]*[:：]/;

/**
 * A 說明：/办法： label opens a list of numbered paragraphs; it lasts until the next field label, or an
 * unindented paragraph without a marker after a blank line.
 */
function trackItemList(b: Builder, li: number): void {
  const l = b.doc.lines[li];
  if (l.masked || (!b.itemList && !ITEM_LIST_LABEL_FIRST.has(firstNonSpace(l.text)))) return;
  if (ITEM_LIST_LABEL_RE.test(l.text)) b.itemList = true;
  else if (!b.itemList) return;
  else if (FIELD_LABEL_RE.test(l.text)) b.itemList = false;
  else if (li > 0 && isBlank(b.doc.lines[li - 1].text) && !isBlank(l.text) && !/^[ \t\u3000]/.test(l.text) && !b.isMarkerLine(li))
    b.itemList = false;
}

/** 法规体: 条 and the 项/目 under them are clauses (items); 编/章/节 and Markdown headings are headings. */
function roleFor(b: Builder, kind: Heading['kind'], raw: RawMarker | null, title: string, standalone: boolean): HeadingRole {
  if (kind === 'markdown') return 'heading';
  if (kind === 'legal') return raw?.unit === 'tiao' ? 'item' : 'heading';
  if (b.legal) return 'item';
  return roleOf(title, standalone, b.itemList);
}

/**
 * Builds the outline from a document model (used inside rules via ctx.memo). Headings are read in the
 * 正文 and the 附件 pages of the element model (the whole text when it is no 公文).
 */
export function buildOutline(doc: DocumentModel, mode: StructureMode = 'auto', elements: ElementModel = buildElements(doc)): Outline {
  const legal = mode === 'legal' || (mode === 'auto' && detectLegal(doc));
  const parts = partsOf(doc, elements);
  const b = newBuilder(doc, legal, parts.ofLine);
  for (let li = 0; li < doc.lines.length; li++) {
    trackItemList(b, li);
    li = parseLine(b, li);
  }
  const roots = buildTree(b.headings, parts.ends);
  return { mode: legal ? 'legal' : 'gongwen', headings: b.headings, roots, asides: b.asides, technical: b.technical };
}

/** Tree: by rank, except that the document's own nesting wins where it is evident (see nestingDepth). */
function buildTree(headings: readonly Heading[], partEnds: readonly number[]): Heading[] {
  const stack: Heading[] = [];
  const roots: Heading[] = [];
  const close = (to: number, at: number): void => {
    while (stack.length > to) stack.pop()!.sectionEnd = at;
  };
  for (const h of headings) {
    // A new part (附件 page) closes every section of the part before, at that part's end: it is a tree of its own.
    const open = stack.length ? (stack[stack.length - 1].part ?? 0) : -1;
    if (open >= 0 && open !== (h.part ?? 0)) close(0, partEnds[open] ?? h.start);
    let keep: number; // stack entries kept below h
    if (h.kind !== 'gongwen') {
      keep = stack.length;
      while (keep > 0 && stack[keep - 1].rank >= h.rank) keep--;
    } else keep = nestingDepth(stack, h, headings);
    close(keep, h.start);
    const parent = stack.length ? stack[stack.length - 1] : null;
    h.parent = parent;
    if (parent) parent.children.push(h);
    else roots.push(h);
    stack.push(h);
  }
  if (stack.length && partEnds.length) close(0, partEnds[stack[stack.length - 1].part ?? 0] ?? stack[0].sectionEnd);
  return roots;
}

const KIND_CODE = { gongwen: 0, legal: 1, markdown: 2 } as const;
/** Part, kind and level as one number (levels are 1–6): no string per comparison. */
const keyOf = (h: Heading): number => ((h.part ?? 0) * 4 + KIND_CODE[h.kind]) * 8 + h.level;

/** The next heading after `h` whose key is in `keys`, within h's container (before a markdown/legal heading). */
function nextOfKeys(h: Heading, keys: ReadonlySet<number>, all: readonly Heading[]): Heading | null {
  for (let i = h.index + 1; i < all.length && i < h.index + 400; i++) {
    const x = all[i];
    if (x.kind !== 'gongwen') return null;
    if (keys.has(keyOf(x))) return x;
  }
  return null;
}

/**
 * A second 一、 right after 一、 starts a nested list when its run 二、三、… is followed by another 二、 that
 * continues the outer sequence (一、工作开展情况 一、… 二、… 三、… 二、存在的不足); otherwise it stays a duplicate.
 */
function resumesAfterRun(h: Heading, all: readonly Heading[]): boolean {
  const k = keyOf(h);
  let prev = 1;
  let run = 0;
  for (let i = h.index + 1; i < all.length && i < h.index + 400; i++) {
    const x = all[i];
    if (x.kind !== 'gongwen') return false;
    if (keyOf(x) !== k) continue;
    if (x.value === prev + 1) {
      prev = x.value;
      run++;
      continue;
    }
    return run > 0 && x.value === 2;
  }
  return false;
}

/**
 * How many stack entries stay open below 公文 heading `h`.
 * - Same level open: h is the sibling of the open entry with its key whose value is h.value - 1; a restart
 *   at 1 nests in the section of the top entry when that entry's sequence continues after h
 *   (1955: （一） 一、二、三、 （二）), else in the section of the nearest entry with its key (1986: 二、 一、…);
 *   otherwise (gap, duplicate) h is the sibling of the nearest entry with its key.
 * - Level not open: by rank (h governs entries of larger rank) — unless h ranks above the top entry and the
 *   top's sequence continues after h (1. （一） （二） 2.): then h nests under it (an inversion, reported).
 */
function nestingDepth(stack: readonly Heading[], h: Heading, all: readonly Heading[]): number {
  let floor = stack.length; // entries from `floor` up are 公文 headings
  while (floor > 0 && stack[floor - 1].kind === 'gongwen') floor--;
  const k = keyOf(h);
  let s = -1;
  for (let i = stack.length - 1; i >= floor; i--)
    if (keyOf(stack[i]) === k) {
      s = i;
      break;
    }
  const continues = (top: Heading, from: number): boolean => {
    const keys = new Set(stack.slice(from).map(keyOf));
    keys.delete(k);
    if (!keys.has(keyOf(top))) return false;
    const x = nextOfKeys(h, keys, all);
    return x !== null && keyOf(x) === keyOf(top) && x.value === top.value + 1;
  };
  if (s >= 0) {
    // Sibling of the open heading this one continues (1986: 二、 → 一、…五、 → 一、…四、, then 三、 continues 二、).
    for (let i = stack.length - 1; i >= floor; i--) if (keyOf(stack[i]) === k && stack[i].value === h.value - 1) return i;
    if (h.value === 1 && (stack[s].value >= 2 || (stack[s].value === 1 && resumesAfterRun(h, all)))) {
      // A restart: a list nested in the section of the top heading (when that sequence continues after it)
      // or in the section of the same-marker heading before it.
      if (s < stack.length - 1 && continues(stack[stack.length - 1], s + 1)) return stack.length;
      return s + 1;
    }
    return s;
  }
  let keep = stack.length;
  while (keep > floor && stack[keep - 1].rank >= h.rank) keep--;
  if (keep < stack.length && h.rank < stack[stack.length - 1].rank && continues(stack[stack.length - 1], floor)) return stack.length;
  return keep;
}

/** Parses the heading outline of `text` (pure; see the module comment for levels and ranks). */
export function parseOutline(text: string, language: DocumentLanguage = 'plaintext', mode: StructureMode = 'auto'): Outline {
  return buildOutline(buildModel(text, language), mode);
}

/** The element model and the outline inside it, from one text model (the LSP: symbols, the 公文结构 view, gongwen/elements). */
export function parseStructure(
  text: string,
  language: DocumentLanguage = 'plaintext',
  mode: StructureMode = 'auto',
): { readonly elements: ElementModel; readonly outline: Outline } {
  const doc = buildModel(text, language);
  const elements = buildElements(doc);
  return { elements, outline: buildOutline(doc, mode, elements) };
}

/** The outline of the checked document, parsed once per check (ctx.memo('outline')). */
export function outlineOf(ctx: RuleContext<object>): Outline {
  return ctx.memo('outline', () => buildOutline(ctx.doc, ctx.shared.structureMode, elementsOf(ctx)));
}
