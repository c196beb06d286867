/**
 * The laid-out document (core/layout/paginate.ts): pages of positioned lines on the GB/T 9704 grid, for the
 * preview (and any other renderer). Positions are millimetres from the type area's top-left corner; a line
 * may sit above or below the type area (信函 标志, page number are placed by the renderer from the spec).
 */
import type { DocumentForm, ElementKind } from '../elements/types';
import type { LayoutSpec, TextRole } from './spec';

/** A run of one line in one type, maybe marked by a finding. */
export interface LayoutSeg {
  readonly text: string;
  readonly role: TextRole;
  /** UTF-16 offset of the run's first character in the source. */
  readonly start: number;
  /** Index into `DocumentLayout.marks`, when a finding covers this run. */
  readonly mark?: number;
}

export interface LayoutLine {
  /** Top of the line box, mm below the type area's top. */
  readonly yMm: number;
  /** Left edge and width of the line box, mm; the text is aligned inside it. */
  readonly xMm: number;
  readonly widthMm: number;
  readonly align: 'left' | 'center' | 'right';
  /** Type size when it differs from the role's (a long 发文机关标志 set smaller to fit one line). */
  readonly sizePt?: number;
  readonly red?: boolean;
  readonly segs: readonly LayoutSeg[];
  /** Source line (0-based) and the element it belongs to ('body' for plain text). */
  readonly srcLine: number;
  readonly element: ElementKind;
}

/** A horizontal rule: 红色分隔线, 信函 double lines, 版记 rules. */
export interface LayoutRule {
  readonly yMm: number;
  readonly xMm: number;
  readonly widthMm: number;
  readonly thicknessMm: number;
  readonly red: boolean;
}

export interface LayoutPage {
  /** 1-based page number. */
  readonly number: number;
  /** `— 1 —`, or null when the page carries no number (信函 first page). */
  readonly label: string | null;
  readonly lines: LayoutLine[];
  readonly rules: LayoutRule[];
  /** Source lines shown on the page (first and last), -1 when none. */
  firstLine: number;
  lastLine: number;
}

export interface LayoutMark {
  readonly start: number;
  readonly end: number;
  readonly message: string;
  readonly severity: string;
  /** The rule that reported it, when known. */
  readonly rule?: string;
}

export interface DocumentLayout {
  readonly form: DocumentForm;
  readonly spec: LayoutSpec;
  readonly pages: readonly LayoutPage[];
  readonly marks: readonly LayoutMark[];
}

/** Why a document was not laid out. */
export interface LayoutRefusal {
  readonly refused: 'too-large';
  readonly message: { readonly zh: string; readonly en: string };
}
