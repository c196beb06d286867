import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver';
import { nextMarkerCompletion } from '../core/index';
import { refusal } from './bounds';
import type { DocumentContexts } from './context';
import { toRange } from './convert';
import { request, type Session } from './session';

const RELATION = {
  sibling: { zh: '下一个同级编号', en: 'next sibling number' },
  child: { zh: '下一级的第一个编号', en: 'first child number' },
  parent: { zh: '上一级的下一个编号', en: 'next number of a parent level' },
} as const;

/** Completion of the next heading marker after （, ( or 第. */
export function registerCompletion(session: Session, contexts: DocumentContexts): void {
  session.connection.onCompletion(
    request(session, async (params): Promise<CompletionItem[]> => {
      const doc = session.documents.get(params.textDocument?.uri);
      if (!doc || !params.position || refusal(session, doc)) return [];
      const ctx = await contexts.contextFor(doc);
      const items = nextMarkerCompletion(doc.getText(), doc.offsetAt(params.position), ctx.language, ctx.config.shared.structureMode);
      return items.map((c, i) => ({
        label: c.label,
        kind: CompletionItemKind.EnumMember,
        detail: RELATION[c.relation][session.locale],
        sortText: String(i).padStart(3, '0'),
        filterText: c.label,
        textEdit: { range: toRange(doc, c.start, c.end), newText: c.insertText },
      }));
    }),
  );
}
