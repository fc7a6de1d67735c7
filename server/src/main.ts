import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, LSPErrorCodes, ProposedFeatures, type ConnectionStrategy } from 'vscode-languageserver/node';
import { createPlaybookLspServices, PLAYBOOK_SERVICE_REQUIREMENTS } from './lsp/playbook-lsp-module.js';
import { registerPlaybookModelRequest } from './model/playbook-model-request.js';
import { registerSettingProblems } from './lsp/playbook-setting-problems.js';
import { registerClientLocale } from './lsp/playbook-client-locale.js';
import { serverMessages } from './messages.js';
import { registerTypingRequests } from './lsp/playbook-typing-requests.js';
import { warmUpCompletionParser } from './lsp/playbook-completion-warmup.js';

/**
 * A request cancelled while still queued (typing sends completion and hover requests faster
 * than they are served) is answered at once with RequestCancelled instead of being run for
 * nothing; without this, the cancellation would only be seen after the work was done.
 */
const strategy: ConnectionStrategy = {
    cancelUndispatched: message => 'id' in message && (typeof message.id === 'number' || typeof message.id === 'string')
        ? { jsonrpc: '2.0', id: message.id, error: { code: LSPErrorCodes.RequestCancelled, message: serverMessages.requestCancelled } }
        : undefined,
};

// The connection picks its transport from the command line (--stdio, --node-ipc, --socket).
const connection = createConnection(ProposedFeatures.all, strategy);
const { shared } = createPlaybookLspServices({ connection, ...NodeFileSystem });
registerPlaybookModelRequest(connection, shared);
registerClientLocale(shared);
registerSettingProblems(connection, shared);
startLanguageServer(shared, PLAYBOOK_SERVICE_REQUIREMENTS);
warmUpCompletionParser(shared);
// After Langium's handlers: completion, hover, signature help and definition answer while typing (see the module).
registerTypingRequests(connection, shared, PLAYBOOK_SERVICE_REQUIREMENTS);
