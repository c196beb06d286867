import { randomBytes } from 'node:crypto';
import type * as vscode from 'vscode';

/**
 * The preview page: a strict Content Security Policy (nothing by default; our stylesheet and one nonce'd
 * script from media/; no remote resources, no inline code), and an empty container the script fills.
 */
export function previewHtml(webview: vscode.Webview, media: vscode.Uri, t: (zh: string, en: string) => string): string {
  const nonce = randomBytes(16).toString('base64');
  const css = webview.asWebviewUri(joinUri(media, 'preview.css'));
  const js = webview.asWebviewUri(joinUri(media, 'preview.js'));
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${webview.cspSource} data:`,
    `font-src ${webview.cspSource}`,
  ].join('; ');
  const locale = t('zh', 'en');
  return `<!DOCTYPE html>
<html lang="${t('zh-CN', 'en')}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${css.toString()}">
<title>${t('公文预览', 'Gongwen preview')}</title>
</head>
<body data-locale="${locale}">
<div id="status" role="status"></div>
<div id="fonts" class="fonts"></div>
<div id="pages" class="pages"></div>
<script nonce="${nonce}" src="${js.toString()}"></script>
</body>
</html>`;
}

function joinUri(base: vscode.Uri, file: string): vscode.Uri {
  return base.with({ path: `${base.path.replace(/\/$/, '')}/${file}` });
}
