/**
 * A .docx → the text of a .gongwen document, pure: one line per paragraph in document order, Word's
 * automatic numbering as the literal markers (一、（一）1.（1）), line breaks inside a paragraph as line
 * breaks, a table row as one line of tab-separated cells.
 */
import type { Block } from './model';
import { flattenBlocks } from './model';
import { readDocx } from './read';

function cellText(blocks: readonly Block[]): string {
  return flattenBlocks(blocks)
    .map((p) => p.text.replace(/[\t\n]+/g, ' '))
    .join(' ')
    .trim();
}

/** The lines of blocks (tables as tab-separated rows). */
export function blocksToLines(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.type === 'p') out.push(b.para.text);
    else for (const row of b.rows) out.push(row.map(cellText).join('\t'));
  }
  return out;
}

/** Imports a .docx body as text (throws DocxError for a file that is not a readable .docx). */
export function importDocx(bytes: Uint8Array): string {
  const file = readDocx(bytes, { lineBreak: '\n', bodyOnly: true });
  return blocksToLines(file.parts[0].blocks).join('\n');
}
