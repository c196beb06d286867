import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { StatsRequest, type StatsResult } from '../../server/src/lsp/protocol';
import { t } from './locale';

/**
 * The status bar item: «公文 N  字数 M» for the active document. While the server starts it shows progress;
 * on switching editors it shows «公文 …» at once, never the previous document's counts.
 */
export class StatusBar {
  private readonly item = vscode.window.createStatusBarItem('gongwen.status', vscode.StatusBarAlignment.Right, 100);
  private timer: NodeJS.Timeout | undefined;
  private generation = 0;

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
      vscode.window.onDidChangeActiveTextEditor(() => {
        this.pending();
        this.schedule(0);
      }),
      vscode.languages.onDidChangeDiagnostics(() => this.schedule()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.schedule();
      }),
      { dispose: () => clearTimeout(this.timer) },
    );
  }

  /** Shown while the language server starts (or restarts). */
  starting(): void {
    this.generation++;
    this.item.text = `$(sync~spin) ${t('公文校对：正在启动…', 'Gongwen: starting…')}`;
    this.item.tooltip = t('公文校对：语言服务器正在启动…', 'Gongwen: the language server is starting…');
    this.item.show();
  }

  /** No counts yet for the active document: drop the previous document's at once. */
  private pending(): void {
    this.generation++;
    if (!this.isOurs(vscode.window.activeTextEditor?.document)) {
      this.item.hide();
      return;
    }
    this.item.text = `$(sync~spin) ${t('公文', 'Gongwen')} …`;
    this.item.tooltip = t('公文校对：正在检查…', 'Gongwen: checking…');
  }

  schedule(delay = 300): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delay);
  }

  private async update(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const client = this.getClient();
    if (!client || !this.isOurs(editor?.document)) {
      this.item.hide();
      return;
    }
    const gen = ++this.generation;
    let stats: StatsResult | null = null;
    try {
      stats = await client.sendRequest<StatsResult | null>(StatsRequest, { uri: editor.document.uri.toString() });
    } catch {
      stats = null;
    }
    if (gen !== this.generation || !stats || editor !== vscode.window.activeTextEditor) return;
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
