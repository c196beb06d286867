import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { StatsRequest, type StatsResult } from '../../server/src/lsp/protocol';
import { t } from './locale';

/**
 * The status bar item: «公文 N  字数 M» for the active document. While the server starts it shows progress.
 * On switching editors (issue 13 item 9) it never shows the previous document's counts: as soon as the extension hears
 * of the switch — from the tab model, which VS Code updates before the editor and its document are ready — it shows the
 * new document's last counts if its text has not changed since, else «公文校对：正在检查…» (or hides for other files).
 */
export class StatusBar {
  private readonly item = vscode.window.createStatusBarItem('gongwen.status', vscode.StatusBarAlignment.Right, 100);
  private timer: NodeJS.Timeout | undefined;
  private generation = 0;
  private isStarting = false;
  /** The document whose counts (or «正在检查…») the item shows. */
  private shown: string | undefined;
  /** The last counts of each open document, with the version they are for. */
  private readonly cache = new Map<string, { version: number; stats: StatsResult }>();

  constructor(
    private readonly getClient: () => LanguageClient | undefined,
    private readonly isOurs: (d: vscode.TextDocument | undefined) => d is vscode.TextDocument,
  ) {
    this.item.name = t('公文校对', 'Gongwen');
    this.item.command = 'workbench.actions.view.problems';
  }

  register(): vscode.Disposable {
    return vscode.Disposable.from(
      this.item,
      vscode.window.tabGroups.onDidChangeTabs(() => this.tabSwitched()),
      vscode.window.tabGroups.onDidChangeTabGroups(() => this.tabSwitched()),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        // Between two editors VS Code may report none for a moment: the active tab then says which document it is
        // (hiding the item would cancel the counts just shown for it).
        this.switched(editor?.document.uri ?? this.activeTabUri());
        this.schedule(0);
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        // New findings for a background document (a settings or config file change, an ignore): its last counts are out
        // of date. The active document's are renewed by the update this schedules.
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        for (const uri of e.uris) if (uri.toString() !== active) this.cache.delete(uri.toString());
        this.schedule();
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.schedule();
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.cache.delete(d.uri.toString())),
      { dispose: () => clearTimeout(this.timer) },
    );
  }

  /** «正在启动…» while the language server starts (or restarts), when the active document is one that is checked. */
  starting(): void {
    this.generation++;
    this.isStarting = true;
    this.cache.clear();
    this.shown = undefined;
    this.showStarting(this.documentOf(this.activeTabUri() ?? vscode.window.activeTextEditor?.document.uri));
  }

  /** «正在启动…» for a checked document; nothing for other files (the extension also starts with windows without any). */
  private showStarting(doc: vscode.TextDocument | undefined): void {
    if (!this.isOurs(doc)) {
      this.item.hide();
      return;
    }
    this.item.text = `$(sync~spin) ${t('公文校对：正在启动…', 'Gongwen: starting…')}`;
    this.item.tooltip = t('公文校对：语言服务器正在启动…', 'Gongwen: the language server is starting…');
    this.item.show();
  }

  private documentOf(uri: vscode.Uri | undefined): vscode.TextDocument | undefined {
    const key = uri?.toString();
    return key === undefined ? undefined : vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
  }

  /** The document of the active tab, when it is a text editor's. */
  private activeTabUri(): vscode.Uri | undefined {
    const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
    return input instanceof vscode.TabInputText ? input.uri : undefined;
  }

  /** The active tab changed (VS Code may tell the tab model before the editor). */
  private tabSwitched(): void {
    const uri = this.activeTabUri();
    if (uri) this.switched(uri);
  }

  /**
   * Another document is active (or about to be): drop the previous document's counts at once. Shows the new document's
   * last counts when its text has not changed since, else «正在检查…»; hides for a document that is not checked, or
   * not open yet (the editor event follows). `undefined`: no text tab is active (a webview, the settings…).
   */
  private switched(uri: vscode.Uri | undefined): void {
    const key = uri?.toString();
    if (this.isStarting) {
      this.showStarting(this.documentOf(uri));
      return;
    }
    if (key === this.shown && key !== undefined) return;
    this.generation++;
    this.shown = key;
    const doc = this.documentOf(uri);
    const cached = key === undefined ? undefined : this.cache.get(key);
    if (!this.isOurs(doc)) this.item.hide();
    else if (cached && cached.version === doc.version) this.show(cached.stats);
    else {
      this.item.text = `$(sync~spin) ${t('公文校对：正在检查…', 'Gongwen: checking…')}`;
      this.item.tooltip = t('公文校对：正在检查此文档…', 'Gongwen: checking this document…');
      this.item.show();
    }
  }

  schedule(delay = 300): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delay);
  }

  private async update(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const client = this.getClient();
    if (!client) return; // still starting («正在启动…» stays), or stopped
    this.isStarting = false;
    this.shown = editor?.document.uri.toString();
    if (!this.isOurs(editor?.document)) {
      this.item.hide();
      return;
    }
    const gen = ++this.generation;
    const { document } = editor;
    const version = document.version;
    let stats: StatsResult | null = null;
    try {
      stats = await client.sendRequest<StatsResult | null>(StatsRequest, { uri: document.uri.toString() });
    } catch {
      stats = null;
    }
    if (gen !== this.generation || !stats || editor !== vscode.window.activeTextEditor) return;
    // The counts are for `version` unless the text changed during the request (then the next update follows).
    if (document.version === version) this.cache.set(document.uri.toString(), { version, stats });
    this.show(stats);
  }

  private show(stats: StatsResult): void {
    const problems = stats.errors + stats.warnings + stats.infos + stats.hints;
    const icon = stats.errors ? '$(error)' : stats.warnings ? '$(warning)' : problems ? '$(info)' : '$(check)';
    this.item.text = `${icon} ${t('公文', 'Gongwen')} ${problems}  ${t('字数', 'Chars')} ${stats.hanCount}`;
    const source = stats.configSource === 'settings' ? t('VS Code 设置', 'VS Code settings') : stats.configSource;
    const lines = [
      t(
        `公文校对：${stats.errors} 个错误，${stats.warnings} 个警告，${stats.infos + stats.hints} 个提示`,
        `Gongwen: ${stats.errors} errors, ${stats.warnings} warnings, ${stats.infos + stats.hints} infos`,
      ),
      stats.fixable
        ? t(
            `可修复：${stats.fixable} 个（其中 ${stats.safeFixable ?? 0} 个可一键修复：修复所有可自动修复的问题）`,
            `Fixable: ${stats.fixable} (${stats.safeFixable ?? 0} by Fix all auto-fixable problems)`,
          )
        : '',
      t(`字数（汉字）：${stats.hanCount}`, `Han characters: ${stats.hanCount}`),
      stats.script ? t(`文档字体判断：${stats.script.label}`, `Script: ${stats.script.label}`) : '',
      t(`配置来源：${source}`, `Configuration: ${source}`),
    ].filter(Boolean);
    this.item.tooltip = lines.join('\n');
    this.item.show();
  }
}
