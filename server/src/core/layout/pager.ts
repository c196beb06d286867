/**
 * The page grid: rows of one line pitch (版心 height / 22), a cursor, and the placing of broken text on it.
 */
import { GBT9704, MM_PER_PT, pitchOf, type LayoutSpec, type TextRole } from './spec';
import { breakLines, segsOf, widthOf, type FlowChar } from './flow';
import type { LayoutLine, LayoutPage, LayoutRule } from './types';
import type { ElementKind } from '../elements/types';

export interface FlowOptions {
  /** Indent of the first line and of the others, in characters of the line's type. */
  readonly indent?: number;
  readonly hanging?: number;
  /** Space kept free on the right, in characters. */
  readonly right?: number;
  readonly align?: 'left' | 'center' | 'right';
  readonly srcLine: number;
  readonly element: ElementKind;
  readonly red?: boolean;
  readonly sizePt?: number;
  /** Lay the text out at this height (mm) instead of on the next row; the cursor moves below it. */
  readonly yMm?: number;
}

export class Pager {
  readonly pages: LayoutPage[] = [];
  row = 0;
  readonly lineMm: number;
  readonly charMm: number;

  constructor(readonly spec: LayoutSpec = GBT9704) {
    const p = pitchOf(spec);
    this.lineMm = p.lineMm;
    this.charMm = p.charMm;
    this.newPage();
  }

  get page(): LayoutPage {
    return this.pages[this.pages.length - 1];
  }

  get rows(): number {
    return this.spec.grid.linesPerPage;
  }

  newPage(): void {
    this.pages.push({ number: this.pages.length + 1, label: null, lines: [], rules: [], firstLine: -1, lastLine: -1 });
    this.row = 0;
  }

  /** Blank rows (下空一行 …); none at the top of a page. */
  skip(n: number): void {
    if (this.row > 0) this.row += n;
  }

  /** Width of one character of `role` (at `sizePt`), mm: the grid pitch for text in the body size. */
  unitMm(role: TextRole, sizePt?: number): number {
    const pt = sizePt ?? this.spec.roles[role].sizePt;
    return pt === this.spec.roles.body.sizePt ? this.charMm : pt * MM_PER_PT;
  }

  /** Characters of `role` on a full line. */
  capacity(role: TextRole, sizePt?: number): number {
    const unit = this.unitMm(role, sizePt);
    return unit === this.charMm ? this.spec.grid.charsPerLine : Math.floor(this.spec.typeArea.widthMm / unit + 1e-9);
  }

  rule(yMm: number, thicknessMm: number, red: boolean, xMm = 0, widthMm = this.spec.typeArea.widthMm): LayoutRule {
    const r = { yMm, xMm, widthMm, thicknessMm, red };
    this.page.rules.push(r);
    return r;
  }

  /** Puts a line on the page: on the next row (a new page when full) or at `opts.yMm`. */
  put(line: Omit<LayoutLine, 'yMm'>, yMm?: number): void {
    if (yMm === undefined && this.row >= this.rows) this.newPage();
    const page = this.page;
    const y = yMm ?? this.row * this.lineMm;
    page.lines.push({ ...line, yMm: y });
    if (page.firstLine < 0 || line.srcLine < page.firstLine) page.firstLine = line.srcLine;
    page.lastLine = Math.max(page.lastLine, line.srcLine);
    if (yMm === undefined) this.row++;
  }

  /** Breaks `chars` (all in the first char's role for measuring) and puts the lines. Returns the line count. */
  flow(chars: readonly FlowChar[], role: TextRole, o: FlowOptions): number {
    if (chars.length === 0) return 0;
    const cap = this.capacity(role, o.sizePt);
    const indent = o.indent ?? 0;
    const hanging = o.hanging ?? 0;
    const right = o.right ?? 0;
    const breaks = breakLines(chars, cap - indent - right, cap - hanging - right);
    const unit = this.unitMm(role, o.sizePt);
    const width = this.spec.typeArea.widthMm;
    breaks.forEach(([from, to], k) => {
      const x = (k === 0 ? indent : hanging) * unit;
      const line = {
        xMm: x,
        widthMm: width - x - right * unit,
        align: o.align ?? 'left',
        segs: segsOf(chars, from, to),
        srcLine: o.srcLine,
        element: o.element,
        ...(o.red ? { red: true } : {}),
        ...(o.sizePt !== undefined ? { sizePt: o.sizePt } : {}),
      };
      if (o.yMm !== undefined) this.put(line, o.yMm + k * unit * 1.1);
      else this.put(line);
    });
    if (o.yMm !== undefined) this.row = Math.max(this.row, Math.ceil((o.yMm + breaks.length * unit * 1.1) / this.lineMm - 1e-9));
    return breaks.length;
  }

  /** Width of `chars` in mm at the role's unit. */
  widthMm(chars: readonly FlowChar[], role: TextRole): number {
    return widthOf(chars) * this.unitMm(role);
  }
}
