/**
 * WordprocessingML → blocks of paragraphs in document order, keeping where each character came
 * from: every paragraph has `spans` mapping its text back to the `w:t` element that holds it (or to
 * nothing, for list markers, tabs and breaks, which no fix may touch).
 *
 * Order: body-level paragraphs and tables as they stand; a table row by row, cell by cell (nested
 * tables inside their cell); text boxes (w:txbxContent, DrawingML or VML, taken once: mc:Choice,
 * never also mc:Fallback) right after the paragraph that anchors them. Deleted revisions (w:del,
 * w:moveFrom) and field instructions are not text; inserted revisions and field results are.
 */
import type { Element, Node } from '@xmldom/xmldom';
import type { Numbering } from './numbering';
import { elementChildren, isElement, isW, W_NS, wAttr, wChild } from './xml';

export interface Span {
  readonly start: number;
  readonly end: number;
  /** The w:t element the characters live in; undefined for generated text (markers, tabs, breaks). */
  readonly t?: Element;
}

export interface Paragraph {
  text: string;
  spans: Span[];
  /** The paragraph element. */
  readonly p: Element;
  /** Style id (w:pStyle), e.g. 'Heading1', 'Title'. */
  readonly style?: string;
  /** The literal list marker Word displays (automatic numbering), '' when none; included at the start of `text`. */
  readonly marker: string;
}

export type Block =
  { readonly type: 'p'; readonly para: Paragraph } | { readonly type: 'table'; readonly rows: readonly (readonly (readonly Block[])[])[] };

export interface ReadOptions {
  readonly numbering?: Numbering;
  /** How a line break inside a paragraph (w:br, w:cr) reads: '\n' for import, '' for checking (one line per paragraph). */
  readonly lineBreak: string;
}

/** Text-container elements whose children are walked as if in place. */
const TRANSPARENT = new Set(['hyperlink', 'ins', 'smartTag', 'customXml', 'fldSimple', 'dir', 'bdo', 'moveTo', 'sdtContent']);
const SKIPPED = new Set(['del', 'moveFrom', 'pPr', 'rPr', 'instrText', 'delText', 'delInstrText']);

function isAlternateContent(n: Node): boolean {
  return isElement(n) && n.localName === 'AlternateContent';
}

/** Text boxes under `el` (mc:Choice only, so a text box with a VML fallback is read once). */
function textboxes(el: Element, out: Element[]): void {
  if (isAlternateContent(el)) {
    const choice = elementChildren(el)[0];
    if (choice) textboxes(choice, out);
    return;
  }
  for (const c of elementChildren(el)) {
    if (isW(c, 'txbxContent')) out.push(c);
    else if (isAlternateContent(c)) {
      const choice = elementChildren(c)[0];
      if (choice) textboxes(choice, out);
    } else textboxes(c, out);
  }
}

/** The export's join style (render.ts); kept here as a string so reading does not load the writer. */
export const JOIN_STYLE = 'GongwenLineJoin';

function runStyle(r: Element): string | undefined {
  return wAttr(wChild(wChild(r, 'rPr'), 'rStyle'), 'val');
}

class ParaBuilder {
  text = '';
  spans: Span[] = [];
  readonly boxes: Element[] = [];
  constructor(private readonly opts: ReadOptions) {}

  add(s: string, t?: Element): void {
    if (!s) return;
    this.spans.push({ start: this.text.length, end: this.text.length + s.length, t });
    this.text += s;
  }

  run(r: Element): void {
    for (const c of elementChildren(r)) {
      if (c.namespaceURI === W_NS) {
        switch (c.localName) {
          case 't':
            this.add(c.textContent ?? '', c);
            continue;
          case 'tab':
          case 'ptab':
            // The export joins the 签发人 line to the 发文字号 line with a tab in this character style.
            this.add(this.opts.lineBreak === '\n' && runStyle(r) === JOIN_STYLE ? '\n' : '\t');
            continue;
          case 'br':
            if (wAttr(c, 'type') !== 'page' && wAttr(c, 'type') !== 'column') this.add(this.opts.lineBreak);
            continue;
          case 'cr':
            this.add(this.opts.lineBreak);
            continue;
          case 'noBreakHyphen':
            this.add('-');
            continue;
          case 'drawing':
          case 'pict':
          case 'object':
            textboxes(c, this.boxes);
            continue;
          default:
            continue;
        }
      }
      if (isAlternateContent(c)) textboxes(c, this.boxes);
    }
  }

  content(el: Element): void {
    for (const c of elementChildren(el)) {
      if (isAlternateContent(c)) {
        const choice = elementChildren(c)[0];
        if (choice) this.content(choice);
        continue;
      }
      if (c.namespaceURI !== W_NS || SKIPPED.has(c.localName ?? '')) continue;
      if (c.localName === 'r') this.run(c);
      else if (c.localName === 'sdt') {
        const sc = wChild(c, 'sdtContent');
        if (sc) this.content(sc);
      } else if (TRANSPARENT.has(c.localName ?? '')) this.content(c);
    }
  }
}

function readParagraph(p: Element, opts: ReadOptions, out: Block[]): void {
  const b = new ParaBuilder(opts);
  const pPr = wChild(p, 'pPr');
  const list = opts.numbering?.listOf(pPr);
  const marker = list ? opts.numbering!.next(list.numId, list.ilvl) : '';
  b.add(marker);
  b.content(p);
  const style = wAttr(wChild(pPr, 'pStyle'), 'val');
  out.push({ type: 'p', para: { text: b.text, spans: b.spans, p, marker, ...(style !== undefined ? { style } : {}) } });
  for (const box of b.boxes) out.push(...readBlocks(box, opts));
}

function readTable(tbl: Element, opts: ReadOptions): Block {
  const rows: Block[][][] = [];
  for (const tr of elementChildren(tbl)) {
    if (!isW(tr, 'tr')) continue;
    const cells: Block[][] = [];
    const addCell = (tc: Element): void => {
      cells.push(readBlocks(tc, opts));
    };
    for (const c of elementChildren(tr)) {
      if (isW(c, 'tc')) addCell(c);
      else if (isW(c, 'sdt') || isW(c, 'customXml')) {
        const inner = wChild(c, 'sdtContent') ?? c;
        for (const tc of elementChildren(inner)) if (isW(tc, 'tc')) addCell(tc);
      }
    }
    rows.push(cells);
  }
  return { type: 'table', rows };
}

/** The blocks of a container (w:body, w:hdr, w:ftr, w:tc, w:txbxContent, w:footnote, w:comment …). */
export function readBlocks(container: Element, opts: ReadOptions): Block[] {
  const out: Block[] = [];
  const walk = (el: Element): void => {
    for (const c of elementChildren(el)) {
      if (isAlternateContent(c)) {
        const choice = elementChildren(c)[0];
        if (choice) walk(choice);
      } else if (isW(c, 'p')) readParagraph(c, opts, out);
      else if (isW(c, 'tbl')) out.push(readTable(c, opts));
      else if (isW(c, 'sdt')) {
        const sc = wChild(c, 'sdtContent');
        if (sc) walk(sc);
      } else if (isW(c, 'customXml')) walk(c);
    }
  };
  walk(container);
  return out;
}

/** Every paragraph of the blocks in reading order (table cells row by row). */
export function flattenBlocks(blocks: readonly Block[], out: Paragraph[] = []): Paragraph[] {
  for (const b of blocks) {
    if (b.type === 'p') out.push(b.para);
    else for (const row of b.rows) for (const cell of row) flattenBlocks(cell, out);
  }
  return out;
}
