import { URI, type LangiumSharedCoreServices } from 'langium';
import type { Connection } from 'vscode-languageserver';
import type { PlaybookModelParams, PlaybookModelResult } from '../../../runner/src/protocol.js';
import { PLAYBOOK_MODEL_REQUEST } from '../../../runner/src/protocol.js';
import { isDocument, isPlaybook } from '../language/generated/ast.js';
import { runnerModelMessages } from '../messages.js';
import { toPlaybookModel } from './playbook-model.js';

/**
 * The model of one playbook of a loaded document. The server answers because it already holds
 * the whole workspace linked: assignments in other files resolve without reparsing anything.
 */
export function playbookModelFor(shared: LangiumSharedCoreServices, params: PlaybookModelParams): PlaybookModelResult {
    const uri = URI.parse(params.uri);
    const documents = shared.workspace.LangiumDocuments;
    const root = documents.getDocument(uri)?.parseResult.value;
    if (!isDocument(root)) {
        return { error: runnerModelMessages.unknownDocument({ uri: params.uri }), playbooks: [] };
    }
    const playbooks = root.elements.filter(isPlaybook);
    const names = playbooks.map(p => p.name);
    const playbook = params.playbook === undefined ? playbooks[0] : playbooks.find(p => p.name === params.playbook);
    if (!playbook) {
        return {
            error: params.playbook === undefined
                ? runnerModelMessages.noPlaybook({ uri: params.uri })
                : runnerModelMessages.unknownPlaybook({ name: params.playbook, uri: params.uri, names: names.join(', ') }),
            playbooks: names,
        };
    }
    return { model: toPlaybookModel(playbook, documents) };
}

/** Registers the request; the read lock waits for pending document updates, so edits just made are seen. */
export function registerPlaybookModelRequest(connection: Connection, shared: LangiumSharedCoreServices): void {
    connection.onRequest(PLAYBOOK_MODEL_REQUEST, (params: PlaybookModelParams) =>
        shared.workspace.WorkspaceLock.read(() => playbookModelFor(shared, params)));
}
