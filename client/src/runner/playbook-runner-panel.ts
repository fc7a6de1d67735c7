import * as vscode from 'vscode';
import type { PlaybookModel } from '../../../protocol/src/playbook-model-types.js';
import { isPlaybookModel } from '../../../runner/src/engine/playbook-live-edit.js';
import { checkWebviewMessage } from '../../../runner/src/engine/playbook-message-check.js';
import { mergeStores, sameContent } from '../../../runner/src/engine/playbook-run-log.js';
import { parseStore } from '../../../runner/src/engine/playbook-store.js';
import type { RunnerStore } from '../../../protocol/src/playbook-run-store.js';
import type { HostMessage, WebviewMessage, WebviewPersistedState } from '../../../protocol/src/playbook-webview-messages.js';
import type { PlaybookModelParams, PlaybookModelResult } from '../../../protocol/src/playbook-requests.js';
import { clientMessages } from '../messages.js';
import { runnerAssetsRoot, runnerWebviewHtml } from './playbook-webview-page.js';
import { recordDrillDate } from './playbook-drill-date.js';
import { readStoreFile, runFolder, storeFile, watchRunFolder, writeRunRecord, writeStoreFile } from './playbook-run-folder.js';
import { loadRunnerStore, saveRunnerStore } from './playbook-runner-storage.js';
import { runStoreKey } from '../../../protocol/src/playbook-run-store.js';

/** The webview type the serializer is registered for (and `onWebviewPanel:` activates on). */
export const RUNNER_VIEW_TYPE = 'playbook.runner';

/** Asks the language server for a playbook's model. */
export type ModelSource = (params: PlaybookModelParams) => Promise<PlaybookModelResult>;

const LIVE_UPDATE_DELAY_MS = 300;

/** One runner panel per playbook: opened beside the editor, restored after a reload, updated live. */
export class RunnerPanels implements vscode.Disposable {
    private readonly panels = new Map<string, RunnerPanel>();
    private readonly watcher: vscode.Disposable | undefined;

    constructor(private readonly context: vscode.ExtensionContext, private readonly source: ModelSource) {
        // Another window of the workspace wrote a store file: its panel for that playbook merges it in.
        const folder = runFolder(message => void vscode.window.showWarningMessage(message));
        this.watcher = folder ? watchRunFolder(folder, file => this.panels.forEach(panel => panel.storeFileChanged(file))) : undefined;
    }

