/**
 * Word's automatic list numbering (numbering.xml) turned into the literal markers a reader sees:
 * `一、` `（一）` `1.` `（1）`. Counters follow Word: per abstract numbering, a level's counter restarts
 * when a lower level (a parent) is used again; `w:startOverride` on a `w:num` restarts its list.
 */
import type { Document, Element } from '@xmldom/xmldom';
import { intToCn, renderNumeral } from '../core/outline/index';
import { elementChildren, isW, wAttr, wChild } from './xml';

interface Level {
  readonly fmt: string;
  readonly text: string;
  readonly start: number;
}

interface NumDef {
  readonly abstractId: string;
  readonly levels: ReadonlyMap<number, Level>;
  readonly startOverrides: ReadonlyMap<number, number>;
}

function parseLevels(parent: Element): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of elementChildren(parent)) {
    if (!isW(lvl, 'lvl')) continue;
    const ilvl = Number(wAttr(lvl, 'ilvl') ?? '0');
    levels.set(ilvl, {
      fmt: wAttr(wChild(lvl, 'numFmt'), 'val') ?? 'decimal',
      text: wAttr(wChild(lvl, 'lvlText'), 'val') ?? '',
      start: Number(wAttr(wChild(lvl, 'start'), 'val') ?? '1'),
    });
  }
  return levels;
}

/** Upper-case Roman numeral (1–3999). */
function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let s = '';
  for (const [v, r] of table) while (n >= v) ((s += r), (n -= v));
  return s;
}

const TIAN_GAN = '甲乙丙丁戊己庚辛壬癸';

/** One number in a Word numFmt. */
export function formatNumber(fmt: string, n: number): string {
  switch (fmt) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'ideographLegalTraditional':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return intToCn(n);
    case 'ideographTraditional':
      return TIAN_GAN[(n - 1) % 10] ?? String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return renderNumeral('fwdigit', n) ?? String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return renderNumeral('circled', n) ?? String(n);
    case 'decimalEnclosedParen':
      return renderNumeral('pcircled', n) ?? String(n);
    case 'upperLetter':
      return String.fromCharCode(65 + ((n - 1) % 26));
    case 'lowerLetter':
      return String.fromCharCode(97 + ((n - 1) % 26));
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** The numbering definitions of a document, with the running counters of one reading pass. */
export class Numbering {
  private readonly nums = new Map<string, NumDef>();
  private readonly counters = new Map<string, number[]>();
  private readonly started = new Set<string>();
  /** Paragraph styles that carry a numPr (Heading styles with outline numbering). */
  private readonly styleNum = new Map<string, { numId: string; ilvl: number }>();

  constructor(numbering: Document | undefined, styles: Document | undefined) {
    if (numbering) this.readNumbering(numbering);
    if (styles) this.readStyles(styles);
  }

  private readNumbering(doc: Document): void {
    const root = doc.documentElement;
    if (!root) return;
    const abstracts = new Map<string, Map<number, Level>>();
    for (const el of elementChildren(root)) {
      if (isW(el, 'abstractNum')) abstracts.set(wAttr(el, 'abstractNumId') ?? '', parseLevels(el));
    }
    for (const el of elementChildren(root)) {
      if (!isW(el, 'num')) continue;
      const abstractId = wAttr(wChild(el, 'abstractNumId'), 'val') ?? '';
      const levels = new Map(abstracts.get(abstractId) ?? []);
      const startOverrides = new Map<number, number>();
      for (const o of elementChildren(el)) {
        if (!isW(o, 'lvlOverride')) continue;
        const ilvl = Number(wAttr(o, 'ilvl') ?? '0');
        const so = wAttr(wChild(o, 'startOverride'), 'val');
        if (so !== undefined) startOverrides.set(ilvl, Number(so));
        const lvl = wChild(o, 'lvl');
        if (lvl) for (const [k, v] of parseLevels(o)) levels.set(k, v);
      }
      this.nums.set(wAttr(el, 'numId') ?? '', { abstractId, levels, startOverrides });
    }
  }

  private readStyles(doc: Document): void {
    const root = doc.documentElement;
    if (!root) return;
    for (const st of elementChildren(root)) {
      if (!isW(st, 'style')) continue;
      const numPr = wChild(wChild(st, 'pPr'), 'numPr');
      const numId = wAttr(wChild(numPr, 'numId'), 'val');
      if (numId !== undefined)
        this.styleNum.set(wAttr(st, 'styleId') ?? '', { numId, ilvl: Number(wAttr(wChild(numPr, 'ilvl'), 'val') ?? '0') });
    }
  }

  /** The list a paragraph belongs to (its own numPr, else its style's), or undefined. */
  listOf(pPr: Element | undefined): { numId: string; ilvl: number } | undefined {
    const numPr = wChild(pPr, 'numPr');
    const numId = wAttr(wChild(numPr, 'numId'), 'val');
    const ilvl = wAttr(wChild(numPr, 'ilvl'), 'val');
    if (numId !== undefined) return numId === '0' ? undefined : { numId, ilvl: Number(ilvl ?? '0') };
    const style = wAttr(wChild(pPr, 'pStyle'), 'val');
    const s = style !== undefined ? this.styleNum.get(style) : undefined;
    return s && s.numId !== '0' ? { numId: s.numId, ilvl: ilvl !== undefined ? Number(ilvl) : s.ilvl } : undefined;
  }

  /** Advances the counters for a paragraph in list (numId, ilvl) and returns its marker text ('' for bullets/none). */
  next(numId: string, ilvl: number): string {
    const def = this.nums.get(numId);
    if (!def) return '';
    const key = def.abstractId;
    let c = this.counters.get(key);
    if (!c || (!this.started.has(numId) && def.startOverrides.size > 0)) {
      c = [];
      this.counters.set(key, c);
    }
    this.started.add(numId);
    const startOf = (l: number): number => def.startOverrides.get(l) ?? def.levels.get(l)?.start ?? 1;
    c[ilvl] = c[ilvl] === undefined ? startOf(ilvl) : c[ilvl] + 1;
    for (let l = ilvl + 1; l < c.length; l++) c[l] = undefined as unknown as number;
    c.length = ilvl + 1;
    const lvl = def.levels.get(ilvl);
    if (!lvl || lvl.fmt === 'bullet') return '';
    return lvl.text.replace(/%([1-9])/g, (_, d: string) => {
      const l = Number(d) - 1;
      const f = def.levels.get(l)?.fmt ?? 'decimal';
      return formatNumber(f, c![l] ?? startOf(l));
    });
  }
}
