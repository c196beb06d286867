/**
 * Editing the `ignore` list of a .gongwenrc.json text (issue 13 item 6) without disturbing the rest of the file:
 * comments, order and formatting stay; an entry already present is not added twice; an emptied list is removed.
 */
import {
  applyEdits,
  createScanner,
  findNodeAtLocation,
  getNodeValue,
  modify,
  parseTree,
  SyntaxKind,
  type FormattingOptions,
  type Node,
} from 'jsonc-parser';
import { diffToEdit, sameEntry, type IgnoreEntry, type TextEdit } from '../core/index';
import { parseConfigText } from './configFile';

function formatting(text: string): FormattingOptions {
  const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
  const tabs = indent.includes('\t');
  return { insertSpaces: !tabs, tabSize: tabs ? 1 : indent.length, eol: text.includes('\r\n') ? '\r\n' : '\n' };
}

const asEntry = (v: unknown): IgnoreEntry | undefined =>
  v !== null && typeof v === 'object' && typeof (v as IgnoreEntry).rule === 'string' && typeof (v as IgnoreEntry).text === 'string'
    ? (v as IgnoreEntry)
    : undefined;

/** The node of the `ignore` array of a config text, if it has one. */
function list(text: string): Node | undefined {
  const tree = parseTree(text, [], { allowTrailingComma: true });
  const node = tree && findNodeAtLocation(tree, ['ignore']);
  return node?.type === 'array' ? node : undefined;
}

/**
 * `text` with `value` appended to its ignore list. After an entry already there, written by hand in the style of
 * that entry's line (modify() would reformat the whole array); otherwise by modify().
 */
function withEntry(text: string, value: object, formattingOptions: FormattingOptions): string {
  const array = list(text);
  const last = array?.children?.at(-1);
  if (!array || !last) return applyEdits(text, modify(text, ['ignore', -1], value, { formattingOptions, isArrayInsertion: true }));
  const end = last.offset + last.length;
  const lineStart = text.lastIndexOf('\n', last.offset) + 1;
  const gap = lineStart > array.offset ? formattingOptions.eol + (/^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '') : ' ';
  return `${text.slice(0, end)},${gap}${JSON.stringify(value)}${text.slice(end)}`;
}

/**
 * `text` without `node`, a member of an array or object (a property node for an object), and the comma that
 * separates it from a neighbour. Done by hand: jsonc-parser's modify() reformats the array and, on a one-line
 * array, writes a bracket too many (review item 1).
 */
function withoutMember(text: string, node: Node): string {
  const siblings = node.parent?.children ?? [node];
  const i = siblings.indexOf(node);
  const end = node.offset + node.length;
  if (i + 1 < siblings.length) {
    // Through the comma and the blank after it: the gap before this member stays for the next one.
    const scanner = createScanner(text.slice(end), false);
    let kind = scanner.scan();
    while (kind === SyntaxKind.Trivia || kind === SyntaxKind.LineBreakTrivia) kind = scanner.scan();
    if (kind === SyntaxKind.CommaToken) kind = scanner.scan();
    while (kind === SyntaxKind.Trivia || kind === SyntaxKind.LineBreakTrivia) kind = scanner.scan();
    const next = end + scanner.getTokenOffset();
    return text.slice(0, node.offset) + text.slice(next);
  }
  if (i > 0) {
    // The last member: from the end of the one before (keeping a trailing comma after this one, if any).
    const prev = siblings[i - 1];
    return text.slice(0, prev.offset + prev.length) + text.slice(end);
  }
  // The only member: it, a trailing comma, and the blank before it.
  const scanner = createScanner(text.slice(end), false);
  let kind = scanner.scan();
  while (kind === SyntaxKind.Trivia || kind === SyntaxKind.LineBreakTrivia) kind = scanner.scan();
  const after = kind === SyntaxKind.CommaToken ? end + scanner.getTokenOffset() + 1 : end;
  const start = text.slice(0, node.offset).trimEnd().length;
  return text.slice(0, start) + text.slice(after);
}

/** `text` without the ignore entries equal to one of `remove`; without the "ignore" key when none is left. */
function withoutEntries(text: string, remove: readonly IgnoreEntry[]): string {
  const initial = list(text);
  if (!initial?.children?.length) return text;
  const doomed = initial.children
    .map((n, i) => ({ i, e: asEntry(getNodeValue(n)) }))
    .filter(({ e }) => e && remove.some((r) => sameEntry(e, r)))
    .map(({ i }) => i);
  if (doomed.length === 0) return text;
  if (doomed.length === initial.children.length) return initial.parent ? withoutMember(text, initial.parent) : text;
  let out = text;
  // From the end, so that the indices of the entries still to remove stay valid.
  for (const i of doomed.reverse()) {
    const child = list(out)?.children?.[i];
    if (child) out = withoutMember(out, child);
  }
  return out;
}

/** The valid ignore entries of a config text (none when it is empty or not valid JSON). */
export function ignoreEntriesOf(text: string): IgnoreEntry[] {
  if (text.trim() === '') return [];
  const loaded = parseConfigText(text);
  return loaded.fatal ? [] : [...(loaded.config.ignore ?? [])];
}

/**
 * The one edit of `text` that adds `add` and removes `remove`, or null when nothing changes. Throws a clear
 * error when the text is not a JSON object (the diagnostics on the file say where; the user fixes it first).
 */
export function ignoreEdit(text: string, add: readonly IgnoreEntry[], remove: readonly IgnoreEntry[]): TextEdit | null {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = text.slice(bom);
  if (body.trim() !== '' && parseConfigText(body).fatal) throw new Error('not a valid JSON object');
  const formattingOptions = formatting(body);
  let out = body;
  if (remove.length) out = withoutEntries(out, remove);
  const present = ignoreEntriesOf(out);
  for (const e of add) {
    if (present.some((x) => sameEntry(x, e))) continue;
    present.push(e);
    const value = { rule: e.rule, text: e.text, ...(e.context !== undefined ? { context: e.context } : {}) };
    out = withEntry(out, value, formattingOptions);
  }
  if (out === body) return null;
  if (body.trim() === '' && !out.endsWith('\n')) out += formattingOptions.eol;
  const e = diffToEdit(body, out);
  return e && { start: e.start + bom, end: e.end + bom, newText: e.newText };
}
