/**
 * Numbered lines outside the body (issue 11): the 附件 list of a 通知 (附件：1.… / 2.…), lists after
 * 版记 labels (抄送：, 分送：, 正本：, 副本：) and the entries of a 目录 block. Their markers are markers (the
 * punctuation rules leave them alone) but not headings: the structure rules never number them.
 * In a 公文 the element model (../elements) already puts the 附件说明 and the 版记 outside the body and
 * tree.ts reads no heading there; these label-led lists matter for texts that are no 公文, and 目录 for all.
 */
import type { DocumentModel } from '../types';
import { firstNonSpace, isBlank, parseMarkerAt, prefixLength } from './parse';
import { codeUnitSet } from '../chars';

/** 附件：  附：  抄送：  分送：  正本：  副本：  (附件1： heads an attachment page, it is no list label). */
const LIST_LABEL_RE =
  /^[ \t\u3000]*(?:附[ \t\u3000]*件|附|抄[ \t\u3000]*送|抄[ \t\u3000]*报|抄[ \t\u3000]*報|分[ \t\u3000]*送|正[ \t\u3000]*本|副[ \t\u3000]*本)[ \t\u3000]*[:：][ \t\u3000]*/;
/** The first characters of LIST_LABEL_RE and TOC_LABEL_RE (a gate before them). */
const LABEL_FIRST: ReadonlySet<number> = codeUnitSet('附抄分正副目');
const TOC_LABEL_RE = /^[ \t\u3000]*目[ \t\u3000]*[录錄][ \t\u3000]*$/;
/** A 目录 entry ending with its page number (一、总体要求……1, 附件 …… 12). */
const PAGE_RE = /(?:[.．·…—\-_ \t\u3000]{2,}|[…]+)[ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]*$/;

/** Lines (indices) that hold a numbered entry outside the body. */
export function asideLines(doc: DocumentModel, legal: boolean): Set<number> {
  const out = new Set<number>();
  const lines = doc.lines;
  for (let li = 0; li < lines.length; li++) {
    const l = lines[li];
    if (l.masked) continue;
    const c = firstNonSpace(l.text);
    if (!LABEL_FIRST.has(c)) continue;
    const label = LIST_LABEL_RE.exec(l.text);
    if (label) li = labelledList(doc, li, label[0].length, legal, out);
    else if (TOC_LABEL_RE.test(l.text)) li = tocBlock(doc, li, out);
  }
  return out;
}

function markerOf(text: string, legal: boolean): { value: number; level: number } | null {
  const m = parseMarkerAt(text, prefixLength(text), legal);
  return m && !m.unit ? m : null;
}

/** 附件：1.甲 / 2.乙 …: the numbered lines that continue the label's list; returns the last line looked at. */
function labelledList(doc: DocumentModel, li: number, labelLen: number, legal: boolean, out: Set<number>): number {
  const lines = doc.lines;
  const rest = lines[li].text.slice(labelLen);
  const inline = markerOf(rest, legal);
  if (!inline && !isBlank(rest)) return li; // 附件：某某办法 — one attachment, no list
  let expected = inline ? inline.value + 1 : 1;
  let level = inline ? inline.level : 0;
  let last = li;
  for (let k = li + 1; k < lines.length && k <= li + 60; k++) {
    const t = lines[k].text;
    if (lines[k].masked) break;
    if (isBlank(t)) {
      if (k + 1 < lines.length && !isBlank(lines[k + 1].text)) continue;
      break;
    }
    const m = markerOf(t, legal);
    if (m && m.value === expected && (level === 0 || m.level === level)) {
      out.add(k);
      expected++;
      level = m.level;
      last = k;
      continue;
    }
    // A long attachment title wraps onto an indented line.
    if (!m && level !== 0 && /^[ \t\u3000]/.test(t) && k === last + 1) {
      last = k;
      continue;
    }
    break;
  }
  return last;
}

/** 目录 and its entries: lines ending with a page number, or (without page numbers) up to the first repeated entry. */
function tocBlock(doc: DocumentModel, li: number, out: Set<number>): number {
  const lines = doc.lines;
  const norm = (t: string): string => t.replace(PAGE_RE, '').replace(/[ \t\u3000]/g, '');
  let first: string | null = null;
  let last = li;
  for (let k = li + 1; k < lines.length && k <= li + 200; k++) {
    const t = lines[k].text;
    if (lines[k].masked) break;
    if (isBlank(t)) continue;
    const n = norm(t);
    if (first === null) first = n;
    else if (n === first) break; // the body starts: its first heading repeats the first entry
    if (!PAGE_RE.test(t) && (n.length > 40 || /[。；;]/.test(n))) break;
    out.add(k);
    last = k;
  }
  return last;
}
