import type { CancellationToken, Hover, HoverParams } from 'vscode-languageserver';
import { ruleById } from '../core/index';
import { refusal } from './bounds';
import type { DocumentContexts } from './context';
import { ruleDocUri, toRange } from './convert';
import type { ResultsCache } from './results';
import { request, T, tr, type Session } from './session';

/**
 * The rule behind a diagnostic under the mouse, by its short name: «半角标点（no-half-width-punctuation）：
 * 中文语境中的半角标点应改为全角». VS Code shows it under the diagnostic's own hover.
 */
export function registerHover(session: Session, contexts: DocumentContexts, results: ResultsCache): void {
  session.connection.onHover(request(session, (params, token) => hover(session, contexts, results, params, token)));
}

async function hover(
  session: Session,
  contexts: DocumentContexts,
  results: ResultsCache,
  params: HoverParams,
  token: CancellationToken,
): Promise<Hover | null> {
  const doc = session.documents.get(params.textDocument?.uri);
  if (!doc || refusal(session, doc)) return null;
  const ctx = await contexts.contextFor(doc);
  if (!ctx.settings.enable) return null;
  const at = doc.offsetAt(params.position);
  const here = (await results.problems(doc, ctx, token)).filter((p) => p.start <= at && at <= p.end);
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const p of here) {
    const meta = ruleById.get(p.ruleId)?.meta;
    if (!meta || seen.has(p.ruleId)) continue;
    seen.add(p.ruleId);
    const help = tr(session, T.ruleHelp);
    lines.push(`**${tr(session, meta.name)}**（\`${meta.id}\`）：${tr(session, meta.description)} [${help}](${ruleDocUri(meta.id)})`);
    if (lines.length >= 3) break;
  }
  if (lines.length === 0) return null;
  const first = here[0];
  return { contents: { kind: 'markdown', value: lines.join('\n\n') }, range: toRange(doc, first.start, first.end) };
}
