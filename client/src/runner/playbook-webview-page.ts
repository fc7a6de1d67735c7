import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { activeLocale } from '../../../l10n/src/index.js';
import { webviewPageHtml, type WebviewPageParts } from '../../../runner/src/html/webview-page.js';

/** The folder the webview may load from: the runner's bundle and nothing else. */
export function runnerAssetsRoot(extensionUri: vscode.Uri): vscode.Uri {
    return vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
}

/**
 * What a webview page of the extension is built from: `<asset>.js` and `<asset>.css` of the
 * bundle, a fresh nonce, the active display language.
 */
export function webviewPageParts(webview: vscode.Webview, extensionUri: vscode.Uri, asset: 'runner' | 'diagram', title: string): WebviewPageParts {
    const root = runnerAssetsRoot(extensionUri);
    return {
        cspSource: webview.cspSource,
        scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(root, `${asset}.js`)).toString(),
        styleUri: webview.asWebviewUri(vscode.Uri.joinPath(root, `${asset}.css`)).toString(),
        nonce: randomBytes(16).toString('base64'),
        lang: activeLocale(),
        title,
    };
}

/** The runner's page: the webviews' page shell around the runner's own script and style. */
export function runnerWebviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, title: string): string {
    return webviewPageHtml(webviewPageParts(webview, extensionUri, 'runner', title), { root: '<div id="runner"></div>', nonceStyles: false });
}
