import * as vscode from 'vscode';
import { mermaidDiagramTexts } from '../../../interop/src/mermaid/mermaid-export.js';
import type { PlaybookModel } from '../../../protocol/src/playbook-model-types.js';
import { isDiagramWebviewMessage, type DiagramHostMessage } from '../../../protocol/src/playbook-diagram-messages.js';
import { diagramPageHtml } from '../../../runner/src/html/playbook-diagram-page.js';
import { clientMessages } from '../messages.js';
import { runnerAssetsRoot, webviewPageParts } from '../runner/playbook-webview-page.js';
import type { ModelSource } from '../runner/playbook-runner-panel.js';

/** The webview type of the Diagram view. */
export const DIAGRAM_VIEW_TYPE = 'playbook.diagram';

/** The palette's and the editor title's "Show Diagram". */
export const SHOW_DIAGRAM_COMMAND = 'playbook.showDiagram';

/** How long edits must pause before an open diagram is drawn again. */
const REDRAW_DELAY_MS = 500;

/** One Diagram view per playbook, beside the editor, drawn again after edits. */
export class DiagramPanels implements vscode.Disposable {
    private readonly panels = new Map<string, DiagramPanel>();

    constructor(private readonly extensionUri: vscode.Uri, private readonly source: ModelSource) {}

    /** Opens (or reveals) the diagrams of a playbook of a document. */
    async open(documentUri: string, playbook?: string): Promise<void> {
        const result = await this.source({ uri: documentUri, ...(playbook ? { playbook } : {}) });
        if ('error' in result) {
            void vscode.window.showErrorMessage(clientMessages.diagramModelError({ message: result.error }));
            return;
        }
        const key = `${documentUri}#${result.model.name}`;
        const existing = this.panels.get(key);
        if (existing) {
            existing.reveal();
            return;
        }
        const title = clientMessages.diagramPanelTitle({ playbook: result.model.title ?? result.model.name });
        const panel = vscode.window.createWebviewPanel(DIAGRAM_VIEW_TYPE, title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
            { enableScripts: true, retainContextWhenHidden: false, localResourceRoots: [runnerAssetsRoot(this.extensionUri)] });
        const view = new DiagramPanel(panel, this.extensionUri, this.source, documentUri, result.model, title);
        this.panels.set(key, view);
        panel.onDidDispose(() => {
            view.dispose();
            this.panels.delete(key);
        });
    }

    /** A playbook file changed: every open diagram reads its model again (its parts may live in any file). */
    documentChanged(): void {
        this.panels.forEach(panel => panel.scheduleRedraw());
    }

    dispose(): void {
        this.panels.forEach(panel => panel.dispose());
        this.panels.clear();
    }
}

class DiagramPanel {
    private timer: ReturnType<typeof setTimeout> | undefined;
    private readonly subscription: vscode.Disposable;
    private shown: string | undefined;

    constructor(
        private readonly panel: vscode.WebviewPanel,
        extensionUri: vscode.Uri,
        private readonly source: ModelSource,
        private readonly documentUri: string,
        private model: PlaybookModel,
        title: string,
    ) {
        panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'runner.svg');
        panel.webview.html = diagramPageHtml(webviewPageParts(panel.webview, extensionUri, 'diagram', title));
        this.subscription = panel.webview.onDidReceiveMessage((raw: unknown) => {
            // The webview is not trusted: anything but the two messages it may send is ignored.
            if (!isDiagramWebviewMessage(raw)) return;
            // A webview shown again after being hidden starts empty: draw again whatever was shown.
            if (raw.type === 'ready') {
                this.shown = undefined;
                this.draw(this.model);
            }
        });
    }

    reveal(): void {
        this.panel.reveal(this.panel.viewColumn, true);
    }

    scheduleRedraw(): void {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.refresh(), REDRAW_DELAY_MS);
    }

    dispose(): void {
        clearTimeout(this.timer);
        this.subscription.dispose();
    }

    private async refresh(): Promise<void> {
        const result = await this.source({ uri: this.documentUri, playbook: this.model.name });
        if ('model' in result) {
            this.model = result.model;
            this.draw(result.model);
        } else {
            this.post({ type: 'problem', message: clientMessages.diagramModelError({ message: result.error }) });
            this.shown = undefined;
        }
    }

    /** Sends the diagrams when they differ from what is shown (an edit of a title elsewhere changes nothing here). */
    private draw(model: PlaybookModel): void {
        // Exactly what `playbook export --format mermaid` writes.
        const diagrams = mermaidDiagramTexts(model);
        const text = JSON.stringify(diagrams);
        if (text === this.shown) return;
        this.shown = text;
        this.post({ type: 'diagrams', playbook: model.name, diagrams });
    }

    private post(message: DiagramHostMessage): void {
        void this.panel.webview.postMessage(message);
    }
}
