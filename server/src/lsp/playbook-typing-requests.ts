import { DocumentState, isOperationCancelled, ReadPriority, URI, type LangiumDocument, type MaybePromise } from 'langium';
import type { LangiumServices, LangiumSharedServices, ServiceRequirement, ServiceRequirements } from 'langium/lsp';
import {
    LSPErrorCodes, ResponseError, type CancellationToken, type Connection, type LocationLink, type Position, type SignatureHelp, type TextDocumentPositionParams,
} from 'vscode-languageserver';
import { serverMessages } from '../messages.js';
import type { PlaybookDocumentBuilder } from '../workspace/playbook-document-builder.js';
import { completionFromView, hoverFromView, typingView, type TypingView } from './playbook-typing-view.js';

/**
 * Completion, hover, signature help and go-to-definition as typing needs them: while an edit re-builds the
 * document, they answer at once from its last linked state plus the edited item (TypingView),
 * instead of waiting for the whole document to be parsed and linked again. When the document is
 * built (nothing typed since), they wait for what Langium's handlers wait for and answer from the
 * document, as before. Registered after Langium's handlers of the same requests, which they replace.
 */
export function registerTypingRequests(connection: Connection, shared: LangiumSharedServices, requirements: Partial<ServiceRequirements>): void {
    // What Langium's own handlers wait for, unless the server asks for more.
    connection.onCompletion(typingHandler(shared, requirements.CompletionProvider ?? DocumentState.Linked,
        (services, document, params, token) => services.lsp.CompletionProvider?.getCompletion(document, params, token),
        completionFromView));
    connection.onHover(typingHandler(shared, requirements.HoverProvider ?? DocumentState.Linked,
        (services, document, params, token) => services.lsp.HoverProvider?.getHoverContent(document, params, token),
        hoverFromView));
    connection.onSignatureHelp(typingHandler(shared, requirements.SignatureHelp ?? DocumentState.IndexedReferences,
        (services, document, params, token) => services.lsp.SignatureHelp?.provideSignatureHelp(document, params, token),
        (help: SignatureHelp) => help));
    // The definition provider places its links in the editor's text itself (PlaybookDefinitionProvider).
    connection.onDefinition(typingHandler(shared, requirements.DefinitionProvider ?? DocumentState.Linked,
        (services, document, params, token) => services.lsp.DefinitionProvider?.getDefinition(document, params, token),
        (links: LocationLink[]) => links));
}

function typingHandler<P extends TextDocumentPositionParams, R>(
    shared: LangiumSharedServices,
    requirement: ServiceRequirement,
    call: (services: LangiumServices, document: LangiumDocument, params: P, token: CancellationToken) => MaybePromise<R | undefined | null>,
    fromView: (result: R, view: TypingView) => R,
): (params: P, token: CancellationToken) => Promise<R | null | ResponseError> {
    const { WorkspaceManager, DocumentBuilder, LangiumDocuments, WorkspaceLock, TextDocuments } = shared.workspace;
    const builder = DocumentBuilder as PlaybookDocumentBuilder;
    return async (params, token) => {
        const uri = URI.parse(params.textDocument.uri);
        if (!shared.ServiceRegistry.hasServices(uri)) {
            return null;
        }
        const services = shared.ServiceRegistry.getServices(uri) as LangiumServices;
        try {
            await WorkspaceManager.ready;
            const view = viewOf(services, uri, params.position);
            if (view) {
                return await WorkspaceLock.read(async () => {
                    const result = await call(services, view.document, { ...params, position: view.toView(params.position) }, token);
                    return result ? fromView(result, view) : null;
                }, ReadPriority.Immediate);
            }
            if (typeof requirement === 'number') {
                await DocumentBuilder.waitUntil(requirement, uri, token);
            } else if (requirement.type === 'document') {
                await DocumentBuilder.waitUntil(requirement.state, uri, token);
            } else {
                await DocumentBuilder.waitUntil(requirement.state, token);
            }
            return await WorkspaceLock.read(async () => await call(services, await LangiumDocuments.getOrCreateDocument(uri), params, token) ?? null, ReadPriority.Immediate);
        } catch (error) {
            if (isOperationCancelled(error)) {
                return new ResponseError(LSPErrorCodes.RequestCancelled, serverMessages.requestCancelledWhileWaiting);
            }
            throw error;
        }
    };

    /** A view when the editor's text is ahead of the document's last linked tree, else undefined. */
    function viewOf(services: LangiumServices, uri: URI, position: Position): TypingView | undefined {
        const live = LangiumDocuments.getDocument(uri);
        const text = TextDocuments.get(uri.toString());
        const base = live && live.state >= DocumentState.Linked ? live : builder.lastLinked.get(uri);
        if (!text || !base || base.parseResult.value.$cstNode?.root.fullText === text.getText()) {
            return undefined;
        }
        return typingView(services, base, text, position);
    }
}
