/**
 * The page of the VS Code "Diagram" view: the webviews' page shell with the diagram's root, and
 * styles allowed by nonce (the <style> elements Mermaid creates get it, see diagram-csp.ts).
 */
import { webviewPageCsp, webviewPageHtml, type WebviewPageParts, type WebviewPageShape } from './webview-page.js';

export type DiagramPageParts = WebviewPageParts;

const DIAGRAM_PAGE: WebviewPageShape = { root: '<main id="diagrams" aria-live="polite"></main>', nonceStyles: true };

/** The Diagram view's policy (see webviewPageCsp). */
export function diagramPageCsp(parts: Pick<DiagramPageParts, 'cspSource' | 'nonce'>): string {
    return webviewPageCsp(parts, DIAGRAM_PAGE.nonceStyles);
}

/** The whole page. */
export function diagramPageHtml(parts: DiagramPageParts): string {
    return webviewPageHtml(parts, DIAGRAM_PAGE);
}
