/** Small .docx packages built in memory for the reader tests: our own minimal WordprocessingML. */
import { zipSync } from 'fflate';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const NS = `xmlns:w="${W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml"`;

/** A paragraph of runs; each run is its text, or [text, rPr-xml]. */
export function p(...runs: (string | [string, string])[]): string {
  return `<w:p>${runs.map((r) => (typeof r === 'string' ? `<w:r><w:t xml:space="preserve">${r}</w:t></w:r>` : `<w:r><w:rPr>${r[1]}</w:rPr><w:t xml:space="preserve">${r[0]}</w:t></w:r>`)).join('')}</w:p>`;
}

export function docXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NS}><w:body>${body}<w:sectPr/></w:body></w:document>`;
}

export function docx(body: string, extra: Record<string, string> = {}): Uint8Array {
  const enc = new TextEncoder();
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': enc.encode('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': enc.encode(docXml(body)),
  };
  for (const [k, v] of Object.entries(extra)) files[k] = enc.encode(v);
  return zipSync(files);
}

export function partXml(root: string, inner: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><w:${root} ${NS}>${inner}</w:${root}>`;
}
