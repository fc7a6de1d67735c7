// One code-server per run: fresh user data, extensions and XDG folders, the .vsix installed, a
// free loopback port, and the smoke-test driver on (without it the test payload is ignored).
import { type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import * as path from 'node:path';
import { log } from './log.js';
import { codeServerEntry, node24Binary, projectRoot } from './paths.js';
import { mustRun, startGroup, stopGroup } from './processes.js';

/** The folders of one run, all inside `root`. */
export interface RunFolders {
    root: string;
    userData: string;
    extensions: string;
    logs: string;
}

/** A started code-server. */
export interface Server {
    host: string;
    child: ChildProcess;
    stop(): Promise<void>;
}

/** Settings that keep the workbench quiet and offline: no welcome page, trust prompt, telemetry or updates. */
const userSettings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'chat.disableAIFeatures': true,
    'git.enabled': false,
};

/** The environment of everything the run starts: XDG folders inside the run, never the user's. */
export function runEnvironment(folders: RunFolders): NodeJS.ProcessEnv {
    return {
        ...process.env,
        XDG_CONFIG_HOME: path.join(folders.root, 'xdg', 'config'),
        XDG_DATA_HOME: path.join(folders.root, 'xdg', 'data'),
        XDG_CACHE_HOME: path.join(folders.root, 'xdg', 'cache'),
        PATH: `${path.dirname(node24Binary)}${path.delimiter}${process.env.PATH ?? ''}`,
    };
}

/** Creates the run's folders with the user settings above. */
export function prepareFolders(root: string): RunFolders {
    const folders: RunFolders = {
        root,
        userData: path.join(root, 'user-data'),
        extensions: path.join(root, 'extensions'),
        logs: path.join(root, 'logs'),
    };
    for (const folder of [folders.userData, folders.extensions, folders.logs, path.join(root, 'xdg', 'config'), path.join(root, 'xdg', 'data'), path.join(root, 'xdg', 'cache')]) {
        mkdirSync(folder, { recursive: true });
    }
    mkdirSync(path.join(folders.userData, 'User'), { recursive: true });
    writeFileSync(path.join(folders.userData, 'User', 'settings.json'), `${JSON.stringify(userSettings, null, 2)}\n`);
    return folders;
}

/** A fresh copy of samples/ to open as the workspace, so that tests never touch the repository. */
export function copySamples(destination: string): string {
    cpSync(path.join(projectRoot, 'samples'), destination, { recursive: true });
    return destination;
}

/** Installs the .vsix the way a user would and returns the folder it was unpacked into. */
export async function installVsix(folders: RunFolders, vsix: string, extensionId: string): Promise<string> {
    await mustRun('code-server --install-extension', node24Binary, [
        codeServerEntry, '--user-data-dir', folders.userData, '--extensions-dir', folders.extensions, '--install-extension', vsix,
    ], { env: runEnvironment(folders), logFile: path.join(folders.logs, 'install-extension.log'), timeoutMs: 120_000 });
    const installed = readdirSync(folders.extensions).find(name => name.toLowerCase().startsWith(`${extensionId.toLowerCase()}-`));
    if (!installed) {
        throw new Error(`code-server reported success but ${extensionId} is not in ${folders.extensions}.`);
    }
    return path.join(folders.extensions, installed);
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const probe = createServer();
        probe.once('error', reject);
        probe.listen(0, '127.0.0.1', () => {
            const address = probe.address();
            probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No port was assigned.'))));
        });
    });
}

/**
 * Starts code-server and resolves once it says it is listening. `locale` sets its display
 * language (`--locale`): what the extension reads as `vscode.env.language`.
 */
export async function startServer(folders: RunFolders, timeoutMs: number, locale?: string): Promise<Server> {
    const port = await freePort();
    const host = `127.0.0.1:${port}`;
    const child = startGroup(node24Binary, [
        codeServerEntry, '--bind-addr', host, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
        '--disable-workspace-trust', '--disable-getting-started-override', '--vscode-option', 'enable-smoke-test-driver',
        '--user-data-dir', folders.userData, '--extensions-dir', folders.extensions, ...(locale ? ['--locale', locale] : []),
    ], { env: runEnvironment(folders) });
    const server: Server = { host, child, stop: () => stopGroup(child) };
    const serverLog = path.join(folders.logs, 'code-server.log');
    await new Promise<void>((resolve, reject) => {
        let output = '';
        writeFileSync(serverLog, '');
        const timer = setTimeout(() => reject(new Error(`code-server did not start listening on ${host} within ${timeoutMs / 1000} s; see ${serverLog}.`)), timeoutMs);
        const onData = (chunk: Buffer): void => {
            appendFileSync(serverLog, chunk);
            if (output.includes('HTTP server listening on')) {
                return;
            }
            output += chunk.toString();
            if (output.includes('HTTP server listening on')) {
                clearTimeout(timer);
                resolve();
            }
        };
        child.stdout?.on('data', onData);
        child.stderr?.on('data', onData);
        child.once('exit', code => {
            clearTimeout(timer);
            // After a successful start this rejection is ignored: the promise has settled.
            reject(new Error(`code-server exited with code ${code} before listening; see ${serverLog}.`));
        });
    });
    log(`code-server listening on http://${host}/`);
    return server;
}
