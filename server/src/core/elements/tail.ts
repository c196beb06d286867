/** The end of a 公文, read upwards: the 版记, the 附件 pages, then 附注, 成文日期, 署名, 附件说明 and 纪要 lists. */
import {
  ATTENDANCE_RE,
  BARE_NOTE_RE,
  CC_RE,
  DATE_LINE_RE,
  ITEM_MARKER_RE,
  NOTE_LABEL_RE,
  NOTE_RE,
  NO_TEXT_RE,
  ORGAN_RE,
  PAGE_LABEL_RE,
  pageNumber,
  PRINTER_RE,
  RULE_RE,
  SENTENCE_RE,
} from './patterns';
import { element, isMarkerLine, nextFilled, numberedItems, prevFilled, splitItems, textOf, type Scan } from './scan';
import type { DocElement } from './types';
import { codeUnitSet } from '../chars';

export interface Span {
  readonly elements: DocElement[];
  /** First line of the part found (or the `to` given when nothing was found). */
  readonly start: number;
}

const ORGAN_SEP = /，,、；;/;
const MAX_BLOCKS = 12;

/**
 * Labelled blocks read upwards from `to` (exclusive): a line matching `label` with up to `maxCont`
 * unlabelled lines right below it (no blank line between). Returns [labelLine, lastLine] pairs, top first;
 * at most MAX_BLOCKS (a 版记 or a list of 纪要 attendance has a handful; the bound keeps the scan short).
 */
function labelledBlocksUp(s: Scan, from: number, to: number, label: RegExp, maxCont: number, other?: RegExp): [number, number][] {
  const out: [number, number][] = [];
  from = Math.max(0, from);
  let pendingLast = -1; // last line of unlabelled lines waiting for their label
  let pendingCount = 0;
  for (let k = to - 1; k >= from; k--) {
    const l = s.at(k);
    if (l.blank) {
      if (pendingLast >= 0) break;
      continue;
    }
    const t = textOf(s, k);
    if (t === null) break;
    if (out.length >= MAX_BLOCKS) break;
    if (label.test(t)) {
      out.push([k, pendingLast >= 0 ? pendingLast : k]);
      pendingLast = -1;
      pendingCount = 0;
    } else if (other?.test(t)) {
      out.push([k, -1]);
      if (pendingLast >= 0) break;
    } else {
      if (++pendingCount > maxCont || SENTENCE_RE.test(t.slice(0, -1))) break;
      if (pendingLast < 0) pendingLast = k;
    }
  }
  return out.reverse();
}

/** The 版记 at the end: rules, 抄送 (with wrapped lines) and the 印发 line; needs a 抄送 or 印发 line. */
export function parseRecord(s: Scan, from: number, to: number): Span {
  const blocks = labelledBlocksUp(s, from, to, CC_RE, 3, new RegExp(`${RULE_RE.source}|${PRINTER_RE.source}`));
  const out: DocElement[] = [];
  for (const [a, b] of blocks) {
    const t = s.at(a).t;
    if (b < 0 && RULE_RE.test(t)) out.push(element(s, 'recordRule', 'record', a, a));
    else if (b < 0) {
      const m = PRINTER_RE.exec(t)!;
      out.push(element(s, 'printer', 'record', a, a, { valueStart: s.at(a).cs, valueEnd: s.at(a).cs + m.index + m[0].length }));
    } else {
      const vs = s.at(a).cs + CC_RE.exec(t)![0].length;
      const items = [];
      for (let k = a; k <= b; k++)
        for (const x of splitItems(s, k, k === a ? vs : s.at(k).cs, s.at(k).cs + s.at(k).t.length, ORGAN_SEP)) items.push(x);
      out.push(element(s, 'cc', 'record', a, b, { valueStart: vs, items }));
    }
  }
  if (!out.some((e) => e.kind === 'cc' || e.kind === 'printer')) return { elements: [], start: to };
  // A 版记 ends the document: rules above the first element belong to it, nothing else.
  return { elements: out, start: out[0].line };
}

