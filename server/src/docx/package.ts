/**
 * Opening a .docx package (OOXML zip) with bounded memory: classify what the bytes are before
 * unzipping (a binary Word .doc or a password-protected document is an OLE compound file, not a
 * zip), read the central directory, refuse entries whose declared sizes or ratios are out of bounds
 * (a zip bomb), and inflate only the parts we read, each into a buffer of its declared size
 * (fflate never grows that buffer, so a lying header cannot make it allocate more).
 *
 * Pure JavaScript (fflate): no node:* import, so it can be tested on bytes in memory.
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';
import type { Text2 } from '../core/index';

/** Largest .docx file read, in bytes. */
export const MAX_DOCX_BYTES = 30 * 1024 * 1024;
/** Largest declared uncompressed size of one part we inflate. */
export const MAX_PART_BYTES = 64 * 1024 * 1024;
/** Largest declared uncompressed size of all parts we inflate. */
export const MAX_TOTAL_BYTES = 160 * 1024 * 1024;
/** Largest compression ratio accepted for a part larger than 1 MB (XML compresses about 10:1; bombs 1000:1). */
export const MAX_RATIO = 200;

export type DocxFailure = 'encrypted' | 'doc' | 'not-zip' | 'corrupt' | 'not-docx' | 'bomb' | 'too-large' | 'bad-xml';

export class DocxError extends Error {
  constructor(
    readonly reason: DocxFailure,
    readonly text: Text2,
  ) {
    super(text.en);
  }
}

/** The messages for every failure, 简体中文 first (the CLI prints one of the two). */
export function failureText(reason: DocxFailure, detail = ''): Text2 {
  const d = detail ? `：${detail}` : '';
  const e = detail ? `: ${detail}` : '';
  switch (reason) {
    case 'encrypted':
      return {
        zh: '文档设有打开密码（已加密），无法读取；请在 Word 中取消密码后再检查',
        en: 'the document is password-protected (encrypted); remove the password in Word and try again',
      };
    case 'doc':
      return {
        zh: '这是旧版 Word 二进制文档（.doc），不是 .docx；请在 Word 或 WPS 中另存为 .docx',
        en: 'this is a binary Word document (.doc), not a .docx; save it as .docx in Word or WPS',
      };
    case 'not-zip':
      return { zh: '不是 .docx 文件（不是 zip 压缩包）', en: 'not a .docx file (not a zip package)' };
    case 'corrupt':
      return { zh: `.docx 压缩包已损坏${d}`, en: `the .docx package is corrupt${e}` };
    case 'not-docx':
      return { zh: `压缩包中没有 Word 正文（word/document.xml）${d}`, en: `the package has no Word body (word/document.xml)${e}` };
    case 'bomb':
      return { zh: `解压后过大，疑似压缩炸弹，已拒绝${d}`, en: `it would inflate too far (a zip bomb?); refused${e}` };
    case 'too-large':
      return { zh: `文件过大${d}`, en: `the file is too large${e}` };
    case 'bad-xml':
      return { zh: `文档的 XML 无法解析${d}`, en: `the document XML cannot be parsed${e}` };
  }
}

const fail = (reason: DocxFailure, detail?: string): DocxError => new DocxError(reason, failureText(reason, detail));

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** True when `bytes` contains `name` as UTF-16LE (OLE directory entries are UTF-16LE names). */
function hasUtf16Name(bytes: Uint8Array, name: string): boolean {
  const pat = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) pat[i * 2] = name.charCodeAt(i);
  outer: for (let i = 0; i + pat.length <= bytes.length; i++) {
    for (let k = 0; k < pat.length; k++) if (bytes[i + k] !== pat[k]) continue outer;
    return true;
  }
  return false;
}

/** What the bytes are, before any unzipping. */
export function sniff(bytes: Uint8Array): 'zip' | 'encrypted' | 'doc' | 'ole' | 'other' {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip';
  if (bytes.length >= 8 && OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    // An encrypted OOXML file is an OLE container with EncryptionInfo + EncryptedPackage streams;
    // a binary Word file has a WordDocument stream.
    if (hasUtf16Name(bytes, 'EncryptedPackage')) return 'encrypted';
    if (hasUtf16Name(bytes, 'WordDocument')) return 'doc';
    return 'ole';
  }
  return 'other';
}

