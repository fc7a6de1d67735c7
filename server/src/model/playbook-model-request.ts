import { URI, type LangiumSharedCoreServices } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { PlaybookModelRequest, type PlaybookModelParams, type PlaybookModelResult } from '../../../protocol/src/playbook-requests.js';
import { isDocument, isPlaybook } from '../language/generated/ast.js';
import { runnerModelMessages } from '../messages.js';
import { toPlaybookModel } from './playbook-model.js';
import { roleHoldersOf } from '../workspace/playbook-role-holders.js';

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
    return { model: toPlaybookModel(playbook, roleHoldersOf(shared)) };
}

/**
 * Registers the request; the read lock waits for pending document updates, so edits just made are seen.
 * By method name: Langium pins vscode-languageserver 10.1, whose vscode-jsonrpc is older than the one
 * the protocol's `RequestType` comes from, and the two classes are not assignable to each other. The
 * handler's parameter and result are still the protocol's types.
 */
export function registerPlaybookModelRequest(connection: Connection, shared: LangiumSharedCoreServices): void {
    connection.onRequest(PlaybookModelRequest.method, (params: PlaybookModelParams): Promise<PlaybookModelResult> =>
        shared.workspace.WorkspaceLock.read(() => playbookModelFor(shared, params)));
}
