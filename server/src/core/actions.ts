/**
 * Edits behind editor actions, computed in the core so that every front end (the language server,
 * a future importer) offers the same change: disabling a rule on a line, converting the script of a
 * range, fixing everything step by step, and bounding the number of edits of one reply.
 * Pure: strings in, offsets out.
 */
import { disableLineComment } from './directives';
import { diffToEdit } from './fixes';
import { convertScript, type ConvertTarget } from './script/index';
import type { TextEdit } from './types';

/** Inserts ` <!-- gongwen-disable-line rule -->` at the end of the line holding `offset` (before its line break). */
export function disableLineEdit(text: string, offset: number, ruleId: string): TextEdit {
  let end = offset;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return { start: end, end, newText: ` ${disableLineComment(ruleId)}` };
}

export interface ScriptConversion {
  /** One edit per changed run (offsets in the whole text), in order. */
  readonly edits: TextEdit[];
  /** Characters that change. */
  readonly changed: number;
}

/**
 * Converts `text.slice(start, end)` to `to`: one edit per changed run, so a preview lists each
 * change; a single unchanged character between two changes joins them (發展質量 → one edit).
 * A conversion that changes the length falls back to one minimal edit.
 */
export function scriptConversionEdits(text: string, start: number, end: number, to: ConvertTarget): ScriptConversion {
  const before = text.slice(start, end);
  const after = convertScript(before, to);
  const edits: TextEdit[] = [];
  let changed = 0;
  if (before.length !== after.length) {
    const e = diffToEdit(before, after);
    if (e) edits.push({ start: start + e.start, end: start + e.end, newText: e.newText });
    return { edits, changed: Math.abs(before.length - after.length) + 1 };
  }
  for (let i = 0; i < before.length; i++) {
    if (before[i] === after[i]) continue;
    let j = i + 1;
    while (j < before.length && (before[j] !== after[j] || (j + 1 < before.length && before[j + 1] !== after[j + 1]))) j++;
    for (let k = i; k < j; k++) if (before[k] !== after[k]) changed++;
    edits.push({ start: start + i, end: start + j, newText: after.slice(i, j) });
    i = j;
  }
  return { edits, changed };
}

/**
 * `scriptConversionEdits()` block by block (about `block` characters, cut after a line break, so no
 * phrase is split), yielding after each block: a caller may pause or give up between blocks.
 */
export function* scriptConversionSteps(
  text: string,
  start: number,
  end: number,
  to: ConvertTarget,
  block = 65_536,
): Generator<void, ScriptConversion, void> {
  const edits: TextEdit[] = [];
  let changed = 0;
  for (let from = start; from < end;) {
    let until = Math.min(end, from + block);
    if (until < end) {
      const nl = text.indexOf('\n', until);
      until = nl < 0 || nl >= end ? end : nl + 1;
    }
    const r = scriptConversionEdits(text, from, until, to);
    for (const e of r.edits) edits.push(e);
    changed += r.changed;
    from = until;
    yield;
  }
  return { edits, changed };
}

/**
 * The edits turning `before` into `after` line by line when both have the same number of lines
 * (one edit per run of changed lines, minimal within it); otherwise the single minimal edit.
 * Keeps a fix-all reply proportional to what changes rather than to the document.
 */
export function lineEdits(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  const a = lineStarts(before);
  const b = lineStarts(after);
  if (a.length !== b.length) return [diffToEdit(before, after)!];
  const out: TextEdit[] = [];
  for (let i = 0; i < a.length; i++) {
    if (lineAt(before, a, i) === lineAt(after, b, i)) continue;
    let j = i + 1;
    while (j < a.length && lineAt(before, a, j) !== lineAt(after, b, j)) j++;
    const from = a[i];
    const e = diffToEdit(before.slice(from, end(before, a, j - 1)), after.slice(b[i], end(after, b, j - 1)));
    if (e) out.push({ start: from + e.start, end: from + e.end, newText: e.newText });
    i = j;
  }
  return out;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}
function end(text: string, starts: number[], i: number): number {
  return i + 1 < starts.length ? starts[i + 1] : text.length;
}
function lineAt(text: string, starts: number[], i: number): string {
  return text.slice(starts[i], end(text, starts, i));
}

/**
 * At most `max` edits: sorted, non-overlapping edits of `text` are merged in consecutive groups
 * (the unchanged text between them carried into the merged edit). The result is the same change.
 */
export function coalesceEdits(text: string, edits: readonly TextEdit[], max: number): TextEdit[] {
  if (edits.length <= max) return [...edits];
  const group = Math.ceil(edits.length / Math.max(1, max));
  const out: TextEdit[] = [];
  for (let i = 0; i < edits.length; i += group) {
    const part = edits.slice(i, i + group);
    let newText = '';
    for (let k = 0; k < part.length; k++) {
      if (k > 0) newText += text.slice(part[k - 1].end, part[k].start);
      newText += part[k].newText;
    }
    out.push({ start: part[0].start, end: part[part.length - 1].end, newText });
  }
  return out;
}
