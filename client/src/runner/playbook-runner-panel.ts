import * as vscode from 'vscode';
import type { PlaybookModel } from '../../../protocol/src/playbook-model-types.js';
import { isPlaybookModel } from '../../../runner/src/engine/playbook-live-edit.js';
import { parseStore } from '../../../runner/src/engine/playbook-store.js';
import type { HostMessage, WebviewMessage, WebviewPersistedState } from '../../../protocol/src/playbook-webview-messages.js';
import type { PlaybookModelParams, PlaybookModelResult } from '../../../protocol/src/playbook-requests.js';
import { clientMessages } from '../messages.js';
import { runnerAssetsRoot, runnerWebviewHtml } from './playbook-runner-html.js';
import { loadRunnerStore, saveRunnerStore, storeKey } from './playbook-runner-storage.js';

/** The webview type the serializer is registered for (and `onWebviewPanel:` activates on). */
export const RUNNER_VIEW_TYPE = 'playbook.runner';

/** Asks the language server for a playbook's model. */
export type ModelSource = (params: PlaybookModelParams) => Promise<PlaybookModelResult>;

const LIVE_UPDATE_DELAY_MS = 300;

/** One runner panel per playbook: opened beside the editor, restored after a reload, updated live. */
export class RunnerPanels implements vscode.Disposable {
    private readonly panels = new Map<string, RunnerPanel>();

    constructor(private readonly context: vscode.ExtensionContext, private readonly source: ModelSource) {}

    /** Opens (or reveals) the runner for a playbook of a document. */
    async open(documentUri: string, playbook?: string): Promise<void> {
        const result = await this.source({ uri: documentUri, ...(playbook ? { playbook } : {}) });
        if ('error' in result) {
            void vscode.window.showErrorMessage(clientMessages.runModelError({ message: result.error }));
            return;
        }
        const key = storeKey(result.model.name);
        const existing = this.panels.get(key);
        if (existing) {
            existing.reveal();
            existing.update(result.model);
            return;
        }
        const panel = vscode.window.createWebviewPanel(RUNNER_VIEW_TYPE, clientMessages.runnerPanelTitle({ playbook: result.model.title ?? result.model.name }),
            { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, this.webviewOptions());
        this.track(key, new RunnerPanel(panel, this.context, this.source, documentUri, result.model));
    }

    /** Restores a panel VS Code kept across a reload, from the state the webview saved. */
    async restore(panel: vscode.WebviewPanel, state: WebviewPersistedState | undefined): Promise<void> {
        panel.webview.options = this.webviewOptions();
        if (!state) {
            panel.dispose();
            return;
        }
        const result = await this.source({ uri: state.documentUri, playbook: state.playbook });
        let model: PlaybookModel | undefined = 'model' in result ? result.model : undefined;
        let problem: string | undefined;
        if (!model) {
            // The file is gone or broken: run on the model the saved run last saw, and say why.
            const stored = this.context.workspaceState.get<string>(storeKey(state.playbook));
            const parsed = stored === undefined ? undefined : parseStore(stored, state.playbook);
            const snapshot = parsed && 'store' in parsed ? parsed.store.current?.model : undefined;
            model = isPlaybookModel(snapshot) ? snapshot : undefined;
            problem = 'error' in result ? clientMessages.runModelError({ message: result.error }) : undefined;
        }
        if (!model) {
            panel.dispose();
            return;
        }
        this.track(storeKey(model.name), new RunnerPanel(panel, this.context, this.source, state.documentUri, model, problem));
    }

    /** A playbook file changed: every open runner re-reads its model (assignments may live in any file). */
    documentChanged(): void {
        this.panels.forEach(panel => panel.scheduleRefresh());
    }

    dispose(): void {
        this.panels.forEach(panel => panel.dispose());
        this.panels.clear();
    }

    private track(key: string, panel: RunnerPanel): void {
        this.panels.set(key, panel);
        panel.onDispose(() => this.panels.delete(key));
    }

    private webviewOptions(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
        return { enableScripts: true, retainContextWhenHidden: false, localResourceRoots: [runnerAssetsRoot(this.context.extensionUri)] };
    }
}

/** One panel: the typed message exchange with its webview, saving, exports and live updates. */
class RunnerPanel {
    private readonly disposables: vscode.Disposable[] = [];
    private timer: ReturnType<typeof setTimeout> | undefined;
    private disposeListener: (() => void) | undefined;

    constructor(
        private readonly panel: vscode.WebviewPanel,
        private readonly context: vscode.ExtensionContext,
        private readonly source: ModelSource,
        private readonly documentUri: string,
        private model: PlaybookModel,
        private readonly problem?: string,
    ) {
        panel.webview.html = runnerWebviewHtml(panel.webview, context.extensionUri, clientMessages.runnerPanelTitle({ playbook: model.title ?? model.name }));
        panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'media', 'runner.svg');
        this.disposables.push(
            panel.webview.onDidReceiveMessage((message: WebviewMessage) => void this.handle(message)),
            panel.onDidDispose(() => this.dispose()),
        );
    }

    reveal(): void {
        this.panel.reveal(vscode.ViewColumn.Beside);
    }

    onDispose(listener: () => void): void {
        this.disposeListener = listener;
    }

    update(model: PlaybookModel): void {
        this.model = model;
        this.post({ type: 'model', model });
    }

    scheduleRefresh(): void {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.refresh(), LIVE_UPDATE_DELAY_MS);
    }

    dispose(): void {
        clearTimeout(this.timer);
        this.disposables.forEach(d => d.dispose());
        this.disposables.length = 0;
        this.disposeListener?.();
        this.disposeListener = undefined;
    }

    private async refresh(): Promise<void> {
        const result = await this.source({ uri: this.documentUri, playbook: this.model.name });
        if ('model' in result) {
            if (JSON.stringify(result.model) !== JSON.stringify(this.model)) this.update(result.model);
        } else {
            this.post({ type: 'model-error', message: clientMessages.liveUpdateFailed({ message: result.error }) });
        }
    }

    private async handle(message: WebviewMessage): Promise<void> {
        switch (message.type) {
            case 'ready': {
                const { store, problem } = await loadRunnerStore(this.context.workspaceState, this.model.name, Date.now());
                const storageProblem = [problem, this.problem].filter(Boolean).join(' ');
                this.post({ type: 'init', documentUri: this.documentUri, model: this.model, store, ...(storageProblem ? { storageProblem } : {}) });
                break;
            }
            case 'save':
                if (message.store.playbook === this.model.name) await saveRunnerStore(this.context.workspaceState, message.store);
                break;
            case 'export':
                await this.exportFile(message.fileName, message.content);
                break;
            case 'copy':
                await vscode.env.clipboard.writeText(message.text);
                void vscode.window.setStatusBarMessage(clientMessages.copied({ text: message.text }), 3000);
                break;
        }
    }

    private async exportFile(fileName: string, content: string): Promise<void> {
        const folder = vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.joinPath(vscode.Uri.parse(this.documentUri), '..');
        const target = await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.joinPath(folder, fileName) });
        if (!target) return;
        try {
            await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
            void vscode.window.showInformationMessage(clientMessages.exportSaved({ file: target.fsPath }));
        } catch (error) {
            void vscode.window.showErrorMessage(clientMessages.exportFailed({ file: target.fsPath, message: error instanceof Error ? error.message : String(error) }));
        }
    }

    private post(message: HostMessage): void {
        void this.panel.webview.postMessage(message);
    }
}
