/**
 * Text placed into HTML: element content and quoted attribute values, in the webview's page
 * and the standalone runner page. (The runner's UI itself builds the DOM with `textContent`
 * and needs no escaping.)
 */

const HTML_SPECIAL: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe as HTML element content and as a single- or double-quoted attribute value. */
export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, c => HTML_SPECIAL[c]!);
}
