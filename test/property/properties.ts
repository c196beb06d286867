/**
 * The properties every generated document must satisfy (see docs/reliability.md for the definitions).
 * Only the core's public API is used, so the suite keeps compiling while the core is rewritten.
 */
import {
  allRules,
  check,
  DEFAULT_SHARED,
  fixAll,
  isSafe,
  type CheckOptions,
  type Problem,
  type TextEdit,
} from '../../server/src/core/index';
import { docText, type Eol, type GenDoc } from './generators';

/** One broken property: `sig` names the property and, where known, the rule (used to group and shrink). */
export interface Violation {
  readonly sig: string;
  readonly detail: string;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when offset `i` falls between the two halves of a surrogate pair or of a CRLF. */
export function splits(text: string, i: number): 'surrogate pair' | 'CRLF' | null {
  if (i <= 0 || i >= text.length) return null;
  const a = text.charCodeAt(i - 1);
  const b = text.charCodeAt(i);
  if (isHigh(a) && isLow(b)) return 'surrogate pair';
  if (a === 13 && b === 10) return 'CRLF';
  return null;
}

function badRange(text: string, start: number, end: number): string | null {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length)) {
    return `range ${start}-${end} outside [0, ${text.length}]`;
  }
  const s = splits(text, start) ?? splits(text, end);
  return s ? `range ${start}-${end} splits a ${s}` : null;
}

function editsProblems(text: string, edits: readonly TextEdit[]): string | null {
  for (const e of edits) {
    const bad = badRange(text, e.start, e.end);
    if (bad) return `edit ${bad}`;
  }
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].start < sorted[i - 1].end)
      return `edits ${sorted[i - 1].start}-${sorted[i - 1].end} and ${sorted[i].start}-${sorted[i].end} overlap`;
  }
  return null;
}

/** Ranges of problems, fixes, suggestions and related locations are valid and split nothing. */
export function rangeViolations(text: string, problems: readonly Problem[]): Violation[] {
  const out: Violation[] = [];
  for (const p of problems) {
    const at = `${p.ruleId} in ${JSON.stringify(text.slice(Math.max(0, p.start - 10), p.end + 10))}`;
    const r = badRange(text, p.start, p.end);
    if (r) out.push({ sig: `range:${p.ruleId}`, detail: `${r} (${at})` });
    const f = p.fix ? editsProblems(text, p.fix.edits) : null;
    if (f) out.push({ sig: `fix-range:${p.ruleId}`, detail: `fix ${f} (${at})` });
    for (const s of p.suggestions ?? []) {
      const e = editsProblems(text, s.edits);
      if (e) out.push({ sig: `suggestion-range:${p.ruleId}`, detail: `suggestion ${e} (${at})` });
    }
    for (const rel of p.related ?? []) {
      const e = badRange(text, rel.start, rel.end);
      if (e) out.push({ sig: `related-range:${p.ruleId}`, detail: `related ${e} (${at})` });
    }
  }
  return out;
}

interface Range {
  readonly start: number;
  readonly end: number;
}

/**
 * "A pass changes only what its diagnostics name": the code units of `text` outside every named range
 * (runs cut also at every empty named range) must reappear in `out` unchanged and in order; what stands
 * between two such runs (a named range and insertions at its edges) may change freely.
 * Returns null when this holds, else the first run that did not survive.
 */
export function changedOutside(text: string, out: string, named: readonly Range[]): string | null {
  const n = text.length;
  const inNamed = new Uint8Array(n);
  const cuts = new Set<number>();
  for (const r of named) {
    if (r.start === r.end) cuts.add(r.start);
    for (let i = r.start; i < r.end; i++) inNamed[i] = 1;
  }
  const gaps: [number, number][] = [];
  for (let i = 0; i < n;) {
    if (inNamed[i]) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && !inNamed[j] && !cuts.has(j)) j++;
    gaps.push([i, j]);
    i = j;
  }
  if (gaps.length === 0) return named.length === 0 && out !== text ? 'text changed without any diagnostic' : null;
  let cursor = 0;
  for (let k = 0; k < gaps.length; k++) {
    const [a, b] = gaps[k];
    const g = text.slice(a, b);
    const slackBefore = k > 0 || a > 0 || cuts.has(0);
    const slackAfter = k < gaps.length - 1 || b < n || cuts.has(n);
    let at: number;
    if (!slackAfter) at = out.length - g.length;
    else if (!slackBefore) at = 0;
    else at = out.indexOf(g, cursor);
    if (at < cursor || out.slice(at, at + g.length) !== g || (!slackBefore && at !== 0)) {
      return `unnamed text ${a}-${b} ${JSON.stringify(g.slice(0, 40))} changed`;
    }
    cursor = at + g.length;
  }
  return null;
}

