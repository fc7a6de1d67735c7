/**
 * The messages between the VS Code host (client/src/runner/) and the runner webview
 * (runner/src/webview/): discriminated unions on `type`, imported by both sides so that a
 * message is spelled once.
 */
import type { PlaybookModel } from './playbook-model-types.js';
import type { RunnerStore } from './playbook-run-store.js';

/** Host to webview. */
export type HostMessage =
    /**
     * The playbook and its saved runs; sent when the webview says it is ready. `locale` is the
     * editor's display language as VS Code reports it (`vscode.env.language`, such as `zh-tw`):
     * the webview shows its texts in the closest language it has (English when none fits).
     */
    | { type: 'init'; documentUri: string; model: PlaybookModel; store: RunnerStore; locale: string; storageProblem?: string }
    /** The playbook file changed: a newer model (progress is kept by name). */
    | { type: 'model'; model: PlaybookModel }
    /** The playbook cannot be read right now (the last good model stays on screen). */
    | { type: 'model-error'; message: string }
    /** The store as saved, after another window's copy was merged in: the webview shows the union. */
    | { type: 'store'; store: RunnerStore };

/**
 * Webview to host. The host checks every message against this contract before acting on it
 * (runner/src/engine/playbook-message-check.ts): a malformed one is refused and reported, never saved.
 */
export type WebviewMessage =
    | { type: 'ready' }
    /** Save this store: sent after every action. */
    | { type: 'save'; store: RunnerStore }
    | { type: 'export'; format: 'markdown' | 'json'; fileName: string; content: string }
    | { type: 'copy'; text: string }
    /** Write the current run's record (Markdown and JSON) into the workspace's run folder now. */
    | { type: 'record' }
    /** Record today as the `last` date of the playbook's drill of this kind (an edit of the playbook, left unsaved). */
    | { type: 'record-drill'; kind: string };

/** What the webview keeps with `setState`, so the serializer can reopen the same playbook after a reload. */
export interface WebviewPersistedState {
    documentUri: string;
    playbook: string;
}