export interface DocxPackage {
  /** Entry names in the zip, in directory order. */
  readonly names: readonly string[];
  /** The parts read (UTF-8 XML decoded), by name. */
  readonly parts: ReadonlyMap<string, string>;
  /** Every entry's raw bytes, inflated lazily only when re-zipping (fix). */
  readonly bytes: Uint8Array;
}

/** Which parts are read: the body, headers, footers, notes, comments, numbering, styles and relationships. */
export function isTextPart(name: string): boolean {
  return (
    /^word\/(document|header\d*|footer\d*|footnotes|endnotes|comments|numbering|styles)\.xml$/.test(name) ||
    name === 'word/_rels/document.xml.rels' ||
    name === '[Content_Types].xml'
  );
}

interface Entry {
  readonly name: string;
  readonly size: number;
  readonly originalSize: number;
}

function listEntries(bytes: Uint8Array): Entry[] {
  const entries: Entry[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        entries.push({ name: f.name, size: f.size, originalSize: f.originalSize });
        return false;
      },
    });
  } catch (e) {
    throw fail('corrupt', e instanceof Error ? e.message : String(e));
  }
  return entries;
}

function checkBounds(entries: readonly Entry[], wanted: (name: string) => boolean): void {
  let total = 0;
  for (const e of entries) {
    if (!wanted(e.name)) continue;
    total += e.originalSize;
    if (e.originalSize > MAX_PART_BYTES) throw fail('bomb', `${e.name} ${(e.originalSize / 1048576).toFixed(0)} MB`);
    if (e.originalSize > 1048576 && e.originalSize > MAX_RATIO * Math.max(1, e.size))
      throw fail('bomb', `${e.name} ${Math.round(e.originalSize / Math.max(1, e.size))}:1`);
  }
  if (total > MAX_TOTAL_BYTES) throw fail('bomb', `${(total / 1048576).toFixed(0)} MB`);
}

const utf8 = new TextDecoder('utf-8', { fatal: false });

/** Opens a .docx from its bytes; throws DocxError with a clear message for anything else. */
export function openPackage(bytes: Uint8Array): DocxPackage {
  if (bytes.length > MAX_DOCX_BYTES) throw fail('too-large', `${(bytes.length / 1048576).toFixed(1)} MB > ${MAX_DOCX_BYTES / 1048576} MB`);
  const kind = sniff(bytes);
  if (kind === 'encrypted') throw fail('encrypted');
  if (kind === 'doc') throw fail('doc');
  if (kind === 'ole') throw fail('doc');
  if (kind !== 'zip') throw fail('not-zip');
  const entries = listEntries(bytes);
  if (!entries.some((e) => e.name === 'word/document.xml')) throw fail('not-docx');
  checkBounds(entries, isTextPart);
  let raw: Record<string, Uint8Array>;
  try {
    raw = unzipSync(bytes, { filter: (f) => isTextPart(f.name) });
  } catch (e) {
    throw fail('corrupt', e instanceof Error ? e.message : String(e));
  }
  const parts = new Map<string, string>();
  for (const [name, data] of Object.entries(raw)) parts.set(name, utf8.decode(data));
  return { names: entries.map((e) => e.name), parts, bytes };
}

/**
 * The package again with some parts replaced (`--fix`): every other entry is copied as it was
 * (inflated and deflated again by fflate, bounded by the same limits), in the original order.
 */
export function repackage(pkg: DocxPackage, replaced: ReadonlyMap<string, string>): Uint8Array {
  const entries = listEntries(pkg.bytes);
  checkBounds(entries, () => true);
  let raw: Record<string, Uint8Array>;
  try {
    raw = unzipSync(pkg.bytes);
  } catch (e) {
    throw fail('corrupt', e instanceof Error ? e.message : String(e));
  }
  const enc = new TextEncoder();
  const out: Zippable = {};
  for (const e of entries) {
    const r = replaced.get(e.name);
    const data = r !== undefined ? enc.encode(r) : raw[e.name];
    if (data === undefined) continue;
    // Stored media stay stored; XML is deflated.
    out[e.name] = [data, { level: /\.(png|jpe?g|gif|emf|wmf)$/i.test(e.name) ? 0 : 6 }];
  }
  return zipSync(out);
}
