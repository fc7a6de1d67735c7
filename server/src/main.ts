import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createPlaybookLspServices } from './lsp/playbook-lsp-module.js';
import { registerPlaybookModelRequest } from './model/playbook-model-request.js';

// The connection picks its transport from the command line (--stdio, --node-ipc, --socket).
const connection = createConnection(ProposedFeatures.all);
const { shared } = createPlaybookLspServices({ connection, ...NodeFileSystem });
registerPlaybookModelRequest(connection, shared);
startLanguageServer(shared);