/** An attachment page label on line k: `附件1`, `附件`, or `附件2：名称` once the 成文日期 has been seen. */
function pageLabel(s: Scan, k: number, afterDate: boolean): RegExpExecArray | null {
  const t = textOf(s, k);
  if (t === null || NOTE_LABEL_RE.test(t) || t.length > 60) return null;
  const m = PAGE_LABEL_RE.exec(t);
  if (!m) return null;
  if (m[2] === '') return /[：:]$/.test(t) && !m[1] ? null : m;
  return m[1] && afterDate && /[：:]/.test(t) && !ITEM_MARKER_RE.test(m[2]) ? m : null;
}

const FU = 0x9644; // 附: NOTE_LABEL_RE and PAGE_LABEL_RE start with it
/** The characters DATE_LINE_RE can start with (a digit, a Chinese year digit). */
const DATE_FIRST: ReadonlySet<number> = codeUnitSet('0123456789０１２３４５６７８９〇○零Ｏ一二三四五六七八九');

/** 附件 pages between `from` and `to`: each from its label to the next label. */
export function parseAttachments(s: Scan, from: number, to: number): Span {
  const out: DocElement[] = [];
  let afterDate = false;
  const starts: [number, RegExpExecArray][] = [];
  for (let k = from; k < to; k++) {
    // Only a date line or an 附件 label matters here: look at the first character before making the line's string.
    const c = s.firstCode(k);
    if (c !== FU && !DATE_FIRST.has(c)) continue;
    const t = textOf(s, k);
    if (t === null) continue;
    if (DATE_LINE_RE.test(t)) afterDate = true;
    const m = pageLabel(s, k, afterDate);
    if (m && (starts.length > 0 || afterDate || m[2] === '')) starts.push([k, m]);
  }
  for (let i = 0; i < starts.length; i++) {
    const [k, m] = starts[i];
    const endLine = prevFilled(s, (i + 1 < starts.length ? starts[i + 1][0] : to) - 1, k);
    let titleStart: number | undefined;
    let titleEnd: number | undefined;
    if (m[2] !== '') {
      titleStart = s.at(k).cs + s.at(k).t.length - m[2].length;
      titleEnd = s.at(k).cs + s.at(k).t.length;
    } else {
      const n = nextFilled(s, k + 1, endLine + 1);
      const t = n >= 0 ? textOf(s, n) : null;
      if (t !== null && t.length <= 60 && !SENTENCE_RE.test(t)) [titleStart, titleEnd] = [s.at(n).cs, s.at(n).cs + t.length];
    }
    out.push(element(s, 'attachment', 'main', k, endLine, { number: pageNumber(m[1]), titleStart, titleEnd }));
  }
  return { elements: out, start: starts.length ? starts[0][0] : to };
}

const NOT_SIGNATURE_RE = /^(?:特此|此复|妥否|以上|当否|专此)/;

/** 附注, 成文日期 and 发文机关署名 above `to`; then the 附件说明 and the 纪要 lists above them. */
export function parseClosing(s: Scan, from: number, to: number): Span {
  const out: DocElement[] = [];
  let k = prevFilled(s, to - 1, from);
  const notes: number[] = [];
  // 附注 lines under the date; bare ones (此件公开发布 without brackets) count only when the date is right above.
  while (k >= 0 && notes.length < 2 && (NOTE_RE.test(textOf(s, k) ?? '') || BARE_NOTE_RE.test(textOf(s, k) ?? ''))) {
    notes.unshift(k);
    k = prevFilled(s, k - 1, from);
  }
  const dt = k >= 0 ? textOf(s, k) : null;
  const dm = dt !== null ? DATE_LINE_RE.exec(dt) : null;
  if (!dm) return closingLists(s, from, to, []);
  let top = k;
  const l = s.at(k);
  const sigLines: number[] = [];
  let j = prevFilled(s, k - 1, from);
  if (j < k - 2) j = -1; // at most one blank line between 署名 and 成文日期; the 署名's lines are consecutive
  for (; j >= from && sigLines.length < 3; j--) {
    const t = textOf(s, j);
    if (t === null || !ORGAN_RE.test(t) || NOT_SIGNATURE_RE.test(t) || pageLabel(s, j, false) || isMarkerLine(t)) break;
    sigLines.unshift(j);
  }
  if (sigLines.length) {
    out.push(element(s, 'signature', 'main', sigLines[0], sigLines[sigLines.length - 1]));
    top = sigLines[0];
  }
  const above = prevFilled(s, top - 1, from);
  if (above >= 0 && NO_TEXT_RE.test(textOf(s, above) ?? '')) top = above;
  const dateEnd = l.cs + dm[1].length;
  out.push(element(s, 'date', 'main', k, k, dm[2] ? { end: dateEnd } : {}));
  if (dm[2]) {
    const ns = l.cs + l.t.length - dm[2].length;
    out.push(element(s, 'note', 'main', k, k, { start: ns, valueStart: ns + 1, valueEnd: l.cs + l.t.length - 1 }));
  }
  for (const n of notes) {
    const bare = BARE_NOTE_RE.test(s.at(n).t) ? 0 : 1;
    out.push(element(s, 'note', 'main', n, n, { valueStart: s.at(n).cs + bare, valueEnd: s.at(n).cs + s.at(n).t.length - bare }));
  }
  return closingLists(s, from, top, out);
}

