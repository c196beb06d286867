import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ProblemsRequest, type ProblemsResult, type Rng } from '../../server/src/lsp/protocol';
import { t } from './locale';
import { DocumentTreeView, type IsOurs } from './treeView';

type Category = ProblemsResult['categories'][number];
type RuleGroup = Category['rules'][number];
type Finding = RuleGroup['problems'][number];

type Node =
  | { readonly kind: 'category'; readonly category: Category }
  | { readonly kind: 'rule'; readonly rule: RuleGroup }
  | { readonly kind: 'problem'; readonly problem: Finding };

const ICON: Record<string, [string, string]> = {
  error: ['error', 'errorForeground'],
  warning: ['warning', 'editorWarning.foreground'],
  info: ['info', 'editorInfo.foreground'],
  hint: ['lightbulb', 'editorHint.foreground'],
};
const count = (c: Category) => c.rules.reduce((n, r) => n + r.problems.length, 0);

/**
 * «问题（按类别）»: the active document's findings by category, then rule (short name), then place — every finding,
 * also those the Problems panel shows grouped (lsp/grouping.ts). Click a place to move the cursor there.
 */
export class ProblemsView extends DocumentTreeView<Node, ProblemsResult> {
  protected readonly method = ProblemsRequest;
  protected override readonly onlyWhenVisible = true;
  private result: ProblemsResult | null = null;
  private uri: vscode.Uri | undefined;

  constructor(getClient: () => LanguageClient | undefined, isOurs: IsOurs) {
    super('gongwen.problems', getClient, isOurs);
  }

  protected listen(schedule: (delay: number) => void): vscode.Disposable[] {
    return [
      vscode.languages.onDidChangeDiagnostics(() => schedule(300)),
      vscode.commands.registerCommand('gongwen.problems.reveal', (range: Rng) => this.open(range)),
      vscode.commands.registerCommand('gongwen.problems.refresh', () => schedule(0)),
    ];
  }

  protected noDocumentMessage(): string {
    return t('打开一份公文以按类别查看其问题。', 'Open a document to see its problems by category.');
  }

  protected clear(): void {
    this.result = null;
    this.uri = undefined;
  }

  protected show(result: ProblemsResult | null, editor: vscode.TextEditor): void {
    this.result = result;
    this.uri = editor.document.uri;
    const total = (result?.categories ?? []).reduce((n, c) => n + count(c), 0);
    if (!this.view) return;
    this.view.message = total ? undefined : t('此文档没有发现问题。', 'No problems found in this document.');
    this.view.description = total ? String(total) : undefined;
  }

  private async open(range: Rng): Promise<void> {
    if (!this.uri) return;
    const editor = await vscode.window.showTextDocument(this.uri, { preserveFocus: false });
    const start = new vscode.Position(range.start.line, range.start.character);
    const end = new vscode.Position(range.end.line, range.end.character);
    editor.selection = new vscode.Selection(start, end);
    editor.revealRange(new vscode.Range(start, end), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'category') {
      const item = new vscode.TreeItem(node.category.label, vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(count(node.category));
      item.iconPath = new vscode.ThemeIcon('folder');
      return item;
    }
    if (node.kind === 'rule') {
      const item = new vscode.TreeItem(node.rule.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = `${node.rule.problems.length}  ${node.rule.rule}`;
      item.tooltip = node.rule.rule;
      return item;
    }
    const p = node.problem;
    const item = new vscode.TreeItem(p.message, vscode.TreeItemCollapsibleState.None);
    item.description = t(`第 ${p.range.start.line + 1} 行`, `line ${p.range.start.line + 1}`);
    const [icon, color] = ICON[p.severity] ?? ICON.info;
    item.iconPath = new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
    item.command = { command: 'gongwen.problems.reveal', title: t('跳转', 'Go to'), arguments: [p.range] };
    return item;
  }

  getChildren(node?: Node): Node[] {
    if (!node) return (this.result?.categories ?? []).map((category) => ({ kind: 'category', category }));
    if (node.kind === 'category') return node.category.rules.map((rule) => ({ kind: 'rule', rule }));
    if (node.kind === 'rule') return node.rule.problems.map((problem) => ({ kind: 'problem', problem }));
    return [];
  }
}
