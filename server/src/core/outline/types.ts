/**
 * Types of the heading outline (outline/index.ts lists the modules).
 *
 * Levels
 * - 公文 (kind 'gongwen'): L1 一、  L2 （一）  L3 1.  L4 （1）  L5 ①, and the variants real documents use
 *   (一. 一． 一， 一：  (一) （一）、 (一 ㈠ 一）  1、 1． 1） 1) １． ⒈  (1) ⑴ （１）  ①、), each classified to its level.
 *   A bare numeral alone on a line (一, as in 1950s reports) is an L1 heading of form 'bare'.
 * - 法规体 (kind 'legal'): 第X编/章/节/条; below 条 the 项 （一） and 目 1. (the 公文 L2/L3 markers).
 *   Recognised automatically (≥ 3 lines starting with 第X条, or 第X章 and 第X条), or forced by `mode`.
 * - Markdown ATX headings (kind 'markdown', only for language 'markdown'): a `#` heading without a 公文
 *   marker is a node above every 公文/法规 level (rank = number of #'s). A `#` heading that carries a
 *   公文 marker (`## 一、总体要求`) is that 公文 heading (atxLevel records the #'s).
 *
 * The tree is built by rank (smaller rank governs larger): markdown 1–6, legal 编11 章12 节13 条14,
 * 公文 L1..L5 = 21..25 (in legal mode L1 and L2 are both 项 = 21, L3 目 = 22, …).
 * Sibling groups for numbering = children of one parent with the same kind and level; in legal mode all
 * 条 form one group (numbered continuously across chapters).
 */

import type { HeadingRole } from './classify';

export type StructureMode = 'auto' | 'gongwen' | 'legal';
export type LegalUnit = 'bian' | 'zhang' | 'jie' | 'tiao';
export type NumeralStyle = 'cn' | 'digit' | 'fwdigit' | 'circled' | 'pcircled' | 'pcn' | 'stop' | 'legal';

export interface Heading {
  /** Position in Outline.headings (document order). */
  readonly index: number;
  readonly kind: 'gongwen' | 'legal' | 'markdown';
  /** 公文 1–5; markdown 1–6 (number of #); legal 1 编, 2 章, 3 节, 4 条. */
  readonly level: number;
  readonly unit?: LegalUnit;
  /** Tree key: a heading governs following headings of larger rank. */
  readonly rank: number;
  /** Marker text as written (for a split heading: without the line break); '' for markdown headings. */
  readonly marker: string;
  /** [markerStart, markerEnd): the marker in the document (a split marker's range spans the break). */
  readonly markerStart: number;
  readonly markerEnd: number;
  /** [numStart, numEnd): the numeral inside the marker. */
  readonly numStart: number;
  readonly numEnd: number;
  readonly style: NumeralStyle;
  /** The number value (一 → 1, ⑴ → 1); 0 for markdown headings. */
  readonly value: number;
  /** The title (or leading sentence) after the marker, without its final punctuation. */
  readonly titleStart: number;
  readonly titleEnd: number;
  /** Line index of the marker (the first line of a split heading). */
  readonly line: number;
  /** Line of the title (differs from `line` for a split heading). */
  readonly titleLine: number;
  /** Heading start (its line start) and section end (before the next heading of same-or-smaller rank). */
  readonly start: number;
  sectionEnd: number;
  /** The heading line holds only the title (nothing after it but punctuation). */
  readonly standalone: boolean;
  /**
   * What the numbered line is (outline/classify.ts): a 'heading', a heading with run-in text ('runin'), or a
   * numbered paragraph or list item ('item': a sentence, or an item of a 說明/办法 list). Markdown headings are 'heading'.
   */
  readonly role: HeadingRole;
  /** For a heading split across lines: the range to delete to join it. */
  readonly split?: { readonly start: number; readonly end: number };
  readonly atxLevel?: number;
  /**
   * Which part of a 公文 the heading is in (the element model decides): absent or 0 = the 正文, k = the
   * k-th 附件 page. Each part is its own tree and numbering (附件 pages number from 一、 again).
   */
  readonly part?: number;
  parent: Heading | null;
  readonly children: Heading[];
}

export interface Outline {
  readonly mode: 'gongwen' | 'legal';
  readonly headings: readonly Heading[];
  /** Top-level headings (parent null). */
  readonly roots: readonly Heading[];
  /**
   * Markers of numbered lines outside the body — the 附件 list, lists after 抄送：/正本：, 目录 entries
   * (outline/asides.ts): markers for the punctuation rules, never headings.
   */
  readonly asides: readonly { readonly start: number; readonly end: number; readonly line: number }[];
  /** Lines using 1.1 / 1.1.1 numbering: [start, end) of the number. */
  readonly technical: readonly { readonly start: number; readonly end: number; readonly line: number }[];
}
