import * as path from 'node:path';
import * as vscode from 'vscode';
import { t } from './locale';

/** The link a diagnostic's rule code opens: our command, which shows the rule page rendered (not an editable, linted tab). */
export function ruleHelpCommand(ruleId: string): vscode.Uri {
  return vscode.Uri.parse(`command:gongwen.showRuleHelp?${encodeURIComponent(JSON.stringify([ruleId]))}`);
}

/** The server's hover links the rule page by file URI (for every editor); in VS Code it opens the rendered page instead. */
export function relinkHover(md: vscode.MarkdownString): vscode.MarkdownString {
  const value = md.value.replace(
    /\]\((file:[^)\s]*\/docs\/rules\/([a-z0-9-]+)\.md)\)/g,
    (_m, _uri: string, id: string) => `](${ruleHelpCommand(id).toString()})`,
  );
  const out = new vscode.MarkdownString(value);
  out.isTrusted = { enabledCommands: ['gongwen.showRuleHelp'] };
  return out;
}

/** Opens docs/rules/<id>.md of the installed extension in the Markdown preview. */
export async function showRuleHelp(context: vscode.ExtensionContext, id: unknown): Promise<void> {
  if (typeof id !== 'string' || !/^[a-z][a-z0-9-]*$/.test(id)) return;
  const file = vscode.Uri.file(context.asAbsolutePath(path.join('docs', 'rules', `${id}.md`)));
  try {
    await vscode.workspace.fs.stat(file);
  } catch {
    void vscode.window.showWarningMessage(t(`找不到规则“${id}”的说明。`, `No help page for rule "${id}".`));
    return;
  }
  await vscode.commands.executeCommand('markdown.showPreview', file);
}
