import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { escapeHtml } from '../../../escaping/src/html.js';
import { activeLocale } from '../../../l10n/src/index.js';

/** The folder the webview may load from: the runner's bundle and nothing else. */
export function runnerAssetsRoot(extensionUri: vscode.Uri): vscode.Uri {
    return vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
}

/** The webview's page: a CSP allowing only the extension's own script (by nonce) and style, no remote resources. */
export function runnerWebviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, title: string): string {
    const root = runnerAssetsRoot(extensionUri);
    const script = webview.asWebviewUri(vscode.Uri.joinPath(root, 'runner.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(root, 'runner.css'));
    const nonce = randomBytes(16).toString('base64');
    const csp = `default-src 'none'; style-src ${webview.cspSource}; script-src 'nonce-${nonce}'; img-src ${webview.cspSource} data:; font-src ${webview.cspSource}`;
    return `<!DOCTYPE html>
<html lang="${escapeHtml(activeLocale())}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${style.toString()}">
<title>${escapeHtml(title)}</title>
</head>
<body>
<div id="runner"></div>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
}
