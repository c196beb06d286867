import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { debounced } from './debounce';

export type IsOurs = (d: vscode.TextDocument | undefined) => d is vscode.TextDocument;

/**
 * The skeleton of the 公文校对 container's tree views (公文结构, 问题（按类别）): a TreeView over the active document,
 * reloaded (debounced) when the active editor changes and on the subclass's own events; a generation counter drops an
 * answer that a newer reload has overtaken; without a checked document (or before the server runs) the view says
 * «打开一份公文…». A subclass names its request and turns the answer into tree nodes.
 */
export abstract class DocumentTreeView<N, R> implements vscode.TreeDataProvider<N> {
  protected readonly emitter = new vscode.EventEmitter<N | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  protected view: vscode.TreeView<N> | undefined;
  private generation = 0;

  constructor(
    private readonly viewId: string,
    private readonly getClient: () => LanguageClient | undefined,
    private readonly isOurs: IsOurs,
  ) {}

  /** The gongwen/* request for a document's content (answered null when the document is not open or not checked). */
  protected abstract readonly method: string;
  /** The view's message while no checked document is active. */
  protected abstract noDocumentMessage(): string;
  /** Takes the server's answer (null after an error) for `editor`; sets the view's message and description. */
  protected abstract show(result: R | null, editor: vscode.TextEditor): void;
  /** Drops the content (no checked document). */
  protected abstract clear(): void;
  /** The subclass's own events and commands; `schedule(ms)` asks for a reload. */
  protected abstract listen(schedule: (delay: number) => void): vscode.Disposable[];
  /** Reload only while the view is visible (and again when it is shown). */
  protected readonly onlyWhenVisible: boolean = false;
  /** After the tree changed (e.g. follow the cursor). */
  protected reloaded(_editor: vscode.TextEditor): void {}

  abstract getTreeItem(node: N): vscode.TreeItem;
  abstract getChildren(node?: N): N[];

  register(): vscode.Disposable {
    this.view = vscode.window.createTreeView(this.viewId, { treeDataProvider: this, showCollapseAll: true });
    const reload = debounced(() => this.reload());
    const schedule = (delay: number) => reload.schedule(delay);
    schedule(0);
    return vscode.Disposable.from(
      this.view,
      this.view.onDidChangeVisibility((e) => this.onlyWhenVisible && e.visible && schedule(0)),
      vscode.window.onDidChangeActiveTextEditor(() => schedule(0)),
      ...this.listen(schedule),
      reload,
    );
  }

  private async reload(): Promise<void> {
    const gen = ++this.generation;
    const editor = vscode.window.activeTextEditor;
    const client = this.getClient();
    if (!this.view || (this.onlyWhenVisible && !this.view.visible)) return; // reloaded when shown
    if (!client || !this.isOurs(editor?.document)) {
      this.clear();
      this.view.message = this.noDocumentMessage();
      this.view.description = undefined;
      this.emitter.fire(undefined);
      return;
    }
    const uri = editor.document.uri.toString();
    const result = await client.sendRequest<R | null>(this.method, { uri }).catch(() => null);
    if (gen !== this.generation) return;
    this.show(result, editor);
    this.emitter.fire(undefined);
    this.reloaded(editor);
  }
}
