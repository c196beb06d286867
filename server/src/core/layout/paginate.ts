/**
 * GB/T 9704—2012 pagination: text + element model + heading outline → A4 pages of positioned lines on the
 * 22 × 28 grid. Pure (the preview calls it in the language server; tests call it directly).
 *
 * Placement (§7, §10): 发文机关标志 35 mm below the type area's top (信函 30 mm from the page top, 命令 20 mm),
 * 发文字号 two lines below it (上行文: left, 签发人 right on the same line), the red rule 4 mm below, the title
 * two lines below the rule, 主送机关 one line below the title, paragraphs indented two characters,
 * 附件说明 and 署名 one line below the body, 成文日期 under the 署名 (its first character two to the right of
 * the 署名's), 附注 below the date, each 附件 on a new page (label on line 1, title on line 3), the 版记 at the
 * foot of the last page with thick/thin rules, page numbers `— n —` (none on a 信函's first page).
 * Blank source lines are not rows: the standard's spacing replaces them.
 */
import type { DocElement, ElementKind, ElementModel } from '../elements/types';
import { splitLines, type LineTable } from '../lines';
import type { Heading, Outline } from '../outline/types';
import { applyHeading, applyMarks, breakLines, flowChars, widthOf, type FlowChar } from './flow';
import { Pager } from './pager';
import { GBT9704, MM_PER_PT, type LayoutSpec, type TextRole } from './spec';
import type { DocumentLayout, LayoutMark, LayoutRefusal } from './types';

export * from './types';

/** Larger documents are not laid out (the preview says so instead of stalling). */
export const MAX_LAYOUT_CHARS = 300_000;

export interface LayoutInput {
  readonly text: string;
  readonly elements: ElementModel;
  readonly outline: Outline;
  /** Findings to mark; any order. */
  readonly marks?: readonly LayoutMark[];
  readonly spec?: LayoutSpec;
}

const ROLE_OF: Partial<Record<ElementKind, TextRole>> = {
  copyNumber: 'copyNumber',
  secrecy: 'secrecy',
  urgency: 'urgency',
  issuerMark: 'issuerMark',
  docNumber: 'docNumber',
  title: 'title',
  cc: 'record',
  printer: 'record',
};

interface Ctx {
  readonly text: string;
  readonly lines: LineTable;
  readonly pager: Pager;
  readonly form: ElementModel['form'];
  readonly headings: ReadonlyMap<number, Heading>;
  readonly marks: readonly LayoutMark[];
  markFrom: number;
  /** Blank rows owed before the next element (下空一行/二行). */
  pending: number;
  /** 成文日期's indent, set by the 署名. */
  dateIndent?: number;
}

