import { isLeadSurrogate, isTrailSurrogate } from './chars';
import { checkSteps, fixPassSteps, type EngineOptions } from './engine';
import { ParagraphCache } from './incremental';
import { PASS_CARRY, PassCarry } from './pass-carry';
import { DOCUMENT_SCAN } from './script/decision';
import { carriedScan, patchScan, type CarriedScan } from './script/scan-patch';
import type { Fix, Problem, Severity, TextEdit } from './types';

const byPosition = (a: TextEdit, b: TextEdit): number => a.start - b.start || a.end - b.end;

/** Applies non-overlapping edits (any order) to `text`. Throws on overlap: callers select first. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  if (edits.length === 0) return text;
  const sorted = [...edits].sort(byPosition);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos || e.end < e.start || e.end > text.length) throw new RangeError(`overlapping or invalid edit ${e.start}-${e.end}`);
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  return out + text.slice(pos);
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start < b.end && b.start < a.end) return true;
  // Two insertions at one point, or an insertion at the edge of a replacement: order would be ambiguous.
  if (a.start === a.end || b.start === b.end) return a.start === b.start || a.end === b.end || a.start === b.end || a.end === b.start;
  return false;
}

/** Greedy by position: a fix is taken when none of its edits overlaps an edit already taken. */
export function selectNonOverlapping(fixes: readonly Fix[]): Fix[] {
  const taken: TextEdit[] = [];
  const chosen: Fix[] = [];
  const first = (f: Fix) => Math.min(...f.edits.map((e) => e.start));
  const order = [...fixes].filter((f) => f.edits.length > 0).sort((a, b) => first(a) - first(b));
  for (const f of order) {
    if (f.edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    // Taken edits are few per region; keep the list sorted to stop scanning early is not needed at this size.
    taken.push(...f.edits);
    chosen.push(f);
  }
  return chosen;
}

/** Severities at which a safe fix is applied without review (see `isSafe`). */
export const AUTO_FIX_SEVERITIES: readonly Severity[] = ['warning', 'error'];

/**
 * The fix policy of `--fix`, fix-all, source.fixAll and format (issue 11): a fix is applied without review
 * only when it is certain, i.e. its kind is `safe` AND the problem's effective severity is warning or error.
 * A rule whose default severity is info (or hint) is a guess or a matter of taste: its fixes stay quick fixes
 * until the user raises the rule to warning (opt-in). A report a rule downgrades to info (e.g. a mainland
 * norm in a traditional-script document) is never applied automatically.
 */
export const isSafe = (p: Problem): boolean => p.fix?.kind === 'safe' && AUTO_FIX_SEVERITIES.includes(p.severity);

export interface FixAllOptions extends EngineOptions {
  /** Which problems' fixes to apply; default: `isSafe` (safe fixes of warnings and errors). */
  readonly filter?: (p: Problem) => boolean;
  readonly maxPasses?: number;
}

export interface FixAllResult {
  readonly output: string;
  readonly passes: number;
  /** Number of fixes applied over all passes. */
  readonly fixed: number;
}

/**
 * Applies fixes, re-checking between passes so that neighbouring fixes never act on stale text
 * (ESLint's multi-pass approach, at most 10 passes; the paragraph rules re-check only the lines a pass changed). Idempotent: fixAll(fixAll(t)) === fixAll(t)
 * whenever the last pass found nothing left to fix.
 */
export function fixAll(text: string, opts: FixAllOptions = {}): FixAllResult {
  const steps = fixAllSteps(text, opts);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** `fixAll()` one rule at a time: yields between rules (see `checkSteps`) so a server can cancel or give way. */
export function* fixAllSteps(text: string, opts: FixAllOptions = {}): Generator<void, FixAllResult, void> {
  const filter = opts.filter ?? isSafe;
  const max = opts.maxPasses ?? 10;
  let output = text;
  let passes = 0;
  let fixed = 0;
  // Each pass after the first re-checks, with the paragraph rules, only the lines the previous pass changed; told the
  // edits, its own cache finds the other lines by position (line-carry.ts).
  const own = opts.paragraphCache === undefined ? new ParagraphCache({ lineFacts: false }) : undefined;
  if (own) own.track = true;
  const checkOpts: EngineOptions = own ? { ...opts, paragraphCache: own } : opts;
  // Under the default policy a pass runs only the rules that can produce a safe fix (and the span owners).
  const policy = filter === isSafe;
  // Each pass's document analyses are its own, but the script scan of the text (scan-patch.ts), the text model and the
  // per-line values of some analyses (pass-carry.ts) are carried from pass to pass, unless the caller shares analyses
  // or line facts, which make them otherwise.
  const carry = opts.analyses === undefined && opts.paragraphCache === undefined;
  let scan: CarriedScan | undefined;
  const lines = carry ? new PassCarry() : undefined;
  while (passes < max) {
    if (carry) scan ??= carriedScan(output);
    const passOpts = scan
      ? {
          ...checkOpts,
          analyses: new Map<string, unknown>([
            [DOCUMENT_SCAN, scan],
            [PASS_CARRY, lines],
          ]),
        }
      : checkOpts;
    const planned = own?.generation;
    const problems = yield* policy ? fixPassSteps(output, passOpts, AUTO_FIX_SEVERITIES) : checkSteps(output, passOpts);
    // A pass that made no paragraph plan left the carry of an older text: the next pass must not map it through only
    // this pass's edits.
    if (own && own.generation === planned) own.carry = undefined;
    const fixes = problems.filter((p) => p.fix && filter(p)).map((p) => p.fix!);
    if (fixes.length === 0) break;
    const chosen = selectNonOverlapping(fixes);
    const edits = chosen.flatMap((f) => f.edits).sort(byPosition);
    const next = applyEdits(output, edits);
    passes++;
    if (next === output) break;
    fixed += chosen.length;
    scan = scan && patchScan(output, scan, edits, next);
    if (own) own.edits = edits;
    lines?.advance(edits);
    output = next;
  }
  return { output, passes, fixed };
}

/** The single minimal edit turning `before` into `after` (common prefix and suffix kept; surrogate pairs never split). */
export function diffToEdit(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  let p = 0;
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  if (p > 0 && isLeadSurrogate(before.charCodeAt(p - 1))) p--;
  let s = 0;
  while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  if (s > 0 && isTrailSurrogate(before.charCodeAt(before.length - s))) s--;
  return { start: p, end: before.length - s, newText: after.slice(p, after.length - s) };
}
