/** Numbering analysis shared by the sequence rules, renumbering and completion. */
import type { RuleContext } from '../types';
import { isBlank } from './parse';
import { outlineOf } from './tree';
import type { Heading, Outline } from './types';

export type SeqProblemKind = 'gap' | 'duplicate' | 'backwards' | 'start' | 'childRestart';

export interface SeqProblem {
  readonly heading: Heading;
  readonly kind: SeqProblemKind;
  readonly expected: number;
  /** The previous sibling (or, for childRestart, the previous heading of that level under another parent). */
  readonly prev: Heading | null;
}

/** A run of headings that restarts at 一 right after a heading without sub-headings: meant as its sub-level. */
export interface DemotionRun {
  readonly after: Heading;
  readonly items: readonly Heading[];
}

/** A lower-level heading that governs higher-level ones: `lower` … `higher` … `continued` (numbered on from `lower`). */
export interface Inversion {
  readonly lower: Heading;
  readonly higher: Heading;
  readonly continued: Heading;
}

export interface NumberingAnalysis {
  readonly groups: readonly (readonly Heading[])[];
  readonly problems: readonly SeqProblem[];
  readonly demotions: readonly DemotionRun[];
  /** Restarted runs accepted as nested lists (numbered as their own sequence). */
  readonly nested: readonly (readonly Heading[])[];
  readonly inversions: readonly Inversion[];
}

/** Siblings share kind and level, and the part (正文 or one 附件 page): each part numbers on its own. */
const groupKey = (h: Heading): string => `${h.part ?? 0}:${h.kind}:${h.level}`;

/** Sibling groups in document order (legal 条 form one document-wide group). */
export function siblingGroups(outline: Outline): Heading[][] {
  const groups: Heading[][] = [];
  const visit = (children: readonly Heading[]): void => {
    const byKey = new Map<string, Heading[]>();
    for (const c of children) {
      if (c.kind === 'markdown' || c.unit === 'tiao') continue;
      const k = groupKey(c);
      let g = byKey.get(k);
      if (!g) byKey.set(k, (g = []));
      g.push(c);
    }
    groups.push(...byKey.values());
    for (const c of children) visit(c.children);
  };
  visit(outline.roots);
  const tiao = outline.headings.filter((h) => h.unit === 'tiao');
  if (tiao.length) groups.push(tiao);
  return groups.sort((a, b) => a[0].index - b[0].index);
}

/** Only blank lines, or at most one short lead-in paragraph (≤ 120 characters), between two offsets. */
function introOnly(text: string, from: number, to: number): boolean {
  if (from > to) return false;
  const paras = text
    .slice(from, to)
    .split(/\r\n|\r|\n/)
    .filter((l) => !isBlank(l));
  return paras.length === 0 || (paras.length === 1 && paras[0].trim().length <= 120);
}

function lineEndOf(text: string, i: number): number {
  let j = i;
  while (j < text.length && text[j] !== '\n' && text[j] !== '\r') j++;
  return j;
}

/** A title-like heading (short title), as opposed to a list item whose first sentence is long or prose (role 'item'). */
export function isTitleLike(h: Heading): boolean {
  return h.role !== 'item' && h.titleEnd - h.titleStart <= 30;
}

/**
 * Sequence analysis of every sibling group. `continuous`: children may continue the numbering of the
 * previous parent's children (文件有意全篇连续编号).
 *
 * A restart at 1 inside a group is a new list, not an error (professional reports nest enumerations
 * 一、二、三、 inside a section), except when it directly follows a childless stand-alone heading:
 * then it is a sub-level written with the wrong marker (a DemotionRun). Either way the group's
 * numbering continues after the run from the heading before it.
 */
export function analyzeNumbering(outline: Outline, text: string, opts: { continuous?: boolean } = {}): NumberingAnalysis {
  const groups = siblingGroups(outline);
  const problems: SeqProblem[] = [];
  const demotions: DemotionRun[] = [];
  const nested: (readonly Heading[])[] = [];
  const inversions: Inversion[] = [];
  const heads = outline.headings;
  const lastOfKeyBefore = (h: Heading): Heading | null => {
    const k = groupKey(h);
    for (let i = h.index - 1; i >= 0; i--) if (groupKey(heads[i]) === k) return heads[i];
    return null;
  };
  for (const g of groups) {
    let prev: Heading | null = null;
    for (let i = 0; i < g.length; i++) {
      const h = g[i];
      if (prev === null) {
        if (h.value !== 1) {
          const before = lastOfKeyBefore(h);
          if (before && h.value === before.value + 1) {
            if (!opts.continuous && !(h.parent && h.parent.kind === 'markdown') && before.parent !== h.parent) {
              problems.push({ heading: h, kind: 'childRestart', expected: 1, prev: before });
            }
          } else problems.push({ heading: h, kind: 'start', expected: 1, prev: null });
        }
        prev = h;
        continue;
      }
      const expected = prev.value + 1;
      if (h.value === expected) {
        prev = h;
        continue;
      }
      if (h.value === 1 && prev.value >= 2 && h.unit !== 'tiao') {
        // A restart left in the same group (rare with the nesting above): a new list, numbered on its own.
        const items: Heading[] = [h];
        let j = i + 1;
        while (j < g.length && g[j].value === items[items.length - 1].value + 1 && g[j].value !== prev.value + 1) items.push(g[j++]);
        nested.push(items);
        i = j - 1;
        continue;
      }
      if (h.value === prev.value) problems.push({ heading: h, kind: 'duplicate', expected, prev });
      else if (h.value < prev.value) problems.push({ heading: h, kind: 'backwards', expected, prev });
      else problems.push({ heading: h, kind: 'gap', expected, prev });
      prev = h;
    }
  }
  // Demotions: children written with their parent's own marker right after a stand-alone title (六、下半年工作计划 一、二、三、).
  for (const g of groups) {
    const h = g[0];
    const p = h.parent;
    if (!p || h.kind !== 'gongwen' || groupKey(p) !== groupKey(h) || p.children[0] !== h || h.value !== 1 || h.level > 4) continue;
    const pEnd = lineEndOf(text, p.split ? p.split.end : p.markerEnd);
    if (p.standalone && isTitleLike(p) && introOnly(text, pEnd, h.start)) demotions.push({ after: p, items: g });
  }
  // Inversions: a child group whose level ranks above its parent's (both 公文), written as headings.
  for (const g of groups) {
    const h = g[0];
    const p = h.parent;
    if (p && p.kind === 'gongwen' && h.kind === 'gongwen' && h.rank < p.rank && isTitleLike(h)) {
      const continued = heads.slice(h.index + 1).find((x) => groupKey(x) === groupKey(p) && x.parent === p.parent) ?? p;
      inversions.push({ lower: p, higher: h, continued });
    }
  }
  problems.sort((a, b) => a.heading.index - b.heading.index);
  return { groups, problems, demotions, nested, inversions };
}

/** The numbering analysis of the checked document, computed once per check and option. */
export function numberingOf(ctx: RuleContext<object>, continuous = false): NumberingAnalysis {
  return ctx.memo(`outline-numbering:${continuous}`, () => analyzeNumbering(outlineOf(ctx), ctx.text, { continuous }));
}
