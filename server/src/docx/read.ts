/**
 * A .docx as text: the body and every other part with text (headers, footers, footnotes, endnotes,
 * comments), each a list of blocks in document order. Pure JavaScript on bytes in memory.
 */
import type { Document, Element } from '@xmldom/xmldom';
import type { Text2 } from '../core/index';
import { flattenBlocks, readBlocks, type Block, type Paragraph, type ReadOptions } from './model';
import { Numbering } from './numbering';
import { DocxError, failureText, openPackage, type DocxPackage } from './package';
import { elementChildren, isW, parseXml, wAttr } from './xml';

export type PartKind = 'body' | 'header' | 'footer' | 'footnotes' | 'endnotes' | 'comments';

export interface DocxPart {
  /** Zip entry name, e.g. word/header1.xml. */
  readonly name: string;
  readonly kind: PartKind;
  /** '' for the body; `header1`, `footer2`, `footnotes`, `endnotes`, `comments` otherwise (shown after `#`). */
  readonly id: string;
  /** 页眉1 / Header 1 … */
  readonly label: Text2;
  readonly doc: Document;
  blocks: Block[];
}

export interface DocxFile {
  readonly pkg: DocxPackage;
  readonly parts: DocxPart[];
  /** Re-reads a part's blocks from its (edited) DOM. */
  reread(part: DocxPart): void;
}

const PART_RE = /^word\/(header|footer)(\d*)\.xml$/;

function partLabel(kind: PartKind, n: string): Text2 {
  switch (kind) {
    case 'body':
      return { zh: '正文', en: 'Body' };
    case 'header':
      return { zh: `页眉${n}`, en: `Header ${n}` };
    case 'footer':
      return { zh: `页脚${n}`, en: `Footer ${n}` };
    case 'footnotes':
      return { zh: '脚注', en: 'Footnotes' };
    case 'endnotes':
      return { zh: '尾注', en: 'Endnotes' };
    case 'comments':
      return { zh: '批注', en: 'Comments' };
  }
}

/** Notes and comments: each w:footnote / w:endnote / w:comment in turn (separator notes are not text). */
function readNotes(root: Element, opts: ReadOptions): Block[] {
  const out: Block[] = [];
  for (const el of elementChildren(root)) {
    if (!(isW(el, 'footnote') || isW(el, 'endnote') || isW(el, 'comment'))) continue;
    const type = wAttr(el, 'type');
    if (type === 'separator' || type === 'continuationSeparator' || type === 'continuationNotice') continue;
    out.push(...readBlocks(el, opts));
  }
  return out;
}

function readPartBlocks(part: { kind: PartKind; doc: Document }, opts: ReadOptions): Block[] {
  const root = part.doc.documentElement;
  if (!root) return [];
  if (part.kind === 'body') {
    const body = elementChildren(root).find((c) => isW(c, 'body'));
    return body ? readBlocks(body, opts) : [];
  }
  if (part.kind === 'header' || part.kind === 'footer') return readBlocks(root, opts);
  return readNotes(root, opts);
}

export interface OpenOptions {
  /** See ReadOptions.lineBreak; default '' (checking: one line per paragraph). */
  readonly lineBreak?: string;
  /** Only the body (import). */
  readonly bodyOnly?: boolean;
}

/** Opens and reads a .docx; throws DocxError (with a clear bilingual message) for anything that is not one. */
export function readDocx(bytes: Uint8Array, o: OpenOptions = {}): DocxFile {
  const pkg = openPackage(bytes);
  const xml = (name: string): Document | undefined => {
    const s = pkg.parts.get(name);
    return s === undefined ? undefined : parseXml(s, name);
  };
  const numberingDoc = xml('word/numbering.xml');
  const stylesDoc = xml('word/styles.xml');
  // Each part (and each re-reading) runs its own list counters from the start.
  const opts = (): ReadOptions => ({ lineBreak: o.lineBreak ?? '', numbering: new Numbering(numberingDoc, stylesDoc) });
  const parts: DocxPart[] = [];
  const add = (name: string, kind: PartKind, id: string, n = ''): void => {
    const doc = xml(name);
    if (!doc) return;
    const p = { name, kind, id, label: partLabel(kind, n), doc, blocks: [] as Block[] };
    p.blocks = readPartBlocks(p, opts());
    parts.push(p);
  };
  add('word/document.xml', 'body', '');
  if (!parts.length || !parts[0].doc.documentElement || !elementChildren(parts[0].doc.documentElement).some((c) => isW(c, 'body')))
    throw new DocxError('not-docx', failureText('not-docx'));
  if (!o.bodyOnly) {
    const hf = [...pkg.parts.keys()]
      .map((name) => ({ name, m: PART_RE.exec(name) }))
      .filter((x) => x.m)
      .sort((a, b) => (a.m![1] === b.m![1] ? Number(a.m![2] || 0) - Number(b.m![2] || 0) : a.m![1] === 'header' ? -1 : 1));
    for (const { name, m } of hf) add(name, m![1] as PartKind, `${m![1]}${m![2]}`, m![2]);
    add('word/footnotes.xml', 'footnotes', 'footnotes');
    add('word/endnotes.xml', 'endnotes', 'endnotes');
    add('word/comments.xml', 'comments', 'comments');
  }
  return {
    pkg,
    parts,
    reread(part) {
      part.blocks = readPartBlocks(part, opts());
    },
  };
}

/** The part's paragraphs in reading order. */
export function partParagraphs(part: DocxPart): Paragraph[] {
  return flattenBlocks(part.blocks);
}
