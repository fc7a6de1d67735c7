import * as v8 from 'node:v8';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { connectionStrategy, prepareServer } from './lsp/playbook-server.js';
import { watchClientProcess } from './lsp/client-process-watch.js';
import { startedFromSnapshot } from './lsp/snapshot-start.js';

// Run with --build-snapshot (bin/snapshot.js, docs/startup-snapshot.md), the bundle becomes a
// start-up snapshot: the server is prepared, both parsers built, and a server started from the
// snapshot begins at `start`, without the ~130 ms of loading the bundle and analysing the grammar.
// Boolean(): Node 24 answers 1, not true, while it builds one.
const building = Boolean(v8.startupSnapshot?.isBuildingSnapshot());
const prepared = prepareServer({ parsers: building });
// The connection picks its transport from the command line (--stdio, --socket, --pipe, --node-ipc).
const start = (): void => prepared.start(createConnection(ProposedFeatures.all, connectionStrategy));
if (building) {
    v8.startupSnapshot.setDeserializeMainFunction(() => {
        startedFromSnapshot();
        // An editor gone without `shutdown`: the same exit code as vscode-languageserver's own watch.
        watchClientProcess(process.argv, () => process.exit(1));
        start();
    });
} else {
    start();
}
