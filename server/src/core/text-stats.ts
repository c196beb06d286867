/**
 * The status bar's figures of a text (字数 and script detection), from the per-line facts of a document's cache when
 * the caller has one (the language server's, warmed by the check of the same version), else over the whole text.
 */
import { countHan } from './chars';
import type { ParagraphCache } from './incremental';
import { factsOf, type LineFact, type LineFacts } from './line-facts';
import { splitLines } from './lines';
import { detectionOf, detectScript, type ScriptDetection } from './script/detect';
import { hanOfLines, scanOfLines } from './script/scan-lines';

/** The lines of `text` with their facts from `cache`. */
function factsOfText(text: string, cache: LineFacts): { lines: { start: number; text: string }[]; facts: LineFact[] } {
  const { starts, ends } = splitLines(text);
  const lines = starts.map((s, i) => ({ start: s, text: text.slice(s, ends[i]) }));
  const facts = factsOf(
    cache,
    lines.map((l) => l.text),
  );
  return { lines, facts };
}

/** countHan(text), line by line through `cache` when given. */
export function hanCountOf(text: string, cache?: ParagraphCache): number {
  if (!cache?.lines) return countHan(text);
  const { lines, facts } = factsOfText(text, cache.lines);
  return hanOfLines(lines, facts);
}

/** detectScript(text), line by line through `cache` when given. */
export function detectScriptOf(text: string, cache?: ParagraphCache): ScriptDetection {
  if (!cache?.lines) return detectScript(text);
  const { lines, facts } = factsOfText(text, cache.lines);
  return detectionOf(scanOfLines(lines, facts));
}
