import { FoldingRangeKind, SymbolKind, type CancellationToken, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { allRules, type ElementModel, type Heading, type Problem } from '../core/index';
import { MAX_SYMBOLS, refusal } from './bounds';
import type { DocumentContexts } from './context';
import { toRange } from './convert';
import { elementName, elementParts, elementsResult, elementValue, firstLineEnd, rootsByPart } from './elements';
import {
  ElementsRequest,
  OutlineRequest,
  type ElementsParams,
  type ElementsResult,
  type OutlineNodeDto,
  type OutlineParams,
  type OutlineResult,
} from './protocol';
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

/** Symbols of a 公文's elements at the top level (the headings under 正文 and each 附件); a text that is no 公文 gets its heading tree. */
function withElements<T>(
  model: ElementModel,
  roots: readonly Heading[],
  headings: (roots: readonly Heading[]) => T[],
  element: (e: ElementModel['elements'][number], children: T[]) => T,
): T[] {
  if (model.form === 'none') return headings(roots);
  const byPart = rootsByPart(roots);
  return elementParts(model).map(({ element: e, part }) => element(e, part === undefined ? [] : headings(byPart.get(part) ?? [])));
}

/** Document symbols, folding ranges, the 公文结构 outline and gongwen/elements, all from the cached element model and outline. */
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
        return o ? this.symbols(o.doc, o.roots, o.elements) : [];
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
    connection.onRequest(
      ElementsRequest,
      request(this.session, async (params: ElementsParams): Promise<ElementsResult | null> => {
        const o = await this.outlineOf(params?.uri);
        return o ? elementsResult(o.doc, o.elements, this.session.locale) : null;
      }),
    );
  }

  private async outlineOf(uri: string | undefined) {
    const doc = this.session.documents.get(uri ?? '');
    if (!doc || refusal(this.session, doc)) return undefined;
    const ctx = await this.contexts.contextFor(doc);
    const { outline, elements } = this.results.structure(doc, ctx);
    return { doc, ctx, roots: outline.roots, headings: outline.headings, elements };
  }

  private symbols(doc: TextDocument, roots: readonly Heading[], model: ElementModel): DocumentSymbol[] {
    const text = doc.getText();
    const locale = this.session.locale;
    return withElements<DocumentSymbol>(
      model,
      roots,
      (rs) => this.headingSymbols(doc, text, rs),
      (e, children) => ({
        name: elementName(e, locale),
        detail: elementValue(text, e),
        kind: e.kind === 'body' || e.kind === 'attachment' ? SymbolKind.Module : SymbolKind.Field,
        range: toRange(doc, e.start, e.end),
        selectionRange: toRange(doc, e.start, firstLineEnd(text, e)),
        children,
      }),
    );
  }

  private headingSymbols(doc: TextDocument, text: string, roots: readonly Heading[]): DocumentSymbol[] {
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
    const all = ctx.settings.enable ? await this.results.problems(doc, ctx, token) : [];
    const problems = all.filter((p) => STRUCTURE_RULES.has(p.ruleId));
    const elementProblems = all.filter((p) => p.category === 'element');
    const text = doc.getText();
    const dto = (p: Problem) => ({ message: p.message, rule: p.ruleId, severity: p.severity });
    const nodes = withElements<OutlineNodeDto>(
      o.elements,
      o.roots,
      (rs) => this.headingNodes(doc, text, rs, problems),
      (e, children) => {
        const value = elementValue(text, e);
        const name = elementName(e, this.session.locale);
        // Element problems on the element's lines; 正文 and 附件 pages carry theirs on their first line only.
        const until = e.kind === 'body' || e.kind === 'attachment' ? firstLineEnd(text, e) : e.end;
        return {
          element: e.kind,
          label: value ? `${name}：${value}` : name,
          marker: '',
          level: 0,
          range: toRange(doc, e.start, e.end),
          selectionRange: toRange(doc, e.start, firstLineEnd(text, e)),
          problems: startingIn(elementProblems, e.start, until).map(dto),
          children,
        };
      },
    );
    return { version: doc.version, nodes };
  }

  private headingNodes(doc: TextDocument, text: string, roots: readonly Heading[], problems: readonly Problem[]): OutlineNodeDto[] {
    return mapTree<OutlineNodeDto>(roots, (h, children) => {
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
  }
}
