/**
 * gongwen/exportDocx and gongwen/importDocx: the language server does the Word work for the client's
 * 「导出为 Word」 and 「从 Word 导入」 commands (the client stays thin: it only picks files and shows text).
 */
import { readRegularFile, writeOutputFile } from '../node/safeFs';
import { refusal } from './bounds';
import type { DocumentContexts } from './context';
import { ExportDocxRequest, ImportDocxRequest, type DocxResult, type ExportDocxParams, type ImportDocxParams } from './protocol';
import { request, type Session } from './session';

export class DocxRequests {
  constructor(
    private readonly session: Session,
    private readonly contexts: DocumentContexts,
  ) {}

  register(): void {
    const { connection } = this.session;
    connection.onRequest(
      ExportDocxRequest,
      request(this.session, (p: ExportDocxParams) => this.export(p)),
    );
    connection.onRequest(
      ImportDocxRequest,
      request(this.session, (p: ImportDocxParams) => this.import(p)),
    );
  }

  private t(zh: string, en: string): string {
    return this.session.locale === 'en' ? en : zh;
  }

  private async export(p: ExportDocxParams): Promise<DocxResult> {
    const doc = this.session.documents.get(p?.uri);
    if (!doc || typeof p.target !== 'string') return { ok: false, message: this.t('没有可导出的文档', 'No document to export') };
    const refused = refusal(this.session, doc);
    if (refused) return { ok: false, message: refused };
    const ctx = await this.contexts.contextFor(doc);
    const { exportDocx } = await import('./heavy.js'); // loaded on first use (lsp/heavy.ts)
    const bytes = await exportDocx(doc.getText(), { config: ctx.config, language: ctx.language });
    const w = writeOutputFile(p.target, bytes);
    if (!w.ok) return { ok: false, message: this.t(`无法写入 ${p.target}：${w.message.zh}`, `Cannot write ${p.target}: ${w.message.en}`) };
    return { ok: true, message: this.t(`已导出为 Word：${p.target}`, `Exported to Word: ${p.target}`) };
  }

  private async import(p: ImportDocxParams): Promise<DocxResult> {
    const { importDocx, DocxError, MAX_DOCX_BYTES } = await import('./heavy.js'); // loaded on first use (lsp/heavy.ts)
    const path = typeof p?.path === 'string' ? p.path : '';
    const r = readRegularFile(path, MAX_DOCX_BYTES);
    if (r.kind === 'too-large')
      return {
        ok: false,
        message: this.t(`文件过大（上限 ${MAX_DOCX_BYTES / 1048576} MB）`, `The file is too large (limit ${MAX_DOCX_BYTES / 1048576} MB)`),
      };
    if (r.kind === 'error')
      return { ok: false, message: this.t(`无法读取 ${path}：${r.message.zh}`, `Cannot read ${path}: ${r.message.en}`) };
    try {
      return { ok: true, text: `${importDocx(r.bytes)}\n`, message: '' };
    } catch (e) {
      if (!(e instanceof DocxError)) throw e;
      return { ok: false, message: this.t(`无法导入 ${path}：${e.text.zh}`, `Cannot import ${path}: ${e.text.en}`) };
    }
  }
}
