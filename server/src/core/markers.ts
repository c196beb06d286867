/**
 * Heading markers at the start of a line (after indentation, Markdown '#', '>' or list markers).
 * Used by punctuation rules to leave markers to the structure rules. The structure parser
 * (outline.ts) builds on the same prefix handling.
 */

/** Length of the line prefix before a possible marker: spaces, U+3000, zero-width spaces, '#'s, '>' and list bullets. */
export const LINE_PREFIX_RE = /^(?:[ \t\u3000\u200b\ufeff]*(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+)?)*[ \t\u3000\u200b\ufeff]*/;

const CN = '[一二三四五六七八九十百〇零两]';
const MARKER_RE = new RegExp(
  '^(?:' +
    `${CN}{1,4}[、.．,，:：]` + // 一、 一. 一，
    `|${CN}{1,4}[)）]` + // 一）
    `|[（(][ \\u3000]?${CN}{1,4}[ \\u3000]?[)）]?[、.．,，]?` + // （一） (一) （一）、 (一
    '|[（(][ \\u3000]?[0-9０-９]{1,3}[ \\u3000]?[)）][、.．,，]?' + // （1） (1)
    '|[0-9０-９]{1,3}(?:[.．、,，:：)）](?![0-9０-９]))' + // 1. 1、 1) — not 1.5 or 2024.7
    '|[\\u2460-\\u2473\\u2474-\\u2487\\u2488-\\u249b\\u3220-\\u3229][、.．]?' + // ① ⑴ ⒈ ㈠
  ')',
  'u',
);

/** [start, end) of the heading marker at the start of `lineText` (relative to it), or null. */
export function leadingMarker(lineText: string): [number, number] | null {
  const prefix = LINE_PREFIX_RE.exec(lineText)![0].length;
  const m = MARKER_RE.exec(lineText.slice(prefix));
  return m ? [prefix, prefix + m[0].length] : null;
}
