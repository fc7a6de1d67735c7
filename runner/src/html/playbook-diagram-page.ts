/** The page of the VS Code "Diagram" view: its content security policy and its two assets. */
import { escapeHtml } from '../../../escaping/src/html.js';

/** What the page is built from; the URIs are the webview's (`asWebviewUri`). */
export interface DiagramPageParts {
    /** The webview's own origin for resources (`webview.cspSource`). */
    cspSource: string;
    scriptUri: string;
    styleUri: string;
    /** A fresh random value per page: the only inline-free way in for the script and Mermaid's styles. */
    nonce: string;
    lang: string;
    title: string;
}

/**
 * The policy: nothing by default; the script only by nonce; styles from the extension's own
 * file and by nonce (the <style> elements Mermaid creates get it, see diagram-csp.ts); no
 * 'unsafe-inline', no 'unsafe-eval', no remote resources.
 */
export function diagramPageCsp(parts: Pick<DiagramPageParts, 'cspSource' | 'nonce'>): string {
    return `default-src 'none'; script-src 'nonce-${parts.nonce}'; style-src ${parts.cspSource} 'nonce-${parts.nonce}'; img-src ${parts.cspSource} data:; font-src ${parts.cspSource}`;
}

/** The whole page. */
export function diagramPageHtml(parts: DiagramPageParts): string {
    return `<!DOCTYPE html>
<html lang="${escapeHtml(parts.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(diagramPageCsp(parts))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${escapeHtml(parts.styleUri)}">
<title>${escapeHtml(parts.title)}</title>
</head>
<body>
<main id="diagrams" aria-live="polite"></main>
<script nonce="${escapeHtml(parts.nonce)}" src="${escapeHtml(parts.scriptUri)}"></script>
</body>
</html>`;
}
