/**
 * The one pass over a document's characters that the script decision and the script rules share: per code unit a
 * single lookup in a 64 K table of class bits gives the evidence (traditional-only or simplified-only), the variant
 * misses of each traditional standard, and whether the character can start a finding of the script rules. The rules
 * then look only at the recorded positions (few in a document of one script) instead of walking the text again.
 */
import { C_AMBIG, C_CHECKED, C_DUAL, C_PHRASE_ONLY, C_REGIONAL, C_S2T, C_T2S, charTables, type Region } from './tables';
import { OLD_FORM_PAIRS, REGIONS, VARIANT_GROUPS } from './variants';

/** Traditional-only: evidence of traditional text. */
const S_TRAD = 1;
/** Simplified-only: evidence of simplified text. */
const S_SIMP = 2;
/** May be flagged in a simplified document: converted by TSCharacters, or by a TSPhrases phrase only (瞭 藉 覆). */
export const S_IN_SIMPLIFIED = 4;
/** Starts a check in a traditional document: simplified-only, or an ambiguous character checked by phrase. */
export const S_IN_TRADITIONAL = 8;
/** A member of a variant group (為/爲) or an old printing variant (决), U+4E00 or above. */
export const S_VARIANT = 16;
/** A lead surrogate: the astral character is looked up in the maps. */
const S_LEAD = 32;
/** The variant form misses the standard (bit per region, in REGIONS order). */
const S_MISS = 64;

const RECORDED = S_IN_SIMPLIFIED | S_IN_TRADITIONAL | S_VARIANT;

let scanClass: Uint16Array | null = null;

/** Class bits (S_*) of every BMP code unit; 0 below U+3400. Built from charTables on first use. */
export function scanTable(): Uint16Array {
  if (scanClass) return scanClass;
  const cls = charTables().cls;
  const t = new Uint16Array(0x10000);
  for (let c = 0x3400; c < 0x10000; c++) {
    const k = cls[c];
    const s = scriptOfClass(k);
    let v = s === 1 ? S_TRAD : s === -1 ? S_SIMP : 0;
    if (k & (C_T2S | C_PHRASE_ONLY)) v |= S_IN_SIMPLIFIED;
    if ((k & (C_S2T | C_T2S | C_REGIONAL)) === C_S2T && (!(k & C_AMBIG) || k & C_CHECKED)) v |= S_IN_TRADITIONAL;
    t[c] = v;
  }
  for (let c = 0xd800; c <= 0xdbff; c++) t[c] = S_LEAD;
  for (const g of VARIANT_GROUPS)
    for (const ch of g.forms) {
      const c = ch.charCodeAt(0);
      t[c] |= S_VARIANT;
      REGIONS.forEach((r, bit) => {
        if (g.std[r] !== null && g.std[r] !== ch) t[c] |= S_MISS << bit;
      });
    }
  for (const p of OLD_FORM_PAIRS) t[p.charCodeAt(0)] |= S_VARIANT;
  t.fill(0, 0, 0x3400); // scanText reads the table without testing the character first
  return (scanClass = t);
}

export function scriptOfClass(c: number): 1 | -1 | 0 {
  if (c & C_T2S) return c & (C_DUAL | C_S2T) ? 0 : 1;
  if (c & C_S2T) return c & C_AMBIG ? 0 : -1;
  return 0;
}

/** 1: traditional-only, -1: simplified-only, 0: shared or not Han. Uses the light tables only. */
export function charScript(cp: number): 1 | -1 | 0 {
  const t = charTables();
  if (cp < 0x10000) return scriptOfClass(t.cls[cp]);
  if (t.t2sChar.has(cp)) return t.s2tChar.has(cp) ? 0 : 1;
  if (t.s2tChar.has(cp)) return t.ambiguous.has(cp) ? 0 : -1;
  return 0;
}

