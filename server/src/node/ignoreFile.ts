/**
 * Editing the `ignore` list of a .gongwenrc.json text (issue 13 item 6) without disturbing the rest of the file:
 * comments, order and formatting stay; an entry already present is not added twice; an emptied list is removed.
 */
import { applyEdits, modify, parse, type FormattingOptions } from 'jsonc-parser';
import { diffToEdit, sameEntry, type IgnoreEntry, type TextEdit } from '../core/index';
import { parseConfigText } from './configFile';

function formatting(text: string): FormattingOptions {
  const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
  const tabs = indent.includes('\t');
  return { insertSpaces: !tabs, tabSize: tabs ? 1 : indent.length, eol: text.includes('\r\n') ? '\r\n' : '\n' };
}

/** The raw `ignore` array of a config text (comments and trailing commas allowed); [] when absent or not an array. */
function rawIgnore(text: string): unknown[] {
  const v = (parse(text, [], { allowTrailingComma: true }) as { ignore?: unknown } | undefined)?.ignore;
  return Array.isArray(v) ? v : [];
}

const asEntry = (v: unknown): IgnoreEntry | undefined =>
  v !== null && typeof v === 'object' && typeof (v as IgnoreEntry).rule === 'string' && typeof (v as IgnoreEntry).text === 'string'
    ? (v as IgnoreEntry)
    : undefined;

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
  if (remove.length) {
    const raw = rawIgnore(out);
    // From the end, so that the indices of the entries still to remove stay valid.
    for (let i = raw.length - 1; i >= 0; i--) {
      const e = asEntry(raw[i]);
      if (e && remove.some((r) => sameEntry(e, r))) out = applyEdits(out, modify(out, ['ignore', i], undefined, { formattingOptions }));
    }
    if (raw.length > 0 && rawIgnore(out).length === 0) out = applyEdits(out, modify(out, ['ignore'], undefined, { formattingOptions }));
  }
  const present = ignoreEntriesOf(out);
  for (const e of add) {
    if (present.some((x) => sameEntry(x, e))) continue;
    present.push(e);
    const value = { rule: e.rule, text: e.text, ...(e.context !== undefined ? { context: e.context } : {}) };
    out = applyEdits(out, modify(out, ['ignore', -1], value, { formattingOptions, isArrayInsertion: true }));
  }
  if (out === body) return null;
  if (body.trim() === '' && !out.endsWith('\n')) out += formattingOptions.eol;
  const e = diffToEdit(body, out);
  return e && { start: e.start + bom, end: e.end + bom, newText: e.newText };
}
