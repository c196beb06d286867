import * as vscode from 'vscode';
import { SECTION } from '../../server/src/lsp/protocol';

/** The extension's language: the `gongwen.locale` setting, `auto` = VS Code's display language. Sent to the server at start. */
export function uiLocale(): 'zh-cn' | 'en' {
  const v = vscode.workspace.getConfiguration(SECTION).get<string>('locale', 'auto');
  if (v === 'zh-cn' || v === 'en') return v;
  return vscode.env.language.toLowerCase().startsWith('en') ? 'en' : 'zh-cn';
}

/** A text in the extension's language (简体中文 first, English second). */
export function t(zhText: string, enText: string): string {
  return uiLocale() === 'en' ? enText : zhText;
}
