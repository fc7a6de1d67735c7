/**
 * The messages between the VS Code extension and its "Diagram" view (a webview that draws the
 * Mermaid export of a playbook: the flow, then each escalation path), typed once for both sides.
 */

/** One diagram: what it shows, and its Mermaid text (exactly what `playbook export --format mermaid` writes). */
export interface DiagramText {
    kind: 'flow' | 'escalation';
    /** The escalation path's name; the playbook's name for the flow. */
    name: string;
    text: string;
}

/** Host to webview: the diagrams to draw (again, after an edit), or why there are none. */
export type DiagramHostMessage =
    | { type: 'diagrams'; playbook: string; diagrams: DiagramText[] }
    | { type: 'problem'; message: string };

/** Webview to host: ready for diagrams; and what was drawn (how many, and the errors of those that failed). */
export type DiagramWebviewMessage =
    | { type: 'ready' }
    | { type: 'rendered'; drawn: number; failed: string[] };

/** True when a message from the webview (not trusted) has one of the shapes above. */
export function isDiagramWebviewMessage(value: unknown): value is DiagramWebviewMessage {
    if (typeof value !== 'object' || value === null) return false;
    const message = value as Record<string, unknown>;
    if (message.type === 'ready') return true;
    return message.type === 'rendered' && Number.isSafeInteger(message.drawn)
        && Array.isArray(message.failed) && message.failed.every(f => typeof f === 'string');
}
