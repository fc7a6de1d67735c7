// What both executables check before loading their bundle: the bundles need a current Node.js
// (Langium's parser uses Object.groupBy, the CLI fs.glob), and an older one would fail deep inside
// with a message that names neither Node nor the version. Kept to syntax any Node.js can parse.
import { readFileSync } from 'node:fs';

/** The package's manifest: its version and the Node.js range it declares (`engines.node`). */
const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** The sentences the executables print before their bundle (with its message catalogue) is loaded. */
export const launchMessages = {
    oldNode: (p) => `${p.program} needs Node.js ${p.required} or later, and this is Node.js ${p.current}. `
        + 'Install a current Node.js (https://nodejs.org) or put it first on PATH, and run it again.',
    serverUsage: `Usage: playbook-language-server --stdio | --node-ipc | --socket=PORT | --pipe=NAME

The Incident Playbooks language server, for any editor that speaks the Language Server Protocol.
Editors start it and talk to it over the transport named; it is not meant to be run by hand.

Options:
  --stdio           Talk over the standard input and output (what most editors use)
  --node-ipc        Talk over Node's IPC channel (when the editor forks it with Node)
  --socket=PORT     Connect to the editor on a TCP port
  --pipe=NAME       Connect to the editor on a named pipe
  -h, --help        Show this help
  -v, --version     Show the version

Environment:
  PLAYBOOK_SNAPSHOT=off  Start without the start-up snapshot kept in the user's cache
                         (~/.cache/incident-playbooks/snapshots), and build none

Set-ups for Neovim, Helix, Emacs and others: https://github.com/incident-playbooks/incident-playbooks/blob/main/docs/editors.md`,
    serverNoTransport: 'playbook-language-server: name a transport (--stdio, --node-ipc, --socket=PORT or --pipe=NAME); run it with --help for the usage.',
};

/** The package's version, as `--version` prints it. */
export const version = manifest.version;

/** The lowest Node.js version the package declares, from `engines.node` (">=22.12.0"). */
export function requiredNode() {
    const match = /(\d+)\.(\d+)\.(\d+)/.exec(manifest.engines.node);
    return match ? match.slice(1).map(Number) : [0, 0, 0];
}

/** True when this Node.js is recent enough; otherwise says so on the standard error and sets exit code 2. */
export function supportedNode(program) {
    const current = process.versions.node.split('.').map(Number);
    const required = requiredNode();
    for (let i = 0; i < 3; i++) {
        if (current[i] !== required[i]) {
            if (current[i] > required[i]) {
                return true;
            }
            process.stderr.write(launchMessages.oldNode({ program, required: required.join('.'), current: process.versions.node }) + '\n');
            process.exitCode = 2;
            return false;
        }
    }
    return true;
}
