/**
 * Paragraphs ⇄ checked text, pure: the text is the paragraphs joined by '\n' (line i = paragraph i),
 * and an edit on that text maps back to a `w:t` only when it lies within one run's characters.
 */
import type { Element } from '@xmldom/xmldom';
import type { TextEdit } from '../core/index';
import { lineOf } from '../core/lines';
import type { Paragraph } from './model';

export interface JoinedText {
  readonly text: string;
  /** Offset of each paragraph's first character in `text`. */
  readonly starts: readonly number[];
}

export function joinParagraphs(paras: readonly Paragraph[]): JoinedText {
  const starts: number[] = [];
  let pos = 0;
  for (const p of paras) {
    starts.push(pos);
    pos += p.text.length + 1;
  }
  return { text: paras.map((p) => p.text).join('\n'), starts };
}

/** An edit inside one w:t: [from, to) in that element's own text. */
export interface RunEdit {
  readonly t: Element;
  readonly from: number;
  readonly to: number;
  readonly newText: string;
}

/**
 * Maps a text edit to a run edit, or null when it touches generated text (a list marker, a tab), a
 * paragraph break, or more than one run (runs may differ in formatting: never merge them).
 */
export function mapEdit(paras: readonly Paragraph[], joined: JoinedText, e: TextEdit): RunEdit | null {
  if (paras.length === 0) return null;
  const i = lineOf(joined.starts, e.start);
  const p = paras[i];
  const s = e.start - joined.starts[i];
  const end = e.end - joined.starts[i];
  if (end > p.text.length) return null;
  for (const sp of p.spans) {
    if (!sp.t) continue;
    // A replacement lies inside the span; an insertion may sit at either edge (the first span found wins).
    const inside = e.start === e.end ? sp.start <= s && s <= sp.end : sp.start <= s && end <= sp.end;
    if (inside) return { t: sp.t, from: s - sp.start, to: end - sp.start, newText: e.newText };
  }
  return null;
}

/** Applies run edits to their w:t elements (several per element allowed, non-overlapping). */
export function applyRunEdits(edits: readonly RunEdit[]): void {
  const byT = new Map<Element, RunEdit[]>();
  for (const e of edits) {
    const list = byT.get(e.t);
    if (list) list.push(e);
    else byT.set(e.t, [e]);
  }
  for (const [t, list] of byT) {
    let s = t.textContent ?? '';
    for (const e of [...list].sort((a, b) => b.from - a.from || b.to - a.to)) s = s.slice(0, e.from) + e.newText + s.slice(e.to);
    t.textContent = s;
    // Leading or trailing spaces are dropped by Word unless the run says to keep them.
    if (/^\s|\s$/.test(s)) t.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:space', 'preserve');
  }
}
