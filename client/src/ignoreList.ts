import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  IGNORE_COMMAND,
  IgnoreEditRequest,
  SECTION,
  SetIgnoredNotification,
  StatsRequest,
  type IgnoreCommandArgs,
  type IgnoreEditParams,
  type IgnoreEditResult,
  type IgnoreEntryDto,
  type StatsResult,
} from '../../server/src/lsp/protocol';
import { t } from './locale';

const STATE_KEY = 'gongwen.ignored';
const CONFIG_FILE = '.gongwenrc.json';

const same = (a: IgnoreEntryDto, b: IgnoreEntryDto) => a.rule === b.rule && a.text === b.text && (a.context ?? '') === (b.context ?? '');

/** Where an ignore is kept: a config file, or this workspace's state (no file at all). */
type Place = { kind: 'file'; uri: vscode.Uri } | { kind: 'state' };

/**
 * «忽略此问题» (plain text and .gongwen, issue 13 item 6): the finding is recorded outside the document — in the
 * `.gongwenrc.json` that applies (which the CLI honours too) or in the workspace state (sent to the server as
 * gongwen/setIgnored) — per `gongwen.ignoreStorage`. «清除忽略的问题…» and the «撤销» button take it back.
 */
export class IgnoreList {
  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly getClient: () => LanguageClient | undefined,
  ) {}

  /** The list kept in the workspace state (sent at every server start as initializationOptions.ignored). */
  stateEntries(): IgnoreEntryDto[] {
    return this.context.workspaceState.get<IgnoreEntryDto[]>(STATE_KEY, []);
  }

  register(): vscode.Disposable {
    return vscode.Disposable.from(
      vscode.commands.registerCommand(IGNORE_COMMAND, (args: IgnoreCommandArgs) => this.ignore(args)),
      vscode.commands.registerCommand('gongwen.clearIgnored', () => this.clear()),
    );
  }

  private async setState(entries: IgnoreEntryDto[]): Promise<void> {
    await this.context.workspaceState.update(STATE_KEY, entries);
    await this.getClient()?.sendNotification(SetIgnoredNotification, { entries });
  }

  private placeFor(args: IgnoreCommandArgs): Place {
    const uri = vscode.Uri.parse(args.uri);
    const storage = vscode.workspace.getConfiguration(SECTION, uri).get<string>('ignoreStorage', 'auto');
    if (storage === 'workspaceState') return { kind: 'state' };
    if (args.configFile) return { kind: 'file', uri: vscode.Uri.file(args.configFile) };
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (storage === 'configFile' && folder) return { kind: 'file', uri: vscode.Uri.joinPath(folder.uri, CONFIG_FILE) };
    return { kind: 'state' };
  }

  /** «忽略此问题», or for a grouped diagnostic «忽略本行全部 N 处…» (`args.entries`, one per finding). */
  private async ignore(args: IgnoreCommandArgs): Promise<void> {
    if (!args?.entry) return;
    const entries = args.entries?.length ? args.entries : [args.entry];
    const place = this.placeFor(args);
    const ok = await this.change(place, entries, []);
    if (!ok) return;
    const where =
      place.kind === 'file'
        ? vscode.workspace.asRelativePath(place.uri)
        : t('本工作区（未写入任何文件）', 'this workspace (no file written)');
    const undo = t('撤销', 'Undo');
    const what =
      entries.length > 1
        ? t(`本行全部“${args.ruleName}”问题`, `all "${args.ruleName}" problems on this line`)
        : t(`“${args.ruleName}”问题“${args.entry.text}”`, `the "${args.ruleName}" problem "${args.entry.text}"`);
    const pick = await vscode.window.showInformationMessage(
      t(`已忽略${what}，记在 ${where}。`, `Ignored ${what}, recorded in ${where}.`),
      undo,
    );
    if (pick === undo) await this.change(place, [], entries);
  }

  /** Adds and removes entries at `place`; false (with a message) when the config file cannot be changed. */
  private async change(place: Place, add: IgnoreEntryDto[], remove: IgnoreEntryDto[]): Promise<boolean> {
    if (place.kind === 'state') {
      const kept = this.stateEntries().filter((e) => !remove.some((r) => same(e, r)));
      await this.setState([...kept, ...add.filter((a) => !kept.some((e) => same(e, a)))]);
      return true;
    }
    try {
      await this.editFile(place.uri, { add, remove });
      return true;
    } catch (e) {
      void vscode.window.showErrorMessage(
        t(`公文校对：无法修改 ${place.uri.fsPath}：${String(e)}`, `Gongwen: cannot change ${place.uri.fsPath}: ${String(e)}`),
      );
      return false;
    }
  }

  /** The server computes the edit of the config text (comments and layout kept); applied and saved here (undoable in that file). */
  private async editFile(uri: vscode.Uri, change: Omit<IgnoreEditParams, 'text'>): Promise<IgnoreEntryDto[]> {
    const client = this.getClient();
    if (!client) throw new Error(t('语言服务器未运行', 'the language server is not running'));
    const exists = await vscode.workspace.fs.stat(uri).then(
      () => true,
      () => false,
    );
    const doc = exists ? await vscode.workspace.openTextDocument(uri) : undefined;
    // Unsaved edits of the user's stay unsaved (not saved along with ours); the edit is computed for this version only.
    const [version, dirty] = [doc?.version, doc?.isDirty ?? false];
    const result = await client.sendRequest<IgnoreEditResult>(IgnoreEditRequest, { text: doc?.getText() ?? '', ...change });
    if (result.edits.length === 0) return result.entries;
    if (doc && doc.version !== version) throw new Error(t('文件在修改期间被编辑，请重试', 'the file was edited meanwhile; try again'));
    const edit = new vscode.WorkspaceEdit();
    if (!doc) edit.createFile(uri, { ignoreIfExists: true });
    for (const e of result.edits) {
      const range = doc ? new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)) : new vscode.Range(0, 0, 0, 0);
      edit.replace(uri, range, e.newText);
    }
    if (!(await vscode.workspace.applyEdit(edit))) throw new Error(t('编辑被拒绝', 'the edit was refused'));
    if (!dirty) await (await vscode.workspace.openTextDocument(uri)).save();
    else
      void vscode.window.showInformationMessage(
        t(`已修改 ${uri.fsPath}（未保存，保存后生效）`, `Changed ${uri.fsPath} (unsaved; takes effect when saved)`),
      );
    return result.entries;
  }

  /** The config file that applies to the active document (from gongwen/stats), if any. */
  private async activeConfigFile(): Promise<vscode.Uri | undefined> {
    const editor = vscode.window.activeTextEditor;
    const client = this.getClient();
    if (!editor || !client) return undefined;
    const stats = await client.sendRequest<StatsResult | null>(StatsRequest, { uri: editor.document.uri.toString() }).catch(() => null);
    return stats && stats.configSource !== 'settings' ? vscode.Uri.file(stats.configSource) : undefined;
  }

  /** «清除忽略的问题…»: pick ignored findings (workspace state and the active document's config file) to check again. */
  private async clear(): Promise<void> {
    type Item = vscode.QuickPickItem & { entry: IgnoreEntryDto; place: Place };
    const items: Item[] = this.stateEntries().map((entry) => this.item(entry, { kind: 'state' }));
    const file = await this.activeConfigFile();
    if (file) {
      const entries = await this.editFile(file, {}).catch(() => [] as IgnoreEntryDto[]);
      items.push(...entries.map((entry) => this.item(entry, { kind: 'file', uri: file })));
    }
    if (items.length === 0) {
      void vscode.window.showInformationMessage(t('没有忽略的问题。', 'No problems are ignored.'));
      return;
    }
    const picked = await vscode.window.showQuickPick(items, {
      canPickMany: true,
      placeHolder: t(`选择要恢复检查的问题（共忽略 ${items.length} 个）`, `Pick the problems to check again (${items.length} ignored)`),
    });
    if (!picked?.length) return;
    const inState = picked.filter((i) => i.place.kind === 'state').map((i) => i.entry);
    if (inState.length) await this.change({ kind: 'state' }, [], inState);
    const inFile = picked.filter((i) => i.place.kind === 'file').map((i) => i.entry);
    if (inFile.length && file) await this.change({ kind: 'file', uri: file }, [], inFile);
    void vscode.window.showInformationMessage(t(`已恢复检查 ${picked.length} 个问题。`, `${picked.length} problem(s) are checked again.`));
  }

  private item(entry: IgnoreEntryDto, place: Place): vscode.QuickPickItem & { entry: IgnoreEntryDto; place: Place } {
    return {
      label: `“${entry.text}”  ${entry.rule}`,
      description: place.kind === 'file' ? vscode.workspace.asRelativePath(place.uri) : t('工作区', 'workspace'),
      detail: entry.context,
      entry,
      place,
    };
  }
}
