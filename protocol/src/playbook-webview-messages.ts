/**
 * The messages between the VS Code host and the runner webview, and the custom request by
 * which the client asks the language server for a playbook's model. Defined once here and
 * imported by the host (client/), the webview (runner/src/webview/) and the server.
 */
import type { PlaybookModel } from '../../server/src/model/playbook-model-types.js';
import type { RunnerStore } from './engine/playbook-run-types.js';

/** Host to webview. */
export type HostMessage =
    /** The playbook and its saved runs; sent when the webview says it is ready. */
    | { type: 'init'; documentUri: string; model: PlaybookModel; store: RunnerStore; storageProblem?: string }
    /** The playbook file changed: a newer model (progress is kept by name). */
    | { type: 'model'; model: PlaybookModel }
    /** The playbook cannot be read right now (the last good model stays on screen). */
    | { type: 'model-error'; message: string };

/** Webview to host. */
export type WebviewMessage =
    | { type: 'ready' }
    /** Save this store: sent after every action. */
    | { type: 'save'; store: RunnerStore }
    | { type: 'export'; format: 'markdown' | 'json'; fileName: string; content: string }
    | { type: 'copy'; text: string };

/** What the webview keeps with `setState`, so the serializer can reopen the same playbook after a reload. */
export interface WebviewPersistedState {
    documentUri: string;
    playbook: string;
}

/** The language server request that returns one playbook's resolved model. */
export const PLAYBOOK_MODEL_REQUEST = 'playbook/runnerModel';

export interface PlaybookModelParams {
    /** The document's URI as the client knows it. */
    uri: string;
    /** The playbook's name; the file's first playbook when absent. */
    playbook?: string;
}

export type PlaybookModelResult =
    | { model: PlaybookModel }
    | { error: string; playbooks: string[] };
