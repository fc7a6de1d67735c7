import type { Disposable, Event } from 'vscode';
import { clientMessages } from './messages.js';

/** Why the language server is started again. */
export type RestartReason = 'configFile' | 'workspaceFolders' | 'trust' | 'command';

/**
 * What the lifecycle needs from VS Code and the language client: events, the setting and a way
 * to restart and to log. The extension passes VS Code's; the tests pass fakes.
 */
export interface ServerLifecycleSurface {
    readonly onDidChangeConfiguration: Event<{ affectsConfiguration(section: string): boolean }>;
    readonly onDidChangeWorkspaceFolders: Event<unknown>;
    readonly onDidGrantWorkspaceTrust: Event<void>;
    /** The `playbook.configFile` setting as the extension reads it now. */
    configFile(): string;
    /** Stops the server and starts it again; the client reads its initialization options anew. */
    restart(): Promise<void>;
    /** A line in the extension's output channel. */
    log(line: string): void;
}

/** The palette's "Playbook: Restart Language Server". */
export const RESTART_SERVER_COMMAND = 'playbook.restartServer';

/** The palette's "Playbook: Show Output": the extension's output channel (the server's log and traces). */
export const SHOW_OUTPUT_COMMAND = 'playbook.showOutput';

/** The setting the server reads once, when it starts (initialization options). */
export const CONFIG_FILE_SETTING = 'playbook.configFile';

/**
 * Keeps the language server in step with what it reads only at start-up: the
 * `playbook.configFile` setting (sent as an initialization option), the workspace folders
 * (Langium reads them once, at initialisation) and workspace trust (in Restricted Mode the
 * setting is ignored). A change of any restarts the server, as the "Restart Language Server"
 * command does. Restarts asked for while one is waiting to run are folded into it: it reads the
 * settings as they are when it starts.
 */
export class PlaybookServerLifecycle implements Disposable {
    private readonly subscriptions: Disposable[];
    private queue: Promise<void> = Promise.resolve();
    private waiting: RestartReason[] | undefined;

    constructor(private readonly surface: ServerLifecycleSurface) {
        this.subscriptions = [
            surface.onDidChangeConfiguration(event => {
                if (event.affectsConfiguration(CONFIG_FILE_SETTING)) void this.restart('configFile');
            }),
            surface.onDidChangeWorkspaceFolders(() => void this.restart('workspaceFolders')),
            // Trust matters only to a set configFile: without one the server reads the same file either way.
            surface.onDidGrantWorkspaceTrust(() => {
                if (surface.configFile().trim() !== '') void this.restart('trust');
            }),
        ];
    }

    /** Restarts the server (after any restart already running); resolves once it has started again. */
    restart(reason: RestartReason): Promise<void> {
        if (this.waiting) {
            this.waiting.push(reason);
            return this.queue;
        }
        const reasons: RestartReason[] = [reason];
        this.waiting = reasons;
        this.queue = this.queue.then(async () => {
            this.waiting = undefined;
            for (const why of new Set(reasons)) {
                this.surface.log(RESTART_MESSAGES[why]());
            }
            try {
                await this.surface.restart();
            } catch (error) {
                this.surface.log(clientMessages.serverRestartFailed({ message: error instanceof Error ? error.message : String(error) }));
            }
        });
        return this.queue;
    }

    dispose(): void {
        this.subscriptions.forEach(subscription => subscription.dispose());
    }
}

/** One whole sentence per reason (never a reason spliced into a sentence: translations need the whole). */
const RESTART_MESSAGES: Readonly<Record<RestartReason, () => string>> = {
    configFile: () => clientMessages.serverRestartingConfigFile,
    workspaceFolders: () => clientMessages.serverRestartingFolders,
    trust: () => clientMessages.serverRestartingTrust,
    command: () => clientMessages.serverRestartingCommand,
};
