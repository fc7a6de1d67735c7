#!/usr/bin/env node
// Runs the same language server as the VS Code extension; editors pass --stdio. Help, version
// and a missing transport are answered here: the bundle would only throw, and Node would print
// the line of minified code it threw from.
import module from 'node:module';
import { launchMessages, supportedNode, version } from './launch.js';
import { startFromSnapshot } from './snapshot.js';

const TRANSPORT = /^--(stdio|node-ipc|socket=.+|pipe=.+)$/;
const args = process.argv.slice(2);

if (args.includes('-h') || args.includes('--help')) {
    process.stdout.write(launchMessages.serverUsage + '\n');
} else if (args.includes('-v') || args.includes('--version')) {
    process.stdout.write(version + '\n');
} else if (!args.some(arg => TRANSPORT.test(arg))) {
    process.stderr.write(launchMessages.serverNoTransport + '\n');
    process.exitCode = 2;
} else if (supportedNode('playbook-language-server')) {
    // Returns only if this start does not use a start-up snapshot (see snapshot.js).
    startFromSnapshot('playbook-language-server', args);
    // Required, not imported: an import of CommonJS first scans the whole bundle for its export
    // names (about 30 ms of every start), and the server exports nothing.
    module.createRequire(import.meta.url)('../dist/server.cjs');
}
