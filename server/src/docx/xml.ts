/** The XML layer of the .docx reader: parse with a real parser (@xmldom/xmldom), walk WordprocessingML elements. */
import { DOMParser, XMLSerializer, type Document, type Element, type Node } from '@xmldom/xmldom';
import { DocxError, failureText } from './package';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const ELEMENT_NODE = 1;

/** Parses one part; a malformed part is a DocxError ('bad-xml') naming the part. */
export function parseXml(xml: string, partName: string): Document {
  try {
    return new DOMParser({
      onError: (level, msg) => {
        if (level !== 'warning') throw new Error(msg);
      },
    }).parseFromString(xml, 'text/xml');
  } catch (e) {
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new DocxError('bad-xml', failureText('bad-xml', `${partName}: ${msg}`));
  }
}

export function serializeXml(doc: Document): string {
  return new XMLSerializer().serializeToString(doc);
}

export function isElement(n: Node | null | undefined): n is Element {
  return !!n && n.nodeType === ELEMENT_NODE;
}

/** True for a WordprocessingML element `w:<name>`. */
export function isW(n: Node | null | undefined, name: string): n is Element {
  return isElement(n) && n.localName === name && n.namespaceURI === W_NS;
}

/** Element children, in order. */
export function elementChildren(el: Node): Element[] {
  const out: Element[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) if (isElement(c)) out.push(c);
  return out;
}

/** The first `w:<name>` child. */
export function wChild(el: Node | undefined, name: string): Element | undefined {
  if (!el) return undefined;
  for (let c = el.firstChild; c; c = c.nextSibling) if (isW(c, name)) return c;
  return undefined;
}

/** A `w:`-namespaced attribute (w:val …). */
export function wAttr(el: Element | undefined, name: string): string | undefined {
  if (!el) return undefined;
  const v = el.getAttributeNS(W_NS, name);
  return v === null || v === '' ? (el.getAttribute(`w:${name}`) ?? undefined) || undefined : v;
}

/** The first `w:<name>` descendant (depth first). */
export function wDescendant(el: Node, name: string): Element | undefined {
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (isW(c, name)) return c;
    if (isElement(c)) {
      const d = wDescendant(c, name);
      if (d) return d;
    }
  }
  return undefined;
}
