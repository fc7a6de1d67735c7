import { spawn, type ChildProcess } from 'node:child_process';
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { serverOutputReader } from './message-reader.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SERVER = path.join(ROOT, 'bin', 'playbook-language-server.js');

/** A language server process spoken to over stdio, as an editor does, with what it published. */
export interface ServerSession {
    connection: MessageConnection;
    process: ChildProcess;
    /** Every publishDiagnostics per document URI, in arrival order. */
    published: Map<string, Diagnostic[][]>;
    /** Resolves once the document's latest published diagnostics satisfy the predicate. */
    waitForDiagnostics(uri: string, accept: (diagnostics: Diagnostic[]) => boolean): Promise<Diagnostic[]>;
    /** What the server wrote on stderr, for failure messages. */
    stderr(): string;
    /** Resolves with the first `window/showMessage` text (since start-up) that satisfies the predicate. */
    waitForMessage(accept: (message: string) => boolean): Promise<string>;
    /** Shuts the server down politely and resolves with its exit code. */
    stop(): Promise<number | null>;
}

/** The servers started and not yet exited, with the test file that started each: see leftoverServers. */
const running = new Map<ChildProcess, string>();

/** Where in a test file a server was started (the first stack frame outside test/helpers). */
function startedAt(): string {
    const frames = (new Error().stack ?? '').split('\n').slice(1);
    const frame = frames.find(line => line.includes(`${path.sep}test${path.sep}`) && !line.includes(`${path.sep}helpers${path.sep}`));
    return (frame ?? frames[1] ?? '').trim().replace(/^at\s+/, '');
}

/**
 * Kills the servers a test started and never stopped, and says where each was started. The
 * suite's root hook calls it after the last test and fails when it names any: a server left
 * running holds mocha's process open through its pipes, which is how the suite once hung.
 */
export function leftoverServers(): string[] {
    const left = [...running.entries()].map(([child, where]) => {
        child.kill('SIGKILL');
        return `pid ${child.pid}, started ${where}`;
    });
    running.clear();
    return left;
}

/** True when the bundled server exists (`npm run build` makes it). */
export function serverBuilt(): boolean {
    return existsSync(path.join(ROOT, 'dist', 'server.cjs'));
}

/** What a test may add to the initialize request. */
export interface StartOptions {
    /** Client capabilities besides configuration, workspace folders and diagnostics. */
    workspaceCapabilities?: Record<string, unknown>;
    initializationOptions?: unknown;
    /** The client's display language, as VS Code sends it (`pl`, `zh-tw`). */
    locale?: string;
    /** Variables added to the server's environment (PLAYBOOK_SNAPSHOT, XDG_CACHE_HOME). */
    env?: NodeJS.ProcessEnv;
    /** Arguments after `--stdio` (`--clientProcessId=N`). */
    args?: string[];
}

/** Starts `playbook-language-server --stdio` on Node 24 with `folder` as the only workspace folder, and initialises it. */
export async function startServer(folder: string, options: StartOptions = {}): Promise<ServerSession> {
    const child = spawn(process.execPath, [SERVER, '--stdio', ...options.args ?? []], { cwd: folder, env: { ...process.env, ...options.env }, stdio: ['pipe', 'pipe', 'pipe'] });
    running.set(child, startedAt());
    child.on('exit', () => running.delete(child));
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => stderr += chunk.toString());
    const connection = createMessageConnection(serverOutputReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const published = new Map<string, Diagnostic[][]>();
    const waiters: Array<{ uri: string; accept: (d: Diagnostic[]) => boolean; resolve: (d: Diagnostic[]) => void }> = [];
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
        const history = published.get(params.uri) ?? [];
        history.push(params.diagnostics);
        published.set(params.uri, history);
        for (const waiter of [...waiters]) {
            if (waiter.uri === params.uri && waiter.accept(params.diagnostics)) {
                waiters.splice(waiters.indexOf(waiter), 1);
                waiter.resolve(params.diagnostics);
            }
        }
    });
    // Servers may ask the client things (configuration, registration); answer like a plain editor.
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    // Recorded from the start: a server may show a message while it initialises.
    const shown: string[] = [];
    const messageWaiters: Array<{ accept: (m: string) => boolean; resolve: (m: string) => void }> = [];
    connection.onNotification('window/showMessage', (params: { message: string }) => {
        shown.push(params.message);
        for (const waiter of [...messageWaiters]) {
            if (waiter.accept(params.message)) {
                messageWaiters.splice(messageWaiters.indexOf(waiter), 1);
                waiter.resolve(params.message);
            }
        }
    });
    connection.onNotification(() => undefined);
    connection.listen();
    const folderUri = pathToFileURL(folder).toString();
    await connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: folderUri,
        workspaceFolders: [{ uri: folderUri, name: path.basename(folder) }],
        capabilities: { workspace: { configuration: true, workspaceFolders: true, ...options.workspaceCapabilities }, textDocument: { publishDiagnostics: {} } },
        initializationOptions: options.initializationOptions,
        locale: options.locale,
    });
    await connection.sendNotification('initialized', {});
    const exited = new Promise<number | null>(resolve => child.on('exit', code => resolve(code)));
    return {
        connection,
        process: child,
        published,
        stderr: () => stderr,
        waitForMessage(accept) {
            const seen = shown.find(accept);
            return seen !== undefined ? Promise.resolve(seen) : new Promise(resolve => messageWaiters.push({ accept, resolve }));
        },
        waitForDiagnostics(uri, accept) {
            const latest = published.get(uri)?.at(-1);
            if (latest && accept(latest)) {
                return Promise.resolve(latest);
            }
            return new Promise(resolve => waiters.push({ uri, accept, resolve }));
        },
        async stop() {
            if (child.exitCode === null) {
                await connection.sendRequest('shutdown');
                await connection.sendNotification('exit');
            }
            const code = await exited;
            connection.dispose();
            return code;
        },
    };
}

/** Opens a document in the server. */
export async function open(session: ServerSession, uri: string, text: string): Promise<void> {
    await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'playbook', version: 1, text } });
}

/** A server over a new folder holding `files`, with `openName` open and its first diagnostics in. */
export interface FolderSession {
    session: ServerSession;
    folder: string;
    uri: string;
    /** Stops the server and removes the folder. */
    close(): Promise<void>;
}

/** Writes `files` into a new temporary folder, starts a server on it and opens `openName`. */
export async function openInNewFolder(prefix: string, files: Record<string, string>, openName: string): Promise<FolderSession> {
    assert.ok(serverBuilt(), 'dist/server.cjs is missing: run npm run build first.');
    const folder = mkdtempSync(path.join(tmpdir(), prefix));
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text);
    const session = await startServer(folder);
    const uri = pathToFileURL(path.join(folder, openName)).toString();
    await open(session, uri, files[openName]!);
    await session.waitForDiagnostics(uri, () => true);
    return {
        session, folder, uri,
        close: async () => {
            await session.stop();
            rmSync(folder, { recursive: true, force: true });
        },
    };
}

/** A diagnostic's message as plain text. */
export function messageOf(diagnostic: Diagnostic): string {
    return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}
