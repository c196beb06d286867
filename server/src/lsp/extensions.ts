import {
  CodeActionKind,
  CompletionItemKind,
  FoldingRangeKind,
  SymbolKind,
  type CodeAction,
  type CompletionItem,
  type Connection,
  type Diagnostic,
  type DocumentSymbol,
  type FoldingRange,
  type ServerCapabilities,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  allRules,
  convertScript,
  detectScript,
  diffToEdit,
  nextMarkerCompletion,
  parseOutline,
  renumberEdits,
  type Config,
  type Heading,
  type Locale,
  type Problem,
  type TextEdit,
} from '../core/index';
import { toLspEdit, toRange } from './convert';
import {
  ConvertScriptRequest,
  OutlineRequest,
  RenumberRequest,
  type ConvertScriptParams,
  type OutlineNodeDto,
  type OutlineParams,
  type OutlineResult,
  type RenumberParams,
  type StatsResult,
  type VersionedEditResult,
} from './protocol';
import type { DocContext } from './startServer';

/** What feature modules (outline, renumbering, script conversion) get from the server core. */
export interface ServerHost {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  locale(): Locale;
  contextFor(doc: TextDocument): Promise<DocContext>;
  getProblems(doc: TextDocument, ctx: DocContext, complete: boolean): Problem[];
  log(msg: string): void;
}

export interface ServerApi {
  readonly capabilities: Partial<ServerCapabilities>;
  stats?(text: string, config: Config): Partial<StatsResult>;
  /** Extra quick fixes for the diagnostics of a code-action request (e.g. renumbering). */
  codeActions?(doc: TextDocument, ctx: DocContext, diagnostics: Diagnostic[], problems: Problem[]): CodeAction[];
}

const SCRIPT_LABEL: Record<string, { zh: string; en: string }> = {
  simplified: { zh: '简体', en: 'Simplified' },
  traditional: { zh: '繁体（通用）', en: 'Traditional (OpenCC standard)' },
  tw: { zh: '繁体（台湾）', en: 'Traditional (Taiwan)' },
  hk: { zh: '繁体（香港）', en: 'Traditional (Hong Kong)' },
};
const LEVEL_LABEL = ['', '一级标题', '二级标题', '三级标题', '四级标题', '五级标题'];
const LEGAL_LABEL: Record<string, string> = { bian: '编', zhang: '章', jie: '节', tiao: '条' };
const STRUCTURE_RULES = new Set(allRules.filter((r) => r.meta.category === 'structure').map((r) => r.meta.id));
const MAX_OUTLINE_TEXT = 4_000_000;

function titleOf(doc: TextDocument, h: Heading): string {
  const t = doc.getText().slice(h.titleStart, h.titleEnd).trim();
  return t.length > 60 ? `${t.slice(0, 60)}…` : t;
}

/** End of a heading's section without its trailing blank lines. */
function sectionEnd(text: string, h: Heading): number {
  let e = h.sectionEnd;
  while (e > h.start && /\s/.test(text[e - 1])) e--;
  return Math.max(e, h.titleEnd, h.markerEnd);
}

