/**
 * The recogniser: elements by position and form. Reads the top down (版头, 标题, 主送机关) and the end up
 * (版记, 附件 pages, 附注, 成文日期, 署名, 附件说明, 纪要 lists); what lies between is the 正文. A document is a
 * 公文 only on clear evidence (formOf) — otherwise form 'none' with the whole text as 'body'.
 */
import type { DocumentModel } from '../types';
import type { Outline } from '../outline/types';
import { numberAfterTitle, parseHead, parseRecipients, parseTitle } from './head';
import { ATTENDANCE_RE, FILE_MARK_RE, ISSUE_NUMBER_RE, MINUTES_MARK_RE, ORDER_MARK_RE } from './patterns';
import { element, nextFilled, prevFilled, scanLines, type Scan } from './scan';
import { attendance, parseAttachments, parseClosing, parseRecord } from './tail';
import type { DocElement, DocumentForm, ElementKind, ElementModel, Genre } from './types';

/** The model of a text that is not a 公文: its whole text is the body. */
export function noneModel(doc: DocumentModel): ElementModel {
  const last = doc.lines.length - 1;
  const body: DocElement = {
    kind: 'body',
    part: 'main',
    start: 0,
    end: doc.text.length,
    line: 0,
    endLine: last,
    valueStart: 0,
    valueEnd: doc.text.length,
  };
  return { form: 'none', genre: null, genreWord: null, elements: [body] };
}

/** 纪要 lists right after the title (some 纪要 open with 出席/列席). */
function leadingAttendance(s: Scan, k: number): { elements: DocElement[]; next: number } {
  const out: DocElement[] = [];
  let j = k;
  while (j >= 0 && !s.at(j).masked && ATTENDANCE_RE.test(s.at(j).t)) {
    let e = j;
    while (e + 1 < s.length && !s.at(e + 1).blank && !s.at(e + 1).masked && !ATTENDANCE_RE.test(s.at(e + 1).t) && e < j + 2) e++;
    out.push(attendance(s, j, e));
    j = nextFilled(s, e + 1);
  }
  return { elements: out, next: out.length ? out[out.length - 1].endLine + 1 : k };
}

interface Parts {
  head: DocElement[];
  title: DocElement | null;
  genre: Genre | null;
  genreWord: string | null;
  recipients: DocElement | null;
  lead: DocElement[];
  closing: DocElement[];
  attachments: DocElement[];
  record: DocElement[];
}

const has = (es: readonly DocElement[], k: ElementKind): DocElement | undefined => es.find((e) => e.kind === k);

/** 'none' unless the evidence is clear: a 版头 or 版记 line, or a 文种 title with a 主送机关 or a 署名 and date. */
function formOf(p: Parts, s: Scan, legal: boolean): DocumentForm {
  const mark = has(p.head, 'issuerMark');
  const num = has(p.head, 'docNumber');
  const markText = mark ? s.at(mark.endLine).t : '';
  const dated = !!has(p.closing, 'date');
  // A 版记 counts with its 印发 line, or a 抄送 line below a title or a date.
  const record = !!has(p.record, 'printer') || (!!has(p.record, 'cc') && (dated || !!p.title));
  const strong = !!num || !!mark || !!has(p.head, 'signer') || record;
  const headLines = p.head.length > 0 && !!p.title;
  const titled = !!p.genre && !!p.title;
  const minutes = p.genre === '纪要' || MINUTES_MARK_RE.test(markText);
  const isGongwen =
    strong ||
    headLines ||
    (titled &&
      !legal &&
      (!!p.recipients || (dated && !!has(p.closing, 'signature') && /关于/.test(s.doc.text.slice(p.title!.start, p.title!.end))))) ||
    (minutes && (p.lead.length > 0 || !!has(p.closing, 'attendance')));
  if (!isGongwen) return 'none';
  if (mark && ORDER_MARK_RE.test(markText) && (!num || ISSUE_NUMBER_RE.test(s.at(num.line).t))) return 'order';
  if (minutes) return 'minutes';
  const numText = num ? s.doc.text.slice(num.start, num.end) : '';
  if (/函[ \t\u3000]*[〔\[【（(［﹝]/.test(numText) || (p.genre === '函' && mark && !FILE_MARK_RE.test(markText))) return 'letter';
  return 'standard';
}

/** The element model of a document (pure). `outline`, when given, lets a 法规体 text without 版头/版记 stay 'none'. */
export function buildElements(doc: DocumentModel, outline?: Pick<Outline, 'mode'>): ElementModel {
  const s = scanLines(doc);
  const first = nextFilled(s, 0);
  if (first < 0) return noneModel(doc);
  const head = parseHead(s, first);
  // -1 (no further line) reads as the end of the document.
  const filled = (k: number): number => (k < 0 || k >= s.length ? -1 : nextFilled(s, k));
  const t = parseTitle(s, filled(head.next), head.elements.length > 0);
  const late = t.element ? numberAfterTitle(s, filled(t.next)) : [];
  const afterTitle = filled(late.length ? late[0].endLine + 1 : t.next);
  const recipients = t.element ? parseRecipients(s, afterTitle) : null;
  const lead = leadingAttendance(s, recipients ? filled(recipients.endLine + 1) : afterTitle);
  const next = recipients && !lead.elements.length ? recipients.endLine + 1 : lead.next;
  const bodyFrom = next < 0 ? s.length : next;
  const record = parseRecord(s, bodyFrom, s.length);
  const att = parseAttachments(s, bodyFrom, record.start);
  const closing = parseClosing(s, bodyFrom, att.start);
  const parts: Parts = {
    head: [...head.elements, ...late],
    title: t.element,
    genre: t.genre,
    genreWord: t.genreWord,
    recipients,
    lead: lead.elements,
    closing: closing.elements,
    attachments: att.elements,
    record: record.elements,
  };
  const form = formOf(parts, s, outline?.mode === 'legal');
  if (form === 'none') return noneModel(doc);
  // Array spreads, not push(...list): a list can be long (thousands of 附件 labels) and must not overflow the stack.
  const top = [...parts.head, ...(t.element ? [t.element] : []), ...(recipients ? [recipients] : []), ...lead.elements];
  const elements = [...top, bodyElement(s, bodyFrom, closing.start, top), ...closing.elements, ...att.elements, ...record.elements];
  elements.sort((a, b) => a.start - b.start || a.end - b.end);
  return { form, genre: parts.genre, genreWord: parts.genreWord, elements };
}

/** The 正文: the non-blank lines in [from, to); an empty range after the last element when there are none. */
function bodyElement(s: Scan, from: number, to: number, before: readonly DocElement[]): DocElement {
  const a = nextFilled(s, from, to);
  if (a < 0) {
    const at = before.length ? before[before.length - 1].end : 0;
    const line = s.doc.lineAt(at);
    return { kind: 'body', part: 'main', start: at, end: at, line, endLine: line, valueStart: at, valueEnd: at };
  }
  return element(s, 'body', 'main', a, prevFilled(s, to - 1, a));
}