/** The 附件说明 and the 纪要 出席/请假/列席 lists directly above line `to`. */
function closingLists(s: Scan, from: number, to: number, found: DocElement[]): Span {
  let out = found;
  let top = to;
  const att = labelledBlocksUp(s, from, top, ATTENDANCE_RE, 2);
  if (att.length) {
    top = att[0][0];
    out = [...att.map(([a, b]) => attendance(s, a, b)), ...out];
  }
  const note = attachmentNote(s, from, top);
  if (note) {
    out.unshift(note);
    top = note.line;
  }
  return { elements: out, start: top };
}

export function attendance(s: Scan, a: number, b: number): DocElement {
  const vs = s.at(a).cs + ATTENDANCE_RE.exec(s.at(a).t)![0].length;
  const items = [];
  for (let k = a; k <= b; k++)
    for (const x of splitItems(s, k, k === a ? vs : s.at(k).cs, s.at(k).cs + s.at(k).t.length, /，,、；; \t\u3000/)) items.push(x);
  return element(s, 'attendance', 'main', a, b, { valueStart: vs, items });
}

/** 附件：1.… 2.… (or 附件1：… 附件2：… lines) ending right above `to`. */
function attachmentNote(s: Scan, from: number, to: number): DocElement | null {
  const last = prevFilled(s, to - 1, from);
  if (last < 0) return null;
  // At most 20 lines since the last numbered item (wrapped names, blank lines); a long numbered list goes on.
  let loose = 0;
  for (let k = last; k >= from && loose <= 20; k--, loose++) {
    const t = textOf(s, k);
    if (t === null) {
      if (s.at(k).blank) continue;
      return null;
    }
    if (ITEM_MARKER_RE.test(t)) loose = -1;
    if (t.length > 100 || SENTENCE_RE.test(t.slice(0, -1))) return null;
    if (/。$/.test(t) && !ITEM_MARKER_RE.test(t) && !NOTE_LABEL_RE.test(t)) return null;
    const label = NOTE_LABEL_RE.exec(t);
    if (label) {
      const vs = s.at(k).cs + label[0].length;
      return element(s, 'attachmentNote', 'main', k, last, { valueStart: vs, items: numberedItems(s, k, last, vs) });
    }
    if (/^附[ \t\u3000]*件[ \t\u3000]*[0-9０-９]{1,2}[ \t\u3000]*[：:]/.test(t)) {
      let top = k;
      while (top > from && /^附[ \t\u3000]*件[ \t\u3000]*[0-9０-９]{1,2}[ \t\u3000]*[：:]/.test(textOf(s, top - 1) ?? '')) top--;
      return element(s, 'attachmentNote', 'main', top, last, {
        valueStart: s.at(top).cs,
        items: numberedItems(s, top, last, s.at(top).cs),
      });
    }
  }
  return null;
}