/** What one pass over a text found. */
export interface TextScan {
  /** Traditional-only and simplified-only characters (detectScript's counts). */
  readonly trad: number;
  readonly simp: number;
  /** Per traditional standard, the variant forms that differ from it. */
  readonly miss: Record<Region, number>;
  /** Sorted offsets of the characters with each recorded bit, or null when not recorded (too many: see `positions`). */
  readonly at: { readonly [bit: number]: readonly number[] | null };
  /** Offsets of a kind not recorded in `at`, found without a pass over the whole text (scan-lines.ts: from the lines'). */
  positionsOf?(bit: number): readonly number[];
}

/**
 * Positions are recorded up to this many per kind; past it the kind is rescanned when asked. The kind a document's
 * rule asks for is rare in it (traditional characters in a simplified document); the other kind overflows early.
 */
function capOf(length: number, bit: number): number {
  return 32 + (length >> (bit === S_VARIANT ? 4 : 6));
}

/** Scans `text` once: the counts of detectScript, the variant misses, and the offsets of the characters the rules check. */
export function scanText(text: string): TextScan {
  const t = scanTable();
  const capSimp = capOf(text.length, S_IN_SIMPLIFIED);
  const capTrad = capOf(text.length, S_IN_TRADITIONAL);
  const capVars = capOf(text.length, S_VARIANT);
  // The kinds still recorded (a kind that overflows is dropped; variants are always counted).
  let rec = RECORDED;
  let trad = 0;
  let simp = 0;
  let missT = 0;
  let missTw = 0;
  let missHk = 0;
  // Offsets are recorded in the shared scratch arrays and copied out only for the kinds that did not overflow: a
  // two-million-character text overflows two kinds at tens of thousands each, arrays made only to be dropped.
  const simpAt = scratch(0, capSimp);
  const tradAt = scratch(1, capTrad);
  const varsAt = scratch(2, capVars);
  let nSimp = 0;
  let nTrad = 0;
  let nVars = 0;
  let regular = true;
  for (let i = 0; i < text.length; i++) {
    // No test of the character or of v === 0 first: the table has 0 below U+3400, and counting by adding the class
    // bits costs less than the branches a mix of Han, punctuation and 0-class characters mispredicts.
    const v = t[text.charCodeAt(i)];
    if (v & S_LEAD) {
      const cp = text.codePointAt(i)!;
      // As detectScript always did: the next unit is taken as the low surrogate, even when it is none.
      i++;
      const s = charScript(cp);
      if (s === 1) trad++;
      else if (s === -1) simp++;
      if (cp < 0x10000) regular = false;
      else {
        const { t2sChar, s2tChar } = charTables();
        if (rec & S_IN_SIMPLIFIED && t2sChar.has(cp)) {
          if (nSimp < capSimp) simpAt[nSimp++] = i - 1;
          else rec &= ~S_IN_SIMPLIFIED;
        }
        if (rec & S_IN_TRADITIONAL && s2tChar.has(cp) && !t2sChar.has(cp)) {
          if (nTrad < capTrad) tradAt[nTrad++] = i - 1;
          else rec &= ~S_IN_TRADITIONAL;
        }
      }
      continue;
    }
    // S_TRAD (1) and S_SIMP (2) exclude each other.
    trad += v & S_TRAD;
    simp += (v & S_SIMP) >> 1;
    if ((v & rec) === 0) continue;
    if (v & rec & S_IN_SIMPLIFIED) {
      if (nSimp < capSimp) simpAt[nSimp++] = i;
      else rec &= ~S_IN_SIMPLIFIED;
    }
    if (v & rec & S_IN_TRADITIONAL) {
      if (nTrad < capTrad) tradAt[nTrad++] = i;
      else rec &= ~S_IN_TRADITIONAL;
    }
    if (v & S_VARIANT) {
      if (nVars < capVars) varsAt[nVars] = i;
      // Counted past the cap too: one more than the cap marks the overflow.
      if (nVars <= capVars) nVars++;
      if (v & S_MISS) missT++;
      if (v & (S_MISS << 1)) missTw++;
      if (v & (S_MISS << 2)) missHk++;
    }
  }
  // An unpaired lead surrogate made the pass skip a unit: count the misses and find positions unit by unit.
  const miss = regular ? { traditional: missT, tw: missTw, hk: missHk } : regionMisses(text);
  const at = regular
    ? {
        [S_IN_SIMPLIFIED]: rec & S_IN_SIMPLIFIED ? listOf(simpAt, nSimp) : null,
        [S_IN_TRADITIONAL]: rec & S_IN_TRADITIONAL ? listOf(tradAt, nTrad) : null,
        [S_VARIANT]: nVars <= capVars ? listOf(varsAt, nVars) : null,
      }
    : { [S_IN_SIMPLIFIED]: null, [S_IN_TRADITIONAL]: null, [S_VARIANT]: null };
  return { trad, simp, miss, at };
}

