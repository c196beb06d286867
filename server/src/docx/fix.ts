/**
 * `--fix` on a .docx: the same safe fixes as for text (isSafe), applied only where every edit of a
 * fix lies within one run's text (w:t), so each run keeps its formatting; multi-pass like fixAll.
 * Fixes that cross runs, paragraphs or generated text (list markers) are returned, not applied.
 */
import { check, isSafe, selectNonOverlapping, type CheckOptions, type Fix, type Problem } from '../core/index';
import type { DocxFile, DocxPart } from './read';
import { partParagraphs } from './read';
import { applyRunEdits, joinParagraphs, mapEdit, type RunEdit } from './text';
import { serializeXml } from './xml';

export interface PartFixResult {
  readonly part: DocxPart;
  /** Fixes applied. */
  readonly fixed: number;
  /** Safe problems left because their fix does not lie within one run (positions in the final text). */
  readonly unapplied: readonly Problem[];
}

/**
 * Whether a fix lies within the runs of `part` as it is now, i.e. whether --fix on the .docx can apply it
 * (the paragraphs are read once; the returned test is called per fix).
 */
export function appliesInPart(part: DocxPart): (fix: Fix) => boolean {
  const paras = partParagraphs(part);
  const joined = joinParagraphs(paras);
  return (fix) => fix.edits.every((e) => mapEdit(paras, joined, e) !== null);
}

/** Fixes one part in place (its DOM), re-reading it between passes. */
export function fixPart(file: DocxFile, part: DocxPart, opts: CheckOptions, maxPasses = 10): PartFixResult {
  let fixed = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const paras = partParagraphs(part);
    const joined = joinParagraphs(paras);
    const problems = check(joined.text, opts).filter((p) => p.fix && isSafe(p));
    const mappable: Fix[] = [];
    const edits = new Map<Fix, RunEdit[]>();
    for (const p of problems) {
      const m = p.fix!.edits.map((e) => mapEdit(paras, joined, e));
      if (m.every((x): x is RunEdit => x !== null)) {
        mappable.push(p.fix!);
        edits.set(p.fix!, m);
      }
    }
    if (mappable.length === 0) return { part, fixed, unapplied: problems };
    const chosen = selectNonOverlapping(mappable);
    applyRunEdits(chosen.flatMap((f) => edits.get(f)!));
    fixed += chosen.length;
    file.reread(part);
  }
  const left = check(joinParagraphs(partParagraphs(part)).text, opts).filter((p) => p.fix && isSafe(p));
  const applies = appliesInPart(part);
  return { part, fixed, unapplied: left.filter((p) => !applies(p.fix!)) };
}

/** The XML of the parts a fix changed, by zip entry name. */
export function changedParts(results: readonly PartFixResult[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of results) if (r.fixed > 0) out.set(r.part.name, serializeXml(r.part.doc));
  return out;
}
