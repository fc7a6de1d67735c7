import { startLanguageServer, type LangiumSharedServices } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { LSPErrorCodes, type Connection, type ConnectionStrategy } from 'vscode-languageserver/node';
import { createPlaybookLspServices, PLAYBOOK_SERVICE_REQUIREMENTS } from './playbook-lsp-module.js';
import { registerPlaybookModelRequest } from '../model/playbook-model-request.js';
import { registerSettingProblems } from './playbook-setting-problems.js';
import { registerClientLocale } from './playbook-client-locale.js';
import { serverMessages } from '../messages.js';
import { registerTypingRequests } from './playbook-typing-requests.js';
import { warmUpCompletionParser } from './playbook-completion-warmup.js';
import { PlaybookCompletionParser } from '../language/playbook-parser.js';

/**
 * A request cancelled while still queued (typing sends completion and hover requests faster
 * than they are served) is answered at once with RequestCancelled instead of being run for
 * nothing; without this, the cancellation would only be seen after the work was done.
 */
export const connectionStrategy: ConnectionStrategy = {
    cancelUndispatched: message => 'id' in message && (typeof message.id === 'number' || typeof message.id === 'string')
        ? { jsonrpc: '2.0', id: message.id, error: { code: LSPErrorCodes.RequestCancelled, message: serverMessages.requestCancelled } }
        : undefined,
};

/** The server's services, created before it has a connection; `start` gives it one. */
export interface PreparedServer {
    readonly shared: LangiumSharedServices;
    /** Connects the services to the editor and starts serving: once per process. */
    start(connection: Connection): void;
}

/**
 * Creates the language server's services without a connection, so that a start-up snapshot
 * (server/src/main.ts, bin/snapshot.js) can hold them: Langium reads the connection only when a service
 * first uses it, which is after `start`. With `parsers`, it also builds both parsers (the grammar
 * analysis that otherwise runs while the server answers `initialize`).
 */
export function prepareServer(options: { parsers?: boolean } = {}): PreparedServer {
    let connection: Connection | undefined;
    const context = {
        ...NodeFileSystem,
        get connection(): Connection {
            if (!connection) {
                // Only a service created in a snapshot and used before `start` gets here: a bug.
                throw new Error('The language server used its connection before it was started.');
            }
            return connection;
        },
    };
    const { shared, Playbook } = createPlaybookLspServices(context);
    if (options.parsers) {
        void Playbook.parser.LangiumParser;
        const completion = Playbook.parser.CompletionParser;
        if (completion instanceof PlaybookCompletionParser) {
            completion.prepare();
        }
    }
    return {
        shared,
        start(given) {
            if (connection) {
                throw new Error('The language server was started twice.');
            }
            connection = given;
            registerPlaybookModelRequest(given, shared);
            registerClientLocale(shared);
            registerSettingProblems(given, shared);
            startLanguageServer(shared, PLAYBOOK_SERVICE_REQUIREMENTS);
            warmUpCompletionParser(shared);
            // After Langium's handlers: completion, hover, signature help and definition answer while typing (see the module).
            registerTypingRequests(given, shared, PLAYBOOK_SERVICE_REQUIREMENTS);
        },
    };
}