    /** Opens (or reveals) the runner for a playbook of a document. */
    async open(documentUri: string, playbook?: string): Promise<void> {
        const result = await this.source({ uri: documentUri, ...(playbook ? { playbook } : {}) });
        if ('error' in result) {
            void vscode.window.showErrorMessage(clientMessages.runModelError({ message: result.error }));
            return;
        }
        const key = runStoreKey(result.model.name);
        const existing = this.panels.get(key);
        if (existing) {
            existing.reveal();
            existing.update(result.model);
            return;
        }
        const panel = vscode.window.createWebviewPanel(RUNNER_VIEW_TYPE, clientMessages.runnerPanelTitle({ playbook: result.model.title ?? result.model.name }),
            { viewColumn: this.runnerColumn() ?? vscode.ViewColumn.Beside, preserveFocus: false }, this.webviewOptions());
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
            const stored = this.context.workspaceState.get<string>(runStoreKey(state.playbook));
            const parsed = stored === undefined ? undefined : parseStore(stored, state.playbook);
            const snapshot = parsed && 'store' in parsed ? parsed.store.current?.model : undefined;
            model = isPlaybookModel(snapshot) ? snapshot : undefined;
            problem = 'error' in result ? clientMessages.runModelError({ message: result.error }) : undefined;
        }
        if (!model) {
            panel.dispose();
            return;
        }
        this.track(runStoreKey(model.name), new RunnerPanel(panel, this.context, this.source, state.documentUri, model, problem));
    }

    /** A playbook file changed: every open runner re-reads its model (assignments may live in any file). */
    documentChanged(): void {
        this.panels.forEach(panel => panel.scheduleRefresh());
    }

    dispose(): void {
        this.panels.forEach(panel => panel.dispose());
        this.panels.clear();
        this.watcher?.dispose();
    }

    private track(key: string, panel: RunnerPanel): void {
        this.panels.set(key, panel);
        panel.onDispose(() => this.panels.delete(key));
    }

    /** The editor group that already shows a runner: further runners open there as tabs, not in one more column. */
    private runnerColumn(): vscode.ViewColumn | undefined {
        return [...this.panels.values()].map(p => p.column()).find(c => c !== undefined);
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
    /** The host's copy of the store: what the webview, the workspace state and the run folder's file agree on. */
    private store: RunnerStore | undefined;
    /** The runs whose record was written on resolve, so that each is written once by this window. */
    private readonly recorded = new Set<string>();

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
            panel.webview.onDidReceiveMessage((raw: unknown) => {
                // The webview is not trusted: a message that breaks the contract is refused and reported, never saved.
                const checked = checkWebviewMessage(raw, this.model.name);
                if ('error' in checked) {
                    void vscode.window.showErrorMessage(clientMessages.runMessageRefused({ problem: checked.error }));
                    return;
                }
                void this.handle(checked.message);
            }),
            panel.onDidDispose(() => this.dispose()),
        );
    }

    /** Shows the panel where it is: revealing "beside" the active editor would open one more group each time. */
    reveal(): void {
        this.panel.reveal(this.panel.viewColumn);
    }

    column(): vscode.ViewColumn | undefined {
        return this.panel.viewColumn;
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

    /** A store file of the run folder changed (maybe another window's write): merge it in and show the union. */
    async storeFileChanged(file: vscode.Uri): Promise<void> {
        const folder = this.folder();
        if (!folder || !this.store || file.toString() !== storeFile(folder, this.model.name).toString()) return;
        const { store } = await readStoreFile(file, this.model.name);
        if (!store) return;
        const merged = mergeStores(this.store, store);
        if (sameContent(merged, this.store)) return;
        this.store = merged;
        await saveRunnerStore(this.context.workspaceState, merged);
        this.post({ type: 'store', store: merged });
    }

    private folder(): vscode.Uri | undefined {
        return runFolder(message => void vscode.window.showWarningMessage(message));
    }

    private async handle(message: WebviewMessage): Promise<void> {
        switch (message.type) {
            case 'ready': {
                const { store: saved, problem } = await loadRunnerStore(this.context.workspaceState, this.model.name, Date.now());
                const folder = this.folder();
                const onDisk = folder ? await readStoreFile(storeFile(folder, this.model.name), this.model.name) : {};
                const loaded = onDisk.store ? mergeStores(saved, onDisk.store) : saved;
                // A restarted webview: what this host already holds is merged in too, so that a
                // save still on its way to the workspace state is not missing from the new view.
                const store = this.store ? mergeStores(this.store, loaded) : loaded;
                this.store = store;
                const storageProblem = [problem, onDisk.problem, this.problem].filter(Boolean).join(' ');
                this.post({ type: 'init', documentUri: this.documentUri, model: this.model, store, locale: vscode.env.language, ...(storageProblem ? { storageProblem } : {}) });
                break;
            }
            case 'save':
                await this.save(message.store);
                break;
            case 'record':
                await this.writeRecord(true);
                break;
            case 'record-drill':
                await recordDrillDate(this.documentUri, message.kind);
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

    /** Saves the union of the webview's store and the host's copy, in the workspace state and the run folder's file. */
    private async save(incoming: RunnerStore): Promise<void> {
        let store = this.store ? mergeStores(incoming, this.store) : incoming;
        const folder = this.folder();
        if (folder) {
            const written = await writeStoreFile(storeFile(folder, this.model.name), store);
            if ('store' in written) store = written.store;
            else this.post({ type: 'model-error', message: written.problem });
        }
        this.store = store;
        await saveRunnerStore(this.context.workspaceState, store);
        if (!sameContent(store, incoming)) this.post({ type: 'store', store });
        const run = store.current;
        if (run && run.events.some(e => e.type === 'resolved') && !this.recorded.has(run.id)) {
            this.recorded.add(run.id);
            await this.writeRecord(false);
        }
    }

    /** Writes the run record (Markdown and JSON) into the run folder: on resolve, or when asked. */
    private async writeRecord(asked: boolean): Promise<void> {
        const folder = this.folder();
        if (!folder || !this.store) {
            if (asked) void vscode.window.showWarningMessage(clientMessages.runRecordNoFolder);
            return;
        }
        try {
            const file = await writeRunRecord(folder, this.model, this.store);
            if (file) void vscode.window.showInformationMessage(clientMessages.runRecordWritten({ file: vscode.workspace.asRelativePath(file) }));
        } catch (error) {
            void vscode.window.showErrorMessage(clientMessages.runRecordFailed({ message: error instanceof Error ? error.message : String(error) }));
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
