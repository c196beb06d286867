import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { OutlineRequest, type OutlineNodeDto, type OutlineResult } from '../../server/src/lsp/protocol';
import { uiLocale } from './locale';
import { DocumentTreeView, type IsOurs } from './treeView';

const zh = () => uiLocale() !== 'en';

interface Node {
  readonly dto: OutlineNodeDto;
  readonly parent: Node | undefined;
  readonly children: Node[];
}

/**
 * The «公文结构» tree in the 公文校对 view container (activity bar): from the server (gongwen/outline, the same model as
 * documentSymbol) — for a 公文 its elements (标题, 主送机关, 正文, 附件…) with the heading tree under 正文 and each 附件,
 * else the heading tree; numbering and element problems marked on their nodes, click to navigate, follows the cursor.
 */
export class StructureView extends DocumentTreeView<Node, OutlineResult> {
  protected readonly method = OutlineRequest;
  private roots: Node[] = [];
  private uri: string | undefined;

  constructor(getClient: () => LanguageClient | undefined, isOurs: IsOurs) {
    super('gongwen.structure', getClient, isOurs);
  }

  protected listen(schedule: (delay: number) => void): vscode.Disposable[] {
    return [
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) schedule(400);
      }),
      vscode.languages.onDidChangeDiagnostics(() => schedule(400)),
      vscode.window.onDidChangeTextEditorSelection((e) => this.follow(e.textEditor)),
      vscode.commands.registerCommand('gongwen.structure.reveal', (node: Node) => this.open(node)),
      vscode.commands.registerCommand('gongwen.structure.refresh', () => schedule(0)),
    ];
  }

  protected noDocumentMessage(): string {
    return zh() ? '打开一份公文以查看其层次结构。' : 'Open a document to see its heading structure.';
  }

  protected clear(): void {
    this.roots = [];
    this.uri = undefined;
  }

  protected show(result: OutlineResult | null, editor: vscode.TextEditor): void {
    const build = (dto: OutlineNodeDto, parent: Node | undefined): Node => {
      const node: Node = { dto, parent, children: [] };
      node.children.push(...dto.children.map((c) => build(c, node)));
      return node;
    };
    this.roots = (result?.nodes ?? []).map((n) => build(n, undefined));
    this.uri = editor.document.uri.toString();
    if (this.view)
      this.view.message = this.roots.length
        ? undefined
        : zh()
          ? '此文档中没有识别到层级标题（一、（一）1.（1））。'
          : 'No headings (一、（一）1.（1）) found in this document.';
  }

  protected override reloaded(editor: vscode.TextEditor): void {
    this.follow(editor);
  }

  private follow(editor: vscode.TextEditor): void {
    if (!this.view?.visible || editor.document.uri.toString() !== this.uri) return;
    const line = editor.selection.active.line;
    let best: Node | undefined;
    const visit = (nodes: Node[]) => {
      for (const n of nodes) {
        if (n.dto.range.start.line <= line && line <= n.dto.range.end.line) {
          best = n;
          visit(n.children);
          return;
        }
      }
    };
    visit(this.roots);
    if (best && !this.view.selection.includes(best)) void this.view.reveal(best, { select: true, focus: false, expand: false });
  }

  private async open(node: Node): Promise<void> {
    if (!this.uri) return;
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(this.uri));
    const editor = await vscode.window.showTextDocument(doc, { preserveFocus: false });
    const p = new vscode.Position(node.dto.selectionRange.start.line, node.dto.selectionRange.start.character);
    editor.selection = new vscode.Selection(p, p);
    editor.revealRange(new vscode.Range(p, p), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const item = new vscode.TreeItem(
      `${node.dto.marker}${node.dto.label}`,
      node.children.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None,
    );
    const problems = node.dto.problems;
    if (problems.length) {
      const worst = problems.some((p) => p.severity === 'error')
        ? 'error'
        : problems.some((p) => p.severity === 'warning')
          ? 'warning'
          : 'info';
      item.iconPath = new vscode.ThemeIcon(
        worst,
        new vscode.ThemeColor(
          worst === 'error' ? 'errorForeground' : worst === 'warning' ? 'editorWarning.foreground' : 'editorInfo.foreground',
        ),
      );
      item.description = problems[0].message;
      item.tooltip = problems.map((p) => `${p.message} (${p.rule})`).join('\n');
    } else {
      const kind = node.dto.element;
      item.iconPath = new vscode.ThemeIcon(
        kind === undefined ? 'symbol-string' : kind === 'body' || kind === 'attachment' ? 'symbol-namespace' : 'symbol-field',
      );
      item.tooltip = `${node.dto.marker}${node.dto.label}`;
    }
    item.command = { command: 'gongwen.structure.reveal', title: zh() ? '跳转' : 'Go to', arguments: [node] };
    return item;
  }

  getChildren(node?: Node): Node[] {
    return node ? node.children : this.roots;
  }

  getParent(node: Node): Node | undefined {
    return node.parent;
  }
}
