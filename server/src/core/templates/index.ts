/**
 * 公文 templates (「新建公文」, `gongwen-lint new`): the elements of GB/T 9704—2012 §7 in order, written by us
 * from the standard's element order. Pure data and rendering, no I/O.
 *
 * A template is text with placeholders `«key|prompt|sample»`:
 * - `prompt` is what the user sees until filled (`XX`, `20XX年X月X日`, `【请填写事由】`): forms the no-placeholder
 *   rule reports, so a template left half-filled is flagged;
 * - `sample` is realistic text, used by the tests (a filled template must be a clean, recognised 公文);
 * - placeholders with the same key are one tab stop (VS Code mirrors them: the 发文机关 in the 标志 and the 署名).
 */
import type { DocumentForm, ElementKind, Genre } from '../elements/types';
import { TEMPLATE_SOURCES } from './data';

export interface Template {
  /** The 文种 (通知, 请示 …) or a form name (信函). */
  readonly id: string;
  readonly genre: Genre;
  readonly form: DocumentForm;
  readonly label: { readonly zh: string; readonly en: string };
  readonly description: { readonly zh: string; readonly en: string };
  /** The element kinds a filled template has, in order (each kind once, at its first place). */
  readonly elements: readonly ElementKind[];
  /** The marked-up source (see the file comment). */
  readonly source: string;
}

export interface Placeholder {
  readonly key: string;
  readonly prompt: string;
  readonly sample: string;
}

/** `«key|prompt|sample»` defines a placeholder; `«key»` repeats one defined before. */
const PLACEHOLDER_RE = /«([^|«»]+)(?:\|([^|«»]*)\|([^«»]*))?»/g;

export const TEMPLATES: readonly Template[] = TEMPLATE_SOURCES;

/** The template for a 文种 or id (通知, 函, 信函 …), or undefined. */
export function templateById(id: string): Template | undefined {
  const t = id.trim();
  return TEMPLATES.find((x) => x.id === t || x.genre === t);
}

/** Placeholders in order of appearance (repeated keys included, with their definition's texts). */
export function placeholdersOf(t: Template): Placeholder[] {
  const defs = new Map<string, Placeholder>();
  const out: Placeholder[] = [];
  for (const m of t.source.matchAll(PLACEHOLDER_RE)) {
    const p = m[2] !== undefined ? { key: m[1], prompt: m[2], sample: m[3] } : defs.get(m[1]);
    if (!p) throw new Error(`template ${t.id}: «${m[1]}» used before its definition`);
    if (!defs.has(p.key)) defs.set(p.key, p);
    out.push(p);
  }
  return out;
}

/** The template's text with each placeholder replaced by `pick(p)`, and where each one landed. */
export function fillTemplate(
  t: Template,
  pick: (p: Placeholder) => string,
): { text: string; ranges: { key: string; start: number; end: number }[] } {
  const ps = placeholdersOf(t);
  const ranges: { key: string; start: number; end: number }[] = [];
  let text = '';
  let last = 0;
  let i = 0;
  for (const m of t.source.matchAll(PLACEHOLDER_RE)) {
    const p = ps[i++];
    text += t.source.slice(last, m.index);
    const v = pick(p);
    ranges.push({ key: p.key, start: text.length, end: text.length + v.length });
    text += v;
    last = m.index + m[0].length;
  }
  return { text: text + t.source.slice(last), ranges };
}

/** The template as plain text with the prompts in place (the CLI's output, a file to fill in). */
export function templateText(t: Template): string {
  return fillTemplate(t, (p) => p.prompt).text;
}

/** The template filled with its sample text (tests, the README's example). */
export function templateSample(t: Template): string {
  return fillTemplate(t, (p) => p.sample).text;
}

/** Escapes text for a VS Code snippet (outside and inside placeholders). */
function escapeSnippet(s: string): string {
  return s.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/**
 * The template as a VS Code snippet: each key one tab stop (`${1:prompt}`, repeated keys mirrored), in
 * order of first appearance, and `$0` at the end.
 */
export function templateSnippet(t: Template): string {
  const numbers = new Map<string, number>();
  const ps = placeholdersOf(t);
  let out = '';
  let last = 0;
  let i = 0;
  for (const m of t.source.matchAll(PLACEHOLDER_RE)) {
    const p = ps[i++];
    out += escapeSnippet(t.source.slice(last, m.index));
    let n = numbers.get(p.key);
    if (n === undefined) numbers.set(p.key, (n = numbers.size + 1));
    out += `\${${n}:${escapeSnippet(p.prompt)}}`;
    last = m.index + m[0].length;
  }
  return `${out}${escapeSnippet(t.source.slice(last))}$0`;
}
