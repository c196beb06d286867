/**
 * 公文预览: a webview beside the editor showing the document on GB/T 9704 pages (laid out by the server,
 * `gongwen/preview`), like the Markdown preview: updates as you type (debounced), scroll sync both ways,
 * a click on a line reveals it in the editor. The webview runs media/preview.js under a strict CSP.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PreviewRequest, type PreviewResult } from '../../../server/src/lsp/protocol';
import { previewHtml } from './html';

const DEBOUNCE_MS = 300;
/** After the preview moved the editor (or the reverse), ignore the echo for this long. */
const ECHO_MS = 400;

type FromWebview =
  | { type: 'ready' }
  | { type: 'scrolled'; line: number }
  | { type: 'jump'; line: number; offset?: number }
  | { type: 'fonts'; report: unknown };

class PreviewPanel {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private quietUntil = 0;
  private requested = 0;
  fonts: unknown;

  constructor(
    readonly uri: vscode.Uri,
    readonly panel: vscode.WebviewPanel,
    private readonly client: () => LanguageClient | undefined,
    private readonly t: (zh: string, en: string) => string,
  ) {}

  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), DEBOUNCE_MS);
  }

  async update(): Promise<void> {
    this.timer = undefined;
    const c = this.client();
    const seq = ++this.requested;
    if (!c) {
      this.post({ type: 'message', text: this.t('语言服务器尚未启动', 'The language server is not running') });
      return;
    }
    let result: PreviewResult | null;
    try {
      result = await c.sendRequest<PreviewResult | null>(PreviewRequest, { uri: this.uri.toString() });
    } catch (e) {
      // A newer version superseded this request: the next change schedules another.
      if (seq === this.requested) this.schedule();
      return void e;
    }
    if (seq !== this.requested) return;
    if (!result) this.post({ type: 'message', text: this.t('文档未打开或不受公文校对管理', 'The document is not open or not checked') });
    else this.post({ type: 'layout', result });
  }

  /** The editor scrolled: show the same source line at the top of the preview. */
  editorScrolled(line: number): void {
    if (Date.now() < this.quietUntil) return;
    this.post({ type: 'scrollTo', line });
  }

  async onMessage(m: FromWebview): Promise<void> {
    if (m.type === 'ready') return this.update();
    if (m.type === 'fonts') {
      this.fonts = m.report;
      return;
    }
    const editor = await this.editor(m.type === 'jump');
    if (!editor || typeof m.line !== 'number') return;
    const line = Math.max(0, Math.min(m.line, editor.document.lineCount - 1));
    this.quietUntil = Date.now() + ECHO_MS;
    const pos = new vscode.Position(line, 0);
    if (m.type === 'jump') {
      editor.selection = new vscode.Selection(pos, pos);
      editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    } else editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.AtTop);
  }

  /** The visible editor of the document; with `show`, opened (beside the preview) when none is visible. */
  private async editor(show: boolean): Promise<vscode.TextEditor | undefined> {
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.uri.toString());
    if (visible && !show) return visible;
    if (!visible && !show) return undefined;
    const doc = await vscode.workspace.openTextDocument(this.uri);
    return vscode.window.showTextDocument(doc, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
  }

  quietEcho(): void {
    this.quietUntil = Date.now() + ECHO_MS;
  }

  post(message: unknown): void {
    void this.panel.webview.postMessage(message);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
  }
}

/** The preview panels, one per document. */
export class PreviewManager {
  private readonly panels = new Map<string, PreviewPanel>();

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly client: () => LanguageClient | undefined,
    private readonly isOurs: (doc: vscode.TextDocument | undefined) => doc is vscode.TextDocument,
    private readonly t: (zh: string, en: string) => string,
  ) {}

  register(): vscode.Disposable {
    return vscode.Disposable.from(
      vscode.workspace.onDidChangeTextDocument((e) => this.panels.get(e.document.uri.toString())?.schedule()),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        const p = this.panels.get(e.textEditor.document.uri.toString());
        if (p && e.visibleRanges.length > 0) p.editorScrolled(e.visibleRanges[0].start.line);
      }),
      { dispose: () => this.panels.forEach((p) => p.panel.dispose()) },
    );
  }

  /** Refreshes every open preview (after a restart of the server). */
  refreshAll(): void {
    for (const p of this.panels.values()) p.schedule();
  }

  /** Font report of the preview of `uri` (tests: which faces were wanted and used). */
  fontsOf(uri: string): unknown {
    return this.panels.get(uri)?.fonts;
  }

  /** «公文预览» / «在侧边打开公文预览» (the commands are registered in extension.ts, which loads this file on first use). */
  async show(uri: vscode.Uri | undefined, toSide: boolean): Promise<void> {
    const { t } = this;
    const doc = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!this.isOurs(doc)) {
      void vscode.window.showInformationMessage(
        t('公文预览：请先打开一个公文、纯文本或 Markdown 文档', 'Gongwen preview: open a 公文, plain text or Markdown document first'),
      );
      return;
    }
    const key = doc.uri.toString();
    const column = toSide ? vscode.ViewColumn.Beside : (vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.One);
    const existing = this.panels.get(key);
    if (existing) {
      existing.panel.reveal(column, toSide);
      return;
    }
    const media = vscode.Uri.joinPath(this.context.extensionUri, 'media');
    const name = doc.uri.path.split('/').pop() || doc.uri.path;
    const panel = vscode.window.createWebviewPanel(
      'gongwen.preview',
      t(`预览 ${name}`, `Preview ${name}`),
      { viewColumn: column, preserveFocus: toSide },
      {
        enableScripts: true,
        localResourceRoots: [media],
        retainContextWhenHidden: true,
      },
    );
    panel.iconPath = vscode.Uri.joinPath(media, 'preview-icon.svg');
    panel.webview.html = previewHtml(panel.webview, media, t);
    const p = new PreviewPanel(doc.uri, panel, this.client, t);
    this.panels.set(key, p);
    panel.onDidDispose(() => {
      p.dispose();
      this.panels.delete(key);
    });
    panel.webview.onDidReceiveMessage((m: FromWebview) => void p.onMessage(m));
  }
}
