/**
 * Planned paragraphs → a .docx in GB/T 9704 layout, written with the `docx` package: A4, margins and
 * the 22 × 28 grid from the layout spec (a line grid of 22 lines; 28 characters a line by condensing
 * 3号 to the character pitch — a `linesAndChars` grid with negative charSpace, as Word templates use,
 * makes LibreOffice give every 16 pt character two cells, 14 a line), faces and sizes per role (East Asian face named by
 * the standard, Latin and digits in Times New Roman), Heading 1–4 and Title styles, page numbers
 * `— PAGE —` (odd pages right, even pages left, 一字 from the edge), red rule, 版记 rules.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  type IBorderOptions,
  type IParagraphStyleOptions,
} from 'docx';
import { FACES, LATIN_WORD_FONT, marginsOf, mmToTwips, pitchOf, ptToHalfPoints, type LayoutSpec, type TextRole } from '../core/layout/spec';
import { JOIN_STYLE } from './model';
import type { Align, PlannedParagraph, PlannedRun } from './plan';

const ALIGN: Readonly<Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]>> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  both: AlignmentType.JUSTIFIED,
};

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;

function hex(css: string): string {
  return css.replace(/^#/, '').toUpperCase();
}

function fontOf(spec: LayoutSpec, role: TextRole): { eastAsia: string; ascii: string; hAnsi: string } {
  const face = FACES[spec.roles[role].face].wordName;
  // Page numbers are 半角宋体 throughout; elsewhere Latin letters and digits are Times New Roman.
  const latin = role === 'pageNumber' ? face : LATIN_WORD_FONT;
  return { eastAsia: face, ascii: latin, hAnsi: latin };
}

/**
 * Character spacing (twips, ≤ 0) that makes the body size fill the grid's character pitch: 3号 (16 pt) is a
 * little wider than 156 mm / 28 (15.79 pt), so it is condensed by 0.25 pt; Word and LibreOffice then both
 * set 28 characters a line (checked with LibreOffice in test/e2e/docx-libreoffice.test.mjs).
 */
export function condenseOf(spec: LayoutSpec, sizePt: number): number {
  const pitchPt = pitchOf(spec).charMm / (25.4 / 72);
  return Math.min(0, Math.floor((pitchPt - sizePt) * 20));
}

/** The 发文机关标志 is set as large as its role says, but no larger than fits one line of the type area. */
function fittedSize(spec: LayoutSpec, r: PlannedRun): number {
  const size = spec.roles[r.role].sizePt;
  if (r.role !== 'issuerMark' || r.text.length === 0) return size;
  const widthPt = spec.typeArea.widthMm / (25.4 / 72);
  return Math.min(size, Math.floor((widthPt / [...r.text.trim()].length) * 2) / 2);
}

function runOf(spec: LayoutSpec, r: PlannedRun): TextRun {
  const t = { ...spec.roles[r.role], sizePt: fittedSize(spec, r) };
  const condense = condenseOf(spec, t.sizePt);
  return new TextRun({
    text: r.text,
    font: fontOf(spec, r.role),
    size: ptToHalfPoints(t.sizePt),
    snapToGrid: false,
    ...(condense < 0 && t.sizePt <= spec.roles.body.sizePt ? { characterSpacing: condense } : {}),
    ...(t.red ? { color: hex(spec.red) } : {}),
    ...(r.hidden ? { vanish: true } : {}),
  });
}

function border(spec: LayoutSpec, kind: 'red' | 'thick' | 'thin'): IBorderOptions {
  // Border sizes are in eighths of a point.
  const eighths = (mm: number): number => Math.max(2, Math.round((mm / (25.4 / 72)) * 8));
  if (kind === 'red')
    return { style: BorderStyle.SINGLE, size: 8, color: hex(spec.red), space: Math.round(spec.redRuleGapMm / (25.4 / 72)) };
  return {
    style: BorderStyle.SINGLE,
    size: eighths(kind === 'thick' ? spec.recordRule.thickMm : spec.recordRule.thinMm),
    color: '000000',
    space: 1,
  };
}

function paragraphOf(spec: LayoutSpec, p: PlannedParagraph): Paragraph {
  const charTw = mmToTwips(pitchOf(spec).charMm);
  const runs = p.runs.map((r) => runOf(spec, r));
  if (p.joinedWith) {
    runs.push(new TextRun({ children: [new Tab()], style: JOIN_STYLE }), ...p.joinedWith.runs.map((r) => runOf(spec, r)));
  }
  const heading = p.heading === 'title' ? HeadingLevel.TITLE : p.heading ? HEADINGS[p.heading - 1] : undefined;
  const indent = {
    // In twips, not firstLineChars: LibreOffice reads firstLineChars as 0 without a character grid.
    ...(p.firstLineChars ? { firstLine: p.firstLineChars * charTw } : {}),
    ...(p.leftChars ? { left: p.leftChars * charTw } : {}),
    ...(p.rightChars ? { right: p.rightChars * charTw } : {}),
  };
  return new Paragraph({
    children: runs,
    alignment: ALIGN[p.align],
    ...(heading ? { heading } : {}),
    ...(Object.keys(indent).length ? { indent } : {}),
    ...(p.pageBreakBefore ? { pageBreakBefore: true } : {}),
    ...(p.borderBottom || p.borderTop
      ? {
          border: {
            ...(p.borderBottom ? { bottom: border(spec, p.borderBottom) } : {}),
            ...(p.borderTop ? { top: border(spec, p.borderTop) } : {}),
          },
        }
      : {}),
    ...(p.joinedWith ? { tabStops: [{ type: TabStopType.RIGHT, position: mmToTwips(spec.typeArea.widthMm) - 2 * charTw }] } : {}),
  });
}

