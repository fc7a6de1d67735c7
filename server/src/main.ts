import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createPlaybookLspServices } from './lsp/playbook-lsp-module.js';

// The connection picks its transport from the command line (--stdio, --node-ipc, --socket).
const connection = createConnection(ProposedFeatures.all);
const { shared } = createPlaybookLspServices({ connection, ...NodeFileSystem });
startLanguageServer(shared);
