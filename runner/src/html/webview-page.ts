/**
 * The page shell of the extension's webviews (the runner panel and the Diagram view): one content
 * security policy and one document around the view's script, so that a change to the policy
 * reaches both views.
 */
import { escapeHtml } from '../../../escaping/src/html.js';

/** What a page is built from; the URIs are the webview's (`asWebviewUri`). */
export interface WebviewPageParts {
    /** The webview's own origin for resources (`webview.cspSource`). */
    cspSource: string;
    scriptUri: string;
    styleUri: string;
    /** A fresh random value per page: the only inline-free way in for the script (and styles, see below). */
    nonce: string;
    lang: string;
    title: string;
}

/** What differs between the views. */
export interface WebviewPageShape {
    /** The element the script fills: constant markup of the view, never user text. */
    root: string;
    /** Whether `<style>` elements carrying the nonce may apply (Mermaid creates them; the runner does not). */
    nonceStyles: boolean;
}

/**
 * The policy: nothing by default; the script only by nonce; styles from the extension's own
 * file (and by nonce where the view needs it); no 'unsafe-inline', no 'unsafe-eval', no
 * remote resources.
 */
export function webviewPageCsp(parts: Pick<WebviewPageParts, 'cspSource' | 'nonce'>, nonceStyles: boolean): string {
    const styles = nonceStyles ? `${parts.cspSource} 'nonce-${parts.nonce}'` : parts.cspSource;
    return `default-src 'none'; script-src 'nonce-${parts.nonce}'; style-src ${styles}; img-src ${parts.cspSource} data:; font-src ${parts.cspSource}`;
}

/** The whole page. */
export function webviewPageHtml(parts: WebviewPageParts, shape: WebviewPageShape): string {
    return `<!DOCTYPE html>
<html lang="${escapeHtml(parts.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(webviewPageCsp(parts, shape.nonceStyles))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${escapeHtml(parts.styleUri)}">
<title>${escapeHtml(parts.title)}</title>
</head>
<body>
${shape.root}
<script nonce="${escapeHtml(parts.nonce)}" src="${escapeHtml(parts.scriptUri)}"></script>
</body>
</html>`;
}
