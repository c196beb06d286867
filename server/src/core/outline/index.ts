/**
 * The heading outline: one parser for every structure rule, for the punctuation rules' question
 * "is this position a heading marker?" (markers.ts) and for the LSP (outline view, renumbering,
 * marker completion). Pure: strings in, data out.
 *
 * - types.ts      Heading, Outline and the level/rank scheme
 * - numerals.ts   Chinese, digit and enclosed numerals; the standard marker of each level
 * - parse.ts      the marker at the start of one line, the line prefix before it, 法规体 detection
 * - tree.ts       headings with titles and split lines, then the tree (buildOutline, parseOutline, outlineOf)
 * - numbering.ts  sibling groups and sequence analysis (gaps, duplicates, demotions, inversions)
 * - classify.ts   heading, run-in heading or numbered paragraph (role, titleCertainty)
 * - asides.ts     numbered lines outside the body in texts that are no 公文 (the 附件 list, 抄送/正本 lists) and
 *                 目录 entries; in a 公文 the element model (../elements) decides which lines are the body
 * - markers.ts    marker spans per line for the rules (inMarker, afterLineNumeral)
 * - edits.ts      renumbering and marker completion
 */
export * from './types';
export { cnToInt, intToCn, renderNumeral, markerWithValue, canonicalMarker, LEGAL_UNIT_CHAR } from './numerals';
export { LINE_PREFIX_RE } from './parse';
export { titleCertainty, MAX_TITLE_LENGTH, type HeadingRole, type TitleCertainty } from './classify';
export { buildOutline, parseOutline, parseStructure, outlineOf } from './tree';
export * from './numbering';
export { markerSpans, inMarker, markerEndOn, afterLineNumeral } from './markers';
export * from './edits';
