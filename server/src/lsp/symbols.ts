import { FoldingRangeKind, SymbolKind, type CancellationToken, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { allRules, type Heading, type Problem } from '../core/index';
import { MAX_SYMBOLS, refusal } from './bounds';
import type { DocumentContexts } from './context';
import { toRange } from './convert';
import { OutlineRequest, type OutlineNodeDto, type OutlineParams, type OutlineResult } from './protocol';
import type { ResultsCache } from './results';
import { request, type Session } from './session';

const LEVEL_LABEL = ['', '一级标题', '二级标题', '三级标题', '四级标题', '五级标题'];
const LEGAL_LABEL: Record<string, string> = { bian: '编', zhang: '章', jie: '节', tiao: '条' };
const STRUCTURE_RULES = new Set(allRules.filter((r) => r.meta.category === 'structure').map((r) => r.meta.id));

function titleOf(text: string, h: Heading): string {
  const t = text.slice(h.titleStart, h.titleEnd).trim();
  return t.length > 60 ? `${t.slice(0, 60)}…` : t;
}

/** End of a heading's section without its trailing blank lines. */
function sectionEnd(text: string, h: Heading): number {
  let e = h.sectionEnd;
  while (e > h.start && /\s/.test(text[e - 1])) e--;
  return Math.max(e, h.titleEnd, h.markerEnd);
}

/** The problems (sorted by start) starting in [from, to]. */
function startingIn(problems: readonly Problem[], from: number, to: number): Problem[] {
  let lo = 0;
  let hi = problems.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (problems[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Problem[] = [];
  for (let i = lo; i < problems.length && problems[i].start <= to; i++) out.push(problems[i]);
  return out;
}

/** Maps a heading tree, visiting at most MAX_SYMBOLS headings (later ones are left out). */
function mapTree<T>(roots: readonly Heading[], f: (h: Heading, children: T[]) => T): T[] {
  let budget = MAX_SYMBOLS;
  const walk = (hs: readonly Heading[]): T[] => {
    const out: T[] = [];
    for (const h of hs) {
      if (budget-- <= 0) break;
      out.push(f(h, walk(h.children)));
    }
    return out;
  };
  return walk(roots);
}

/** Document symbols, folding ranges and the 公文结构 outline, all from the cached heading outline. */
export class Symbols {
  constructor(
    private readonly session: Session,
    private readonly contexts: DocumentContexts,
    private readonly results: ResultsCache,
  ) {}

  register(): void {
    const { connection } = this.session;
    connection.onDocumentSymbol(
      request(this.session, async (params) => {
        const o = await this.outlineOf(params.textDocument?.uri);
        return o ? this.symbols(o.doc, o.roots) : [];
      }),
    );
    connection.onFoldingRanges(
      request(this.session, async (params) => {
        const o = await this.outlineOf(params.textDocument?.uri);
        return o ? this.folding(o.doc, o.headings) : [];
      }),
    );
    connection.onRequest(
      OutlineRequest,
      request(this.session, (params: OutlineParams, token) => this.outlineView(params, token)),
    );
  }

  private async outlineOf(uri: string | undefined) {
    const doc = this.session.documents.get(uri ?? '');
    if (!doc || refusal(this.session, doc)) return undefined;
    const ctx = await this.contexts.contextFor(doc);
    const outline = this.results.outline(doc, ctx);
    return { doc, ctx, roots: outline.roots, headings: outline.headings };
  }

  private symbols(doc: TextDocument, roots: readonly Heading[]): DocumentSymbol[] {
    const text = doc.getText();
    return mapTree<DocumentSymbol>(roots, (h, children) => ({
      name: `${h.marker}${titleOf(text, h)}` || h.marker || '（无标题）',
      detail:
        h.kind === 'legal'
          ? (LEGAL_LABEL[h.unit ?? ''] ?? '')
          : h.kind === 'markdown'
            ? `H${h.atxLevel ?? h.level}`
            : (LEVEL_LABEL[h.level] ?? ''),
      kind: h.kind === 'legal' ? SymbolKind.Namespace : SymbolKind.String,
      range: toRange(doc, h.start, sectionEnd(text, h)),
      selectionRange: toRange(doc, h.markerStart, Math.max(h.titleEnd, h.markerEnd)),
      children,
    }));
  }

  private folding(doc: TextDocument, headings: readonly Heading[]): FoldingRange[] {
    const text = doc.getText();
    const ranges: FoldingRange[] = [];
    for (const h of headings) {
      const startLine = doc.positionAt(h.start).line;
      const endLine = doc.positionAt(sectionEnd(text, h)).line;
      if (endLine > startLine) ranges.push({ startLine, endLine, kind: FoldingRangeKind.Region });
      if (ranges.length >= MAX_SYMBOLS) break;
    }
    return ranges;
  }

  private async outlineView(params: OutlineParams, token: CancellationToken): Promise<OutlineResult | null> {
    const o = await this.outlineOf(params?.uri);
    if (!o) return null;
    const { doc, ctx } = o;
    const problems = ctx.settings.enable ? (await this.results.problems(doc, ctx, token)).filter((p) => STRUCTURE_RULES.has(p.ruleId)) : [];
    const text = doc.getText();
    const nodes = mapTree<OutlineNodeDto>(o.roots, (h, children) => {
      const lineEnd = text.indexOf('\n', h.start);
      const headEnd = Math.max(h.titleEnd, h.markerEnd, lineEnd < 0 ? text.length : lineEnd);
      return {
        label: titleOf(text, h),
        marker: h.marker,
        level: h.level,
        range: toRange(doc, h.start, sectionEnd(text, h)),
        selectionRange: toRange(doc, h.markerStart, Math.max(h.titleEnd, h.markerEnd)),
        problems: startingIn(problems, h.start, headEnd).map((p) => ({ message: p.message, rule: p.ruleId, severity: p.severity })),
        children,
      };
    });
    return { version: doc.version, nodes };
  }
}