interface Piece {
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

/** The element's text line by line (blank lines left out). */
function piecesOf(c: Ctx, e: DocElement, from = e.start, to = e.end): Piece[] {
  const out: Piece[] = [];
  for (let l = e.line; l <= e.endLine && l < c.lines.starts.length; l++) {
    const start = Math.max(c.lines.starts[l], from);
    const end = Math.min(c.lines.ends[l], to);
    if (end > start && /\S/.test(c.text.slice(start, end))) out.push({ line: l, start, end });
  }
  return out;
}

function charsOf(c: Ctx, p: Piece, role: TextRole, headings = false): FlowChar[] {
  const chars = flowChars(c.text, p.start, p.end, role);
  const h = headings ? c.headings.get(p.line) : undefined;
  if (h) applyHeading(chars, h);
  c.markFrom = applyMarks(chars, c.marks, c.markFrom);
  return chars;
}

function takePending(c: Ctx): void {
  c.pager.skip(c.pending);
  c.pending = 0;
}

/** 发文机关标志: at its height in mm, red, one line per source line, set smaller when too long for a line. */
function issuerMark(c: Ctx, e: DocElement): void {
  const { pager, form } = c;
  const spec = pager.spec;
  let y =
    form === 'letter'
      ? spec.letter.issuerMarkFromPageTopMm - spec.margins.topMm
      : form === 'order'
        ? spec.orderIssuerMarkTopMm
        : form === 'minutes'
          ? spec.minutesIssuerMarkTopMm
          : spec.issuerMarkTopMm;
  if (pager.row > 0) y = Math.max(y, pager.row * pager.lineMm);
  const base = spec.roles.issuerMark.sizePt;
  for (const p of piecesOf(c, e)) {
    const chars = charsOf(c, p, 'issuerMark');
    const w = widthOf(chars);
    const fit = Math.floor((spec.typeArea.widthMm / Math.max(w, 1) / MM_PER_PT) * 2) / 2;
    const sizePt = w * base * MM_PER_PT > spec.typeArea.widthMm ? Math.max(fit, spec.roles.title.sizePt) : undefined;
    const n = pager.flow(chars, 'issuerMark', { align: 'center', srcLine: p.line, element: 'issuerMark', red: true, sizePt, yMm: y });
    y += n * (sizePt ?? base) * MM_PER_PT * 1.1;
  }
  if (form === 'letter') {
    const x = (spec.page.widthMm - spec.letter.doubleRuleLengthMm) / 2 - spec.margins.leftMm;
    const len = spec.letter.doubleRuleLengthMm;
    const top = y + spec.letter.topRuleGapMm;
    pager.rule(top, 0.8, true, x, len);
    pager.rule(top + 1.4, 0.3, true, x, len);
    const bottom = spec.page.heightMm - spec.letter.bottomRuleFromPageBottomMm - spec.margins.topMm;
    pager.rule(bottom - 1.4, 0.3, true, x, len);
    pager.rule(bottom, 0.8, true, x, len);
    pager.row = Math.ceil((top + 2) / pager.lineMm);
  } else c.pending = 2;
}

/** 发文字号 (with the 签发人 on its line), then the red rule. */
function docNumber(c: Ctx, e: DocElement, signer: DocElement | undefined): void {
  const { pager, form } = c;
  takePending(c);
  const p = piecesOf(c, e)[0];
  if (!p) return;
  const chars = charsOf(c, p, 'docNumber');
  if (pager.row >= pager.rows) pager.newPage();
  const row = pager.row;
  if (signer && signer.line === e.line) {
    pager.flow(chars, 'docNumber', { indent: 1, srcLine: p.line, element: 'docNumber' });
    pager.row = row;
    const sp = { line: signer.line, start: signer.start, end: signer.end };
    const sc = charsOf(c, sp, 'body');
    for (const ch of sc) if (ch.at >= signer.valueStart) ch.role = 'signerName';
    pager.flow(sc, 'body', { right: 1, align: 'right', srcLine: sp.line, element: 'signer' });
  } else {
    pager.flow(chars, 'docNumber', { align: form === 'letter' ? 'right' : 'center', srcLine: p.line, element: 'docNumber' });
  }
  if (form === 'standard' || form === 'minutes') {
    const size = pager.spec.roles.docNumber.sizePt * MM_PER_PT;
    pager.rule(row * pager.lineMm + (pager.lineMm + size) / 2 + pager.spec.redRuleGapMm, 0.5, true);
    pager.row = row + 2;
    c.pending = 2;
  } else c.pending = form === 'order' ? 2 : 1;
}

/** 署名 and 成文日期: 右空二字, the date's first character two characters right of the 署名's. */
function signature(c: Ctx, e: DocElement, date: DocElement | undefined): void {
  const { pager } = c;
  const cap = pager.spec.grid.charsPerLine;
  const right = cap - 2;
  const pieces = piecesOf(c, e);
  const dp = date ? piecesOf(c, date)[0] : undefined;
  const dateW = dp ? widthOf(flowChars(c.text, dp.start, dp.end, 'body')) : 0;
  c.pending = Math.max(c.pending, 1);
  takePending(c);
  pieces.forEach((p, k) => {
    const chars = charsOf(c, p, 'body');
    let start = Math.max(0, right - widthOf(chars));
    if (k === 0 && dp) {
      let ds = start + 2;
      if (ds + dateW > right) {
        ds = Math.max(0, right - dateW);
        start = Math.max(0, ds - 2);
      }
      c.dateIndent = ds;
    }
    pager.flow(chars, 'body', { indent: start, hanging: start, srcLine: p.line, element: 'signature' });
  });
}

function dateLine(c: Ctx, e: DocElement): void {
  takePending(c);
  for (const p of piecesOf(c, e)) {
    const chars = charsOf(c, p, 'body');
    const indent = c.dateIndent ?? Math.max(0, c.pager.spec.grid.charsPerLine - 2 - widthOf(chars));
    c.pager.flow(chars, 'body', { indent, hanging: indent, srcLine: p.line, element: 'date' });
  }
  c.dateIndent = undefined;
}

/** Paragraphs: 左空二字, wrapped lines 顶格; headings in their type. */
function paragraphs(c: Ctx, pieces: readonly Piece[], element: ElementKind): void {
  takePending(c);
  for (const p of pieces) c.pager.flow(charsOf(c, p, 'body', true), 'body', { indent: 2, srcLine: p.line, element });
}

/** A labelled list (附件：…, 出席：…): 左空二字, later lines aligned after the label. */
function labelled(c: Ctx, e: DocElement, labelRole: TextRole | undefined): void {
  c.pending = Math.max(c.pending, e.kind === 'attachmentNote' ? 1 : 0);
  takePending(c);
  let labelW = 0;
  piecesOf(c, e).forEach((p, k) => {
    const chars = charsOf(c, p, 'body');
    if (k === 0) {
      const colon = chars.findIndex((ch) => ch.ch === '：' || ch.ch === ':');
      labelW = colon >= 0 && colon < 8 ? widthOf(chars, 0, colon + 1) : 0;
      if (labelRole) for (let i = 0; i <= colon && i < chars.length; i++) chars[i].role = labelRole;
    }
    const marker = /^\s*\d+[.．]/.exec(c.text.slice(p.start, p.end));
    const indent = k === 0 ? 2 : 2 + labelW;
    const hanging = 2 + labelW + (marker ? widthOf(flowChars(marker[0], 0, marker[0].length, 'body')) : 0);
    c.pager.flow(chars, 'body', { indent, hanging, srcLine: p.line, element: e.kind });
  });
}

/** A 附件 page: label 顶格 on line 1, its title centred on line 3, then its text. */
function attachment(c: Ctx, e: DocElement): void {
  const { pager } = c;
  if (pager.row > 0 || pager.page.lines.length > 0) pager.newPage();
  c.pending = 0;
  const pieces = piecesOf(c, e);
  pieces.forEach((p, k) => {
    const isTitle = e.titleStart !== undefined && p.start <= e.titleStart && e.titleStart < p.end;
    if (k === 0 && !isTitle) {
      pager.flow(charsOf(c, p, 'attachmentLabel'), 'attachmentLabel', { srcLine: p.line, element: 'attachment' });
    } else if (isTitle) {
      pager.row = Math.max(pager.row, 2);
      pager.flow(charsOf(c, p, 'title'), 'title', { align: 'center', srcLine: p.line, element: 'attachment' });
      c.pending = 1;
    } else paragraphs(c, [p], 'attachment');
  });
}

function simple(
  c: Ctx,
  e: DocElement,
  role: TextRole,
  o: { indent?: number; hanging?: number; align?: 'center'; red?: boolean } = {},
): void {
  takePending(c);
  for (const p of piecesOf(c, e)) c.pager.flow(charsOf(c, p, role, role === 'body'), role, { ...o, srcLine: p.line, element: e.kind });
}

/** A 版记 element's lines: 抄送 wrapped after its colon (左右各空一字), 印发机关 left and 印发日期 right. */
function recordRows(c: Ctx, e: DocElement): { rows: number; put: () => void }[] {
  const { pager } = c;
  const cap = pager.capacity('record');
  return piecesOf(c, e).map((p) => {
    const chars = charsOf(c, p, 'record');
    const split =
      e.kind === 'printer' ? /^(.*?\S)(?:[ \t\u3000]{2,}|[ \t\u3000]+(?=\d{4}年))(\S.*)$/u.exec(c.text.slice(p.start, p.end).trim()) : null;
    if (split) {
      const cut = chars.findIndex((ch) => ch.at >= chars[0].at + split[1].length);
      const left = chars.slice(0, cut);
      const right = chars.slice(cut).filter((ch, k, a) => k > 0 || !/\s/.test(ch.ch) || a.length === 1);
      const r = right.findIndex((ch) => !/\s/.test(ch.ch));
      return {
        rows: 1,
        put: () => {
          const row = pager.row;
          pager.flow(left, 'record', { indent: 1, srcLine: p.line, element: e.kind });
          pager.row = row;
          pager.flow(right.slice(Math.max(r, 0)), 'record', { right: 1, align: 'right', srcLine: p.line, element: e.kind });
        },
      };
    }
    const colon = chars.findIndex((ch) => ch.ch === '：' || ch.ch === ':');
    const hanging = 1 + (colon >= 0 && colon < 8 ? widthOf(chars, 0, colon + 1) : 0);
    const rows = breakLines(chars, cap - 2, cap - 1 - hanging).length;
    return { rows, put: () => void pager.flow(chars, 'record', { indent: 1, hanging, right: 1, srcLine: p.line, element: e.kind }) };
  });
}

/** The 版记 at the foot of the last page (a new page when it does not fit), with its rules (none in a 信函). */
function placeRecord(c: Ctx, els: readonly DocElement[]): void {
  if (els.length === 0) return;
  const { pager } = c;
  takePending(c);
  const blocks = els.map((e) => recordRows(c, e));
  const need = blocks.reduce((n, b) => n + b.reduce((m, x) => m + x.rows, 0), 0);
  if (need > pager.rows) {
    for (const b of blocks) for (const x of b) x.put();
    return;
  }
  const start = pager.rows - need;
  if (pager.row > start) pager.newPage();
  pager.row = start;
  const ruled = c.form !== 'letter';
  const { thickMm, thinMm } = pager.spec.recordRule;
  blocks.forEach((b, k) => {
    if (ruled) pager.rule(pager.row * pager.lineMm, k === 0 ? thickMm : thinMm, false);
    for (const x of b) x.put();
  });
  if (ruled) pager.rule(pager.rows * pager.lineMm, thickMm, false);
}

function place(c: Ctx, els: readonly DocElement[], i: number): void {
  const e = els[i];
  const next = (kind: ElementKind) => els.slice(i + 1).find((x) => x.kind === kind);
  switch (e.kind) {
    case 'issuerMark':
      return issuerMark(c, e);
    case 'docNumber':
      return docNumber(
        c,
        e,
        els.find((x) => x.kind === 'signer'),
      );
    case 'signer': {
      const dn = els.find((x) => x.kind === 'docNumber');
      if (dn && dn.line === e.line) return;
      return simple(c, e, 'body', { align: 'center' });
    }
    case 'title':
      simple(c, e, 'title', { align: 'center' });
      c.pending = 1;
      return;
    case 'recipients':
      simple(c, e, 'body');
      c.pending = 0;
      return;
    case 'body':
      paragraphs(c, piecesOf(c, e), 'body');
      c.pending = 0;
      return;
    case 'attendance':
      return labelled(c, e, 'attendanceLabel');
    case 'attachmentNote':
      return labelled(c, e, undefined);
    case 'signature':
      return signature(c, e, next('date'));
    case 'date':
      return dateLine(c, e);
    case 'note':
      return simple(c, e, 'body', { indent: 2 });
    case 'attachment':
      return attachment(c, e);
    default:
      return simple(c, e, ROLE_OF[e.kind] ?? 'body');
  }
}

/** Lays the document out; refuses (with a message) texts over MAX_LAYOUT_CHARS. Never throws on odd input. */
export function layoutDocument(input: LayoutInput): DocumentLayout | LayoutRefusal {
  const { text } = input;
  if (text.length > MAX_LAYOUT_CHARS) {
    return {
      refused: 'too-large',
      message: {
        zh: `文档过长（${text.length} 字符，上限 ${MAX_LAYOUT_CHARS}），不生成预览`,
        en: `The document is too long to preview (${text.length} characters, limit ${MAX_LAYOUT_CHARS})`,
      },
    };
  }
  const spec = input.spec ?? GBT9704;
  const pager = new Pager(spec);
  const headings = new Map<number, Heading>();
  for (const h of input.outline.headings) if (!headings.has(h.line)) headings.set(h.line, h);
  const marks = [...(input.marks ?? [])].sort((a, b) => a.start - b.start || a.end - b.end);
  const form = input.elements.form;
  const c: Ctx = { text, lines: splitLines(text), pager, form, headings, marks, markFrom: 0, pending: 0 };
  const els = input.elements.elements;
  for (let i = 0; i < els.length; i++) if (els[i].part !== 'record') place(c, els, i);
  placeRecord(
    c,
    els.filter((e) => e.part === 'record' && e.kind !== 'recordRule'),
  );
  const pages = pager.pages.map((p) => ({
    ...p,
    label: form === 'letter' && p.number === 1 ? null : `${spec.pageNumber.dash} ${p.number} ${spec.pageNumber.dash}`,
  }));
  return { form, spec, pages, marks };
}
