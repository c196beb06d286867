import type { CancellationToken } from 'vscode-languageserver';
import { parseElements } from '../core/elements/index';
import { FACES } from '../core/layout/spec';
import { refusal } from './bounds';
import type { DocumentContexts } from './context';
import { PreviewRequest, TemplatesRequest, type PreviewParams, type PreviewResult, type TemplateDto } from './protocol';
import type { ResultsCache } from './results';
import { request, type Session } from './session';

/** gongwen/preview: the current version laid out on GB/T 9704 pages, with the findings to mark; gongwen/templates. */
export function registerPreview(session: Session, contexts: DocumentContexts, results: ResultsCache): void {
  session.connection.onRequest(
    TemplatesRequest,
    request(session, async (): Promise<TemplateDto[]> => {
      // Templates and pagination are loaded on first use, not at startup (issue 14; lsp/heavy.ts).
      const { TEMPLATES, templateSnippet } = await import('./heavy.js');
      return TEMPLATES.map((t) => ({ id: t.id, label: t.label, description: t.description, snippet: templateSnippet(t) }));
    }),
  );
  session.connection.onRequest(
    PreviewRequest,
    request(session, (params: PreviewParams, token: CancellationToken) => preview(session, contexts, results, params, token)),
  );
}

async function preview(
  session: Session,
  contexts: DocumentContexts,
  results: ResultsCache,
  params: PreviewParams,
  token: CancellationToken,
): Promise<PreviewResult | null> {
  const doc = session.documents.get(params?.uri ?? '');
  if (!doc) return null;
  const { version } = doc;
  const why = refusal(session, doc);
  if (why) return { version, refused: why };
  const ctx = await contexts.contextFor(doc);
  const text = doc.getText();
  const problems = ctx.settings.enable ? await results.problems(doc, ctx, token, version) : [];
  const outline = results.outline(doc, ctx);
  const { layoutDocument } = await import('./heavy.js');
  const laid = layoutDocument({
    text,
    elements: parseElements(text, ctx.language),
    outline,
    marks: problems.map((p) => ({ start: p.start, end: p.end, message: p.message, severity: p.severity, rule: p.ruleId })),
  });
  if ('refused' in laid) return { version, refused: laid.message[session.locale] };
  const { spec } = laid;
  return {
    version,
    form: laid.form,
    pages: laid.pages.map((p) => ({ ...p, lines: p.lines.map((l) => ({ ...l, segs: [...l.segs] })), rules: [...p.rules] })),
    marks: laid.marks.map((m) => ({ message: m.message, severity: m.severity, rule: m.rule ?? '' })),
    spec: {
      page: spec.page,
      typeArea: spec.typeArea,
      margins: spec.margins,
      grid: spec.grid,
      roles: spec.roles,
      red: spec.red,
      pageNumber: { belowTypeAreaMm: spec.pageNumber.belowTypeAreaMm },
    },
    faces: Object.fromEntries(
      Object.entries(FACES).map(([k, f]) => [k, { label: f.label, cssStack: f.cssStack, standardNames: f.standardNames }]),
    ),
  };
}