/** Registers the feature handlers beyond diagnostics, code actions and formatting. */
export function registerExtensions(host: ServerHost): ServerApi {
  const { connection, documents } = host;
  const t = (zh: string, en: string) => (host.locale() === 'en' ? en : zh);

  async function outlineOf(doc: TextDocument) {
    if (doc.getText().length > MAX_OUTLINE_TEXT) return undefined;
    const ctx = await host.contextFor(doc);
    return { ctx, outline: parseOutline(doc.getText(), ctx.language, ctx.config.shared.structureMode) };
  }

  connection.onDocumentSymbol(async (params) => {
    const doc = documents.get(params.textDocument?.uri);
    const o = doc && (await outlineOf(doc));
    if (!doc || !o) return [];
    const text = doc.getText();
    const toSymbol = (h: Heading): DocumentSymbol => ({
      name: `${h.marker}${titleOf(doc, h)}` || h.marker || '（无标题）',
      detail: h.kind === 'legal' ? LEGAL_LABEL[h.unit ?? ''] ?? '' : h.kind === 'markdown' ? `H${h.atxLevel ?? h.level}` : LEVEL_LABEL[h.level] ?? '',
      kind: h.kind === 'legal' ? SymbolKind.Namespace : SymbolKind.String,
      range: toRange(doc, h.start, sectionEnd(text, h)),
      selectionRange: toRange(doc, h.markerStart, Math.max(h.titleEnd, h.markerEnd)),
      children: h.children.map(toSymbol),
    });
    return o.outline.roots.map(toSymbol);
  });

  connection.onFoldingRanges(async (params) => {
    const doc = documents.get(params.textDocument?.uri);
    const o = doc && (await outlineOf(doc));
    if (!doc || !o) return [];
    const text = doc.getText();
    const ranges: FoldingRange[] = [];
    for (const h of o.outline.headings) {
      const startLine = doc.positionAt(h.start).line;
      const endLine = doc.positionAt(sectionEnd(text, h)).line;
      if (endLine > startLine) ranges.push({ startLine, endLine, kind: FoldingRangeKind.Region });
    }
    return ranges;
  });

  connection.onCompletion(async (params): Promise<CompletionItem[]> => {
    const doc = documents.get(params.textDocument?.uri);
    if (!doc || !params.position) return [];
    const ctx = await host.contextFor(doc);
    const offset = doc.offsetAt(params.position);
    const items = nextMarkerCompletion(doc.getText(), offset, ctx.language, ctx.config.shared.structureMode);
    return items.map((c, i) => ({
      label: c.label,
      kind: CompletionItemKind.EnumMember,
      detail: t(
        c.relation === 'sibling' ? '下一个同级编号' : c.relation === 'child' ? '下一级的第一个编号' : '上一级的下一个编号',
        c.relation === 'sibling' ? 'next sibling number' : c.relation === 'child' ? 'first child number' : 'next number of a parent level',
      ),
      sortText: String(i).padStart(3, '0'),
      filterText: c.label,
      textEdit: { range: toRange(doc, c.start, c.end), newText: c.insertText },
    }));
  });

  connection.onRequest(OutlineRequest, async (params: OutlineParams): Promise<OutlineResult | null> => {
    const doc = documents.get(params?.uri);
    const o = doc && (await outlineOf(doc));
    if (!doc || !o) return null;
    const problems = o.ctx.settings.enable ? host.getProblems(doc, o.ctx, false).filter((p) => STRUCTURE_RULES.has(p.ruleId)) : [];
    const text = doc.getText();
    const toDto = (h: Heading): OutlineNodeDto => {
      const lineEnd = text.indexOf('\n', h.start);
      const headEnd = Math.max(h.titleEnd, h.markerEnd, lineEnd < 0 ? text.length : lineEnd);
      return {
        label: titleOf(doc, h),
        marker: h.marker,
        level: h.level,
        range: toRange(doc, h.start, sectionEnd(text, h)),
        selectionRange: toRange(doc, h.markerStart, Math.max(h.titleEnd, h.markerEnd)),
        problems: problems.filter((p) => p.start >= h.start && p.start <= headEnd).map((p) => ({ message: p.message, rule: p.ruleId, severity: p.severity })),
        children: h.children.map(toDto),
      };
    };
    return { version: doc.version, nodes: o.outline.roots.map(toDto) };
  });

  async function renumber(doc: TextDocument, scope: 'document' | 'siblings', offset: number): Promise<VersionedEditResult> {
    const ctx = await host.contextFor(doc);
    const edits = renumberEdits(doc.getText(), scope === 'document' ? { scope } : { scope, offset }, ctx.language, ctx.config.shared.structureMode);
    return {
      uri: doc.uri,
      version: doc.version,
      edits: edits.map((e) => toLspEdit(doc, e)),
      summary: edits.length ? t(`将修改 ${edits.length} 处编号`, `${edits.length} numbers will change`) : t('编号已连续，无需修改', 'Numbering is already in sequence'),
    };
  }

  connection.onRequest(RenumberRequest, async (params: RenumberParams): Promise<VersionedEditResult | null> => {
    const doc = documents.get(params?.uri);
    if (!doc) return null;
    const offset = params.position ? doc.offsetAt(params.position) : 0;
    return renumber(doc, params.scope === 'siblings' ? 'siblings' : 'document', offset);
  });

  connection.onRequest(ConvertScriptRequest, async (params: ConvertScriptParams): Promise<VersionedEditResult | null> => {
    const doc = documents.get(params?.uri);
    if (!doc || !['simplified', 'tw', 'hk', 'traditional'].includes(params.to)) return null;
    const text = doc.getText();
    const start = params.range ? doc.offsetAt(params.range.start) : 0;
    const end = params.range ? doc.offsetAt(params.range.end) : text.length;
    const before = text.slice(start, end);
    const after = convertScript(before, params.to);
    // One edit per changed run (so the preview lists each change); a length change falls back to one edit.
    const runs: TextEdit[] = [];
    let changed = 0;
    if (before.length === after.length) {
      for (let i = 0; i < before.length; i++) {
        if (before[i] === after[i]) continue;
        // A run of changed characters; a single unchanged character between two changes joins them (發展質量 → one edit).
        let j = i + 1;
        while (j < before.length && (before[j] !== after[j] || (j + 1 < before.length && before[j + 1] !== after[j + 1]))) j++;
        for (let k = i; k < j; k++) if (before[k] !== after[k]) changed++;
        runs.push({ start: start + i, end: start + j, newText: after.slice(i, j) });
        i = j;
      }
    } else {
      const e = diffToEdit(before, after);
      if (e) runs.push({ start: start + e.start, end: start + e.end, newText: e.newText });
      changed = Math.abs(before.length - after.length) + 1;
    }
    const label = SCRIPT_LABEL[params.to][host.locale()];
    return {
      uri: doc.uri,
      version: doc.version,
      edits: runs.map((r) => toLspEdit(doc, r)),
      summary: runs.length ? t(`转换为${label}：将改动 ${changed} 个字。`, `Convert to ${label}: ${changed} characters will change.`) : t(`已经是${label}，无需转换。`, `Already ${label}; nothing to convert.`),
    };
  });

  return {
    capabilities: {
      documentSymbolProvider: { label: '公文结构' },
      foldingRangeProvider: true,
      completionProvider: { triggerCharacters: ['（', '(', '第'], resolveProvider: false },
    },
    stats(text) {
      const d = detectScript(text);
      return { script: { script: d.script, label: SCRIPT_LABEL[d.script]?.[host.locale()] ?? d.script, confidence: d.confidence } };
    },
    codeActions(doc, _ctx, diagnostics, problems) {
      const actions: CodeAction[] = [];
      const seq = diagnostics.find((d) => typeof d.code === 'string' && STRUCTURE_RULES.has(d.code) && problems.some((p) => p.ruleId === d.code && p.start === doc.offsetAt(d.range.start)));
      if (!seq) return actions;
      const text = doc.getText();
      const ctx = _ctx;
      const offset = doc.offsetAt(seq.range.start);
      for (const scope of ['siblings', 'document'] as const) {
        const edits = renumberEdits(text, scope === 'document' ? { scope } : { scope, offset }, ctx.language, ctx.config.shared.structureMode);
        if (edits.length === 0) continue;
        actions.push({
          title: scope === 'siblings' ? t('重新编号（本级）', 'Renumber this level') : t('重新编号（全文）', 'Renumber the whole document'),
          kind: CodeActionKind.QuickFix,
          diagnostics: [seq],
          edit: { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: edits.map((e) => toLspEdit(doc, e)) }] },
        });
      }
      return actions;
    },
  };
}
