import type { DocumentModel } from './types';

/**
 * Inline directives, in HTML-comment form for Markdown and plain text alike:
 *   <!-- gongwen-disable-next-line [rule…] -->
 *   … <!-- gongwen-disable-line [rule…] -->      (at the end of the line it silences)
 *   <!-- gongwen-disable [rule…] --> … <!-- gongwen-enable [rule…] -->
 *   <!-- gongwen-disable-file [rule…] -->
 * Rules are separated by spaces or commas; none means every rule. Ids and catalogue aliases both work.
 */
const DIRECTIVE_RE = /<!--\s*gongwen-(disable-next-line|disable-line|disable-file|disable|enable)\b([^>]*?)\s*-->/g;

interface Span {
  readonly from: number;
  readonly to: number;
  readonly rules: ReadonlySet<string> | null;
}

export interface DirectiveComment {
  readonly kind: 'disable-next-line' | 'disable-line' | 'disable-file' | 'disable' | 'enable';
  readonly start: number;
  readonly end: number;
  readonly rules: readonly string[];
}

export interface Directives {
  readonly comments: readonly DirectiveComment[];
  /** True when `ruleIds` (the id and its aliases) are silenced at `offset`. */
  isSuppressed(ruleIds: readonly string[], offset: number): boolean;
}

export function parseDirectives(doc: DocumentModel): Directives {
  const text = doc.text;
  if (!text.includes('gongwen-')) return { comments: [], isSuppressed: () => false };
  const comments: DirectiveComment[] = [];
  DIRECTIVE_RE.lastIndex = 0;
  for (let m = DIRECTIVE_RE.exec(text); m !== null; m = DIRECTIVE_RE.exec(text)) {
    const rules = m[2].split(/[\s,]+/).filter((r) => r.length > 0);
    comments.push({ kind: m[1] as DirectiveComment['kind'], start: m.index, end: m.index + m[0].length, rules });
  }
  const spans: Span[] = [];
  const open = new Map<string, number>(); // rule ('*' = all) → start offset of the disabled region
  const toSet = (rules: readonly string[]) => (rules.length ? new Set(rules) : null);
  for (const c of comments) {
    const line = doc.lines[doc.lineAt(c.start)];
    switch (c.kind) {
      case 'disable-file':
        spans.push({ from: 0, to: text.length + 1, rules: toSet(c.rules) });
        break;
      case 'disable-line':
        spans.push({ from: line.start, to: line.end + 1, rules: toSet(c.rules) });
        break;
      case 'disable-next-line': {
        const next = doc.lines[line.index + 1];
        if (next) spans.push({ from: next.start, to: next.end + 1, rules: toSet(c.rules) });
        break;
      }
      case 'disable':
        for (const r of c.rules.length ? c.rules : ['*']) if (!open.has(r)) open.set(r, c.end);
        break;
      case 'enable':
        for (const r of c.rules.length ? c.rules : [...open.keys()]) {
          const from = open.get(r);
          if (from !== undefined) {
            spans.push({ from, to: c.start, rules: r === '*' ? null : new Set([r]) });
            open.delete(r);
          }
        }
        break;
    }
  }
  for (const [r, from] of open) spans.push({ from, to: text.length + 1, rules: r === '*' ? null : new Set([r]) });
  return {
    comments,
    isSuppressed(ruleIds, offset) {
      for (const s of spans) {
        if (offset < s.from || offset >= s.to) continue;
        if (s.rules === null) return true;
        for (const id of ruleIds) if (s.rules.has(id)) return true;
      }
      return false;
    },
  };
}

/** The text of a directive comment that silences `ruleId` on the line it ends. */
export function disableLineComment(ruleId: string): string {
  return `<!-- gongwen-disable-line ${ruleId} -->`;
}
