/** Headline layout shared by the spacing rules: a space that separates two clauses of a title. */
import { countHan, HAN_RE_SOURCE } from './chars';

// Sentence punctuation: a line without it may be a headline.
const SENTENCE_PUNCT = /[，。；！？,;!?]/;
// The clause before / after a headline separator: at least 4 Han up to the previous / next space.
const CLAUSE_BEFORE = new RegExp(`(?:${HAN_RE_SOURCE}|[「」“”《》：:、\\w]){4,}$`, 'u');
const CLAUSE_AFTER = new RegExp(`^(?:${HAN_RE_SOURCE}|[「」“”《》：:、\\w]){4,}`, 'u');

/**
 * A single space separating two clauses of a headline — the style of news and report titles
 * (總統出席國慶晚會　盼發揚臺灣精神；坚定不移沿着中国特色社会主义道路前进 为全面建成小康社会而奋斗):
 * a line (or a quotation) without sentence punctuation, one space character, and at least four characters on
 * each side.
 */
export function headlineSeparator(lineText: string, relStart: number, relEnd: number): boolean {
  if (relEnd - relStart !== 1 || lineText.length > 160) return false;
  let scope = lineText;
  let s = relStart;
  let e = relEnd;
  if (SENTENCE_PUNCT.test(lineText)) {
    // A headline quoted in a sentence: 以「以民主厚植國力　迎向世界新局」為題.
    const o = Math.max(lineText.lastIndexOf('「', s), lineText.lastIndexOf('“', s));
    if (o < 0 || /[」”]/.test(lineText.slice(o, s))) return false;
    const c1 = lineText.indexOf('」', e);
    const c2 = lineText.indexOf('”', e);
    const c = c1 < 0 ? c2 : c2 < 0 ? c1 : Math.min(c1, c2);
    if (c < 0) return false;
    scope = lineText.slice(o + 1, c);
    s -= o + 1;
    e -= o + 1;
    if (SENTENCE_PUNCT.test(scope)) return false;
  }
  const before = scope
    .slice(0, s)
    .split(/[ \u3000]/)
    .pop()!;
  const after = scope.slice(e).split(/[ \u3000]/)[0];
  return CLAUSE_BEFORE.test(before) && CLAUSE_AFTER.test(after) && countHan(before) >= 2 && countHan(after) >= 2;
}