function styleFor(spec: LayoutSpec, id: string, name: string, role: TextRole, outlineLevel?: number): IParagraphStyleOptions {
  const t = spec.roles[role];
  return {
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: fontOf(spec, role), size: ptToHalfPoints(t.sizePt), bold: false, italics: false, color: t.red ? hex(spec.red) : '000000' },
    paragraph: { spacing: { before: 0, after: 0 }, ...(outlineLevel !== undefined ? { outlineLevel } : {}) },
  };
}

function pageNumberFooter(spec: LayoutSpec, side: 'left' | 'right'): Footer {
  const charTw = mmToTwips(pitchOf(spec).charMm);
  const t = spec.roles.pageNumber;
  const run = (o: { text?: string; children?: (typeof PageNumber.CURRENT)[] }): TextRun =>
    new TextRun({ ...o, font: fontOf(spec, 'pageNumber'), size: ptToHalfPoints(t.sizePt) });
  const dash = spec.pageNumber.dash;
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'right' ? { right: charTw } : { left: charTw },
        children: [run({ text: `${dash} ` }), run({ children: [PageNumber.CURRENT] }), run({ text: ` ${dash}` })],
      }),
    ],
  });
}

/** The OOXML grid figures for the spec: line pitch, and the charSpace a `linesAndChars` grid would take (see gbt9704-layout.md). */
export function gridOf(spec: LayoutSpec): { linePitch: number; charSpace: number } {
  const { lineMm, charMm } = pitchOf(spec);
  // Floor, so that 22 lines always fit the type area; charSpace is the pitch minus the Normal size, × 4096.
  const linePitch = Math.floor(lineMm * (1440 / 25.4));
  const charPt = charMm / (25.4 / 72);
  return { linePitch, charSpace: Math.round((charPt - spec.roles.body.sizePt) * 4096) };
}

/** Renders the planned paragraphs to .docx bytes. */
export async function renderDocx(paras: readonly PlannedParagraph[], spec: LayoutSpec, meta: { title?: string } = {}): Promise<Uint8Array> {
  const m = marginsOf(spec);
  const body = spec.roles.body;
  const grid = gridOf(spec);
  const doc = new Document({
    ...(meta.title ? { title: meta.title } : {}),
    creator: 'gongwen-lint',
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: fontOf(spec, 'body'), size: ptToHalfPoints(body.sizePt) },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
      paragraphStyles: [
        // LibreOffice sizes the character grid from the Normal style, not from docDefaults: name the size there too.
        { id: 'Normal', name: 'Normal', quickFormat: true, run: { font: fontOf(spec, 'body'), size: ptToHalfPoints(body.sizePt) } },
        styleFor(spec, 'Title', 'Title', 'title'),
        styleFor(spec, 'Heading1', 'Heading 1', 'heading1', 0),
        styleFor(spec, 'Heading2', 'Heading 2', 'heading2', 1),
        styleFor(spec, 'Heading3', 'Heading 3', 'heading3', 2),
        styleFor(spec, 'Heading4', 'Heading 4', 'heading4', 3),
      ],
      characterStyles: [{ id: JOIN_STYLE, name: 'Gongwen line join', basedOn: 'DefaultParagraphFont' }],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: mmToTwips(spec.page.widthMm), height: mmToTwips(spec.page.heightMm) },
            margin: {
              top: mmToTwips(m.topMm),
              bottom: mmToTwips(m.bottomMm),
              left: mmToTwips(m.leftMm),
              right: mmToTwips(m.rightMm),
              // The page number's dash line sits 7 mm below the type area.
              footer: Math.max(0, mmToTwips(m.bottomMm - spec.pageNumber.belowTypeAreaMm) - Math.round(spec.roles.pageNumber.sizePt * 20)),
              header: mmToTwips(15),
            },
          },
          grid: { type: DocumentGridType.LINES, linePitch: grid.linePitch },
        },
        footers: { default: pageNumberFooter(spec, 'right'), even: pageNumberFooter(spec, 'left') },
        children: paras.map((p) => paragraphOf(spec, p)),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
