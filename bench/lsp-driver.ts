/**
 * A language server driven over stdio the way an editor drives it, for the benchmark: our
 * `playbook-language-server --stdio` and the peer (yaml-language-server) through the same code,
 * so that both sides of a ratio pay the same protocol costs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export interface DriverOptions {
    command: string;
    args: string[];
    /** The workspace folder. */
    root: string;
    /** Answers `workspace/configuration` items (by section). */
    configuration?: (section: string | undefined) => unknown;
    /** Sent as `workspace/didChangeConfiguration` after `initialized`. */
    settings?: unknown;
    /** Variables added to the server's environment. */
    env?: NodeJS.ProcessEnv;
}

export class LspDriver {
    private readonly process: ChildProcess;
    readonly connection: MessageConnection;
    private readonly versions = new Map<string, number>();
    /** Number of diagnostics notifications per URI, and the waiters for the next ones. */
    private readonly publishCount = new Map<string, number>();
    private waiters: Array<{ uri: string; after: number; resolve: () => void }> = [];

    constructor(private readonly options: DriverOptions) {
        this.process = spawn(options.command, options.args, { cwd: options.root, env: { ...process.env, ...options.env }, stdio: ['pipe', 'pipe', 'ignore'] });
        this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
        this.connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string }) => {
            const count = (this.publishCount.get(params.uri) ?? 0) + 1;
            this.publishCount.set(params.uri, count);
            this.waiters = this.waiters.filter(w => {
                if (w.uri === params.uri && count > w.after) {
                    w.resolve();
                    return false;
                }
                return true;
            });
        });
        this.connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
            params.items.map(item => options.configuration?.(item.section) ?? null));
        this.connection.onRequest('client/registerCapability', () => null);
        this.connection.onRequest('window/workDoneProgress/create', () => null);
        this.connection.onNotification(() => undefined);
        this.connection.listen();
    }

    async initialize(): Promise<void> {
        const rootUri = pathToFileURL(this.options.root).toString();
        await this.connection.sendRequest('initialize', {
            processId: process.pid,
            rootUri,
            workspaceFolders: [{ uri: rootUri, name: 'bench' }],
            capabilities: {
                workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } },
                textDocument: {
                    publishDiagnostics: { versionSupport: true },
                    completion: { completionItem: { snippetSupport: true } },
                    synchronization: { didSave: true },
                },
            },
        });
        await this.connection.sendNotification('initialized', {});
        if (this.options.settings !== undefined) {
            await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: this.options.settings });
        }
    }

    /** How many diagnostics notifications the document has had so far. */
    published(uri: string): number {
        return this.publishCount.get(uri) ?? 0;
    }

    /**
     * Resolves at the first diagnostics notification for `uri` after the `after`-th; rejects,
     * naming the document, when none comes within a few minutes (a server that went quiet).
     */
    nextDiagnostics(uri: string, after = this.published(uri)): Promise<void> {
        if (this.published(uri) > after) return Promise.resolve();
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} after ${after} within 5 minutes`)), 300_000);
            this.waiters.push({ uri, after, resolve: () => { clearTimeout(timer); resolve(); } });
        });
    }

    async open(uri: string, languageId: string, text: string): Promise<void> {
        this.versions.set(uri, 1);
        await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    }

    /** Replaces the document's whole text (as editors do for large edits; both servers get the same). */
    async change(uri: string, text: string): Promise<void> {
        const version = (this.versions.get(uri) ?? 1) + 1;
        this.versions.set(uri, version);
        await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    }

    /** Milliseconds a request takes to answer. */
    async time(method: string, params: unknown): Promise<{ ms: number; result: unknown }> {
        const start = performance.now();
        const result = await this.connection.sendRequest(method, params);
        return { ms: performance.now() - start, result };
    }

    /** The server's process id (after an exec, the program it became). */
    get pid(): number | undefined {
        return this.process.pid;
    }

    async stop(): Promise<void> {
        try {
            await Promise.race([this.connection.sendRequest('shutdown'), new Promise(resolve => setTimeout(resolve, 5_000))]);
            await this.connection.sendNotification('exit');
        } catch {
            // The process may already be gone; it is killed below either way.
        }
        this.connection.dispose();
        this.process.kill();
    }
}

/** Milliseconds from `start` until `done` resolves. */
export async function until(done: Promise<unknown>, start = performance.now()): Promise<number> {
    await done;
    return performance.now() - start;
}