/** The scratch arrays of scanText (one per kind), grown as needed; scanText calls nothing that could scan meanwhile. */
const SCRATCH: Int32Array[] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

function scratch(kind: number, cap: number): Int32Array {
  if (SCRATCH[kind].length < cap) SCRATCH[kind] = new Int32Array(cap);
  return SCRATCH[kind];
}

/** The first `n` recorded offsets as the kind's list (a kind that overflowed has none: the rule rescans it when asked). */
function listOf(recorded: Int32Array, n: number): number[] {
  const list: number[] = [];
  for (let k = 0; k < n; k++) list.push(recorded[k]);
  return list;
}

/** Per traditional standard, the number of variant forms in `text` that differ from it (為/爲, 裡/裏, 説/說…). */
export function regionMisses(text: string): Record<Region, number> {
  const t = scanTable();
  const miss: Record<Region, number> = { traditional: 0, tw: 0, hk: 0 };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x4e00) continue;
    const v = t[c];
    if (!(v & S_VARIANT)) continue;
    if (v & S_MISS) miss.traditional++;
    if (v & (S_MISS << 1)) miss.tw++;
    if (v & (S_MISS << 2)) miss.hk++;
  }
  return miss;
}

/** True when the code unit at `i` has the recorded `bit` (the astral character when it is a lead surrogate). */
function hasBit(text: string, i: number, bit: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x3400) return false;
  const v = scanTable()[c];
  if (!(v & S_LEAD)) return (v & bit) !== 0;
  const cp = text.codePointAt(i)!;
  if (cp < 0x10000) return false;
  const { t2sChar, s2tChar } = charTables();
  if (bit === S_IN_SIMPLIFIED) return t2sChar.has(cp);
  if (bit === S_IN_TRADITIONAL) return s2tChar.has(cp) && !t2sChar.has(cp);
  return false;
}

/** Sorted offsets of the characters with `bit` (S_IN_SIMPLIFIED, S_IN_TRADITIONAL or S_VARIANT): recorded, or found now. */
export function positions(text: string, scan: TextScan, bit: number): readonly number[] {
  const known = knownPositions(scan, bit);
  if (known) return known;
  const t = scanTable();
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400) continue;
    const v = t[c];
    if (v & S_LEAD ? hasBit(text, i, bit) : (v & bit) !== 0) out.push(i);
  }
  return out;
}

/** The positions of `bit` when the scan has them without a pass over the text (recorded, or from the lines'), else null. */
export function knownPositions(scan: TextScan, bit: number): readonly number[] | null {
  const recorded = scan.at[bit];
  if (recorded) return recorded;
  return scan.positionsOf ? scan.positionsOf(bit) : null;
}

/**
 * Whether text[start, end) holds one of `positions(text, …, bit)`: the same test per code unit, stopping at the first.
 * Lets a caller pick the stretches holding an overflowed kind without gathering all its offsets (a two-million-character
 * document quoting whole traditional texts has hundreds of thousands).
 */
export function holdsBit(text: string, start: number, end: number, bit: number): boolean {
  const t = scanTable();
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400) continue;
    const v = t[c];
    if (v & S_LEAD ? hasBit(text, i, bit) : (v & bit) !== 0) return true;
  }
  return false;
}
