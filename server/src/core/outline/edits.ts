/** Renumbering and marker completion (LSP helpers). */
import type { DocumentLanguage, TextEdit } from '../types';
import { analyzeNumbering } from './numbering';
import { canonicalMarker, intToCn, LEGAL_UNIT_CHAR, markerWithValue, renderNumeral } from './numerals';
import { LINE_PREFIX_RE } from './parse';
import { parseOutline } from './tree';
import type { Heading, StructureMode } from './types';

/**
 * Edits renumbering one sibling group (the group containing `offset`: the heading whose marker or
 * section holds it, at its own level) or every group of the document, so that each group counts
 * 1, 2, 3 … (legal 条 across the whole document). Keeps each marker's form and touches only numerals.
 * Runs flagged as demotions (一、 restarted under 六、) are numbered as their own sequence. Idempotent.
 */
export function renumberEdits(
  text: string,
  opts: { scope: 'document' } | { scope: 'siblings'; offset: number },
  language: DocumentLanguage = 'plaintext',
  mode: StructureMode = 'auto',
): TextEdit[] {
  const outline = parseOutline(text, language, mode);
  const analysis = analyzeNumbering(outline, text);
  const inRun = new Map<Heading, readonly Heading[]>();
  for (const d of analysis.demotions) for (const h of d.items) inRun.set(h, d.items);
  for (const run of analysis.nested) for (const h of run) inRun.set(h, run);
  let groups = analysis.groups;
  if (opts.scope === 'siblings') {
    // The innermost heading whose section (or marker) contains the offset.
    let target: Heading | null = null;
    for (const h of outline.headings)
      if (h.kind !== 'markdown' && h.start <= opts.offset && opts.offset <= Math.max(h.sectionEnd, h.markerEnd)) target = h;
    if (!target) return [];
    const t = target;
    groups = groups.filter((g) => g.includes(t));
  }
  const edits: TextEdit[] = [];
  const emit = (h: Heading, n: number): void => {
    if (h.value === n) return;
    const num = renderNumeral(h.style, n);
    if (num !== null) edits.push({ start: h.numStart, end: h.numEnd, newText: num });
  };
  for (const g of groups) {
    let n = 0;
    for (const h of g) {
      const run = inRun.get(h);
      if (run) {
        emit(h, run.indexOf(h) + 1);
        continue;
      }
      emit(h, ++n);
    }
  }
  return edits.sort((a, b) => a.start - b.start);
}

export interface MarkerCompletion {
  /** The marker text to insert, e.g. '（三）'. */
  readonly label: string;
  readonly insertText: string;
  /** The range to replace: what was typed of the marker so far. */
  readonly start: number;
  readonly end: number;
  readonly kind: Heading['kind'];
  readonly level: number;
  /** 'sibling' | 'child' | 'parent' relation to the heading before the cursor. */
  readonly relation: 'sibling' | 'child' | 'parent';
}

/**
 * At the start of a line (after indentation, optionally with the beginning of a marker typed, e.g. '（'),
 * the markers that may come next: the next sibling of the last heading before `offset`, its first child,
 * and the next sibling of each ancestor. Filtered by what was typed.
 */
export function nextMarkerCompletion(
  text: string,
  offset: number,
  language: DocumentLanguage = 'plaintext',
  mode: StructureMode = 'auto',
): MarkerCompletion[] {
  const ls = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  const before = text.slice(ls, offset);
  const prefix = LINE_PREFIX_RE.exec(before)![0].length;
  const typed = before.slice(prefix);
  if (typed.length > 4 || /[\u3400-\u9fff]{2}/.test(typed)) return [];
  // Outline of the text before this line (the current line is being typed).
  const outline = parseOutline(text.slice(0, ls), language, mode);
  const hs = outline.headings.filter((h) => h.kind !== 'markdown');
  if (hs.length === 0) return [];
  const last = hs[hs.length - 1];
  const start = ls + prefix;
  const out: MarkerCompletion[] = [];
  const seen = new Set<string>();
  const push = (label: string | null, kind: Heading['kind'], level: number, relation: MarkerCompletion['relation']): void => {
    if (label === null || seen.has(label)) return;
    const norm = (s: string): string => s.replace(/\(/g, '（').replace(/\)/g, '）');
    if (typed && !norm(label).startsWith(norm(typed))) return;
    seen.add(label);
    out.push({ label, insertText: label, start, end: offset, kind, level, relation });
  };
  push(markerWithValue(last, last.value + 1), last.kind, last.level, 'sibling');
  // First child: the form this document uses at the next level, else the standard one.
  if (last.kind === 'gongwen' && last.level < 5) {
    const used = hs.find((h) => h.kind === 'gongwen' && h.level === last.level + 1);
    push(used ? markerWithValue(used, 1) : canonicalMarker(last.level + 1, 1), 'gongwen', last.level + 1, 'child');
  } else if (last.kind === 'legal') {
    if (last.unit === 'tiao') {
      const used = hs.find((h) => h.kind === 'gongwen' && h.level === 2);
      push(used ? markerWithValue(used, 1) : canonicalMarker(2, 1), 'gongwen', 2, 'child');
    } else {
      const nextUnit = last.level + 1;
      const unit = (['bian', 'zhang', 'jie', 'tiao'] as const)[nextUnit - 1];
      if (unit === 'tiao') {
        const lastTiao = [...hs].reverse().find((h) => h.unit === 'tiao');
        push(`第${intToCn((lastTiao?.value ?? 0) + 1)}条`, 'legal', 4, 'child');
      } else if (unit) push(`第一${LEGAL_UNIT_CHAR[unit]}`, 'legal', nextUnit, 'child');
    }
  }
  for (let a = last.parent; a; a = a.parent) if (a.kind !== 'markdown') push(markerWithValue(a, a.value + 1), a.kind, a.level, 'parent');
  return out;
}