function safeRanges(problems: readonly Problem[]): Range[] {
  return problems.filter(isSafe).map((p) => ({ start: p.start, end: p.end }));
}

/** The rules whose own first pass changes text outside their own safe problems. */
function scopeCulprits(text: string, opts: CheckOptions, problems: readonly Problem[]): string[] {
  const ids = [...new Set(problems.filter(isSafe).map((p) => p.ruleId))];
  return ids.filter((id) => {
    const out = fixAll(text, { ...opts, onlyRules: [id], maxPasses: 1 }).output;
    return changedOutside(text, out, safeRanges(problems.filter((p) => p.ruleId === id))) !== null;
  });
}

/** The first rule that throws on its own, for attributing a crash. */
export function thrower(text: string, opts: CheckOptions, fix = false): string {
  for (const r of allRules) {
    try {
      if (fix) fixAll(text, { ...opts, onlyRules: [r.meta.id] });
      else check(text, { ...opts, onlyRules: [r.meta.id] });
    } catch {
      return r.meta.id;
    }
  }
  return '?';
}

const BREAK: Record<'crlf' | 'cr', string> = { crlf: '\r\n', cr: '\r' };
/** `fixAll` of the CRLF/CR variant vs the CRLF/CR variant of `fixAll` of the LF text. */
export function eolMismatch(d: GenDoc, eol: Eol, opts: CheckOptions, fixedVariant = ''): string | null {
  if (eol !== 'crlf' && eol !== 'cr') return null;
  fixedVariant ||= fixAll(docText(d, eol), opts).output;
  const expected = fixAll(docText(d, 'lf'), opts).output.split('\n').join(BREAK[eol]);
  if (fixedVariant === expected) return null;
  let i = 0;
  while (i < expected.length && expected[i] === fixedVariant[i]) i++;
  return `at ${i}: expected ${JSON.stringify(expected.slice(Math.max(0, i - 8), i + 12))}, got ${JSON.stringify(fixedVariant.slice(Math.max(0, i - 8), i + 12))}`;
}

/** The rules that alone already break line-ending independence (costly: run on failures only). */
/** Check options of a generated document: its language and, if any, its shared settings. */
export function optionsOf(d: GenDoc): CheckOptions {
  return d.shared ? { language: d.language, config: { shared: { ...DEFAULT_SHARED, ...d.shared } } } : { language: d.language };
}

export function eolCulprits(d: GenDoc): string[] {
  const opts = optionsOf(d);
  return allRules
    .filter((r) => r.meta.fixable)
    .map((r) => r.meta.id)
    .filter((id) => eolMismatch(d, d.eol, { ...opts, onlyRules: [id] }) !== null);
}

/** Every property on one document. Empty when all hold. */
export function violations(d: GenDoc): Violation[] {
  const text = docText(d);
  const opts = optionsOf(d);
  let problems: Problem[];
  try {
    problems = check(text, opts);
  } catch (e) {
    return [{ sig: `throw:check:${thrower(text, opts)}`, detail: String(e) }];
  }
  const out = rangeViolations(text, problems);
  let once: string;
  try {
    once = fixAll(text, opts).output;
  } catch (e) {
    return [...out, { sig: `throw:fixAll:${thrower(text, opts, true)}`, detail: String(e) }];
  }
  const twice = fixAll(once, opts).output;
  if (twice !== once) {
    const left = [
      ...new Set(
        check(once, opts)
          .filter(isSafe)
          .map((p) => p.ruleId),
      ),
    ]
      .sort()
      .join('+');
    out.push({
      sig: `idempotence:${left || '?'}`,
      detail: `fixAll(fixAll(t)) !== fixAll(t): ${JSON.stringify(once)} → ${JSON.stringify(twice)}`,
    });
  }
  const pass1 = fixAll(text, { ...opts, maxPasses: 1 }).output;
  const scope = changedOutside(text, pass1, safeRanges(problems));
  if (scope) {
    const culprits = scopeCulprits(text, opts, problems);
    out.push({ sig: `scope:${culprits.join('+') || 'combined'}`, detail: scope });
  }
  const eol = eolMismatch(d, d.eol, opts, once);
  if (eol) {
    // Named by its rule when one rule alone breaks it; a shared cause (e.g. the line model) breaks several.
    const rules = eolCulprits(d);
    const who = rules.length === 1 ? rules[0] : rules.length === 0 ? 'combined' : 'several';
    out.push({ sig: `eol-${d.eol}:${who}`, detail: `${eol}${rules.length > 1 ? ` (rules: ${rules.join(', ')})` : ''}` });
  }
  return out;
}
