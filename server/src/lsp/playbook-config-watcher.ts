import { URI, UriUtils } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { CONFIG_FILE_NAME, DEFAULT_CONFIG, parseConfig, type ConfigProblem, type PlaybookConfig } from '../config/playbook-config.js';
import type { PlaybookConfigProvider } from '../config/playbook-config-provider.js';
import type { PlaybookDocumentBuilder } from '../workspace/playbook-document-builder.js';
import { readInitializationOptions } from '../../../protocol/src/playbook-initialization.js';
import { CONFIG_PROBLEM_CODE } from '../catalogue/playbook-builtin-codes.js';

export { CONFIG_PROBLEM_CODE };

/** Converts the config's 1-based problems to diagnostics on the config file. */
export function configDiagnostics(problems: readonly ConfigProblem[]): Diagnostic[] {
    return problems.map(p => ({
        range: { start: { line: p.line - 1, character: p.column - 1 }, end: { line: p.endLine - 1, character: p.endColumn - 1 } },
        severity: DiagnosticSeverity.Error,
        message: p.message,
        code: CONFIG_PROBLEM_CODE,
        source: 'playbook',
    }));
}

/**
 * Reads playbook.config.yaml at the root of the first workspace folder that has one, applies it
 * to validation, publishes its problems on the file itself, and does it again (re-validating
 * every document) whenever the client reports the file created, changed or deleted.
 */
export class PlaybookConfigWatcher {
    private published: URI | undefined;

    constructor(private readonly shared: LangiumSharedServices) {}

    /** The configuration's path relative to a workspace folder (the client's `playbook.configFile` setting). */
    private configFile = CONFIG_FILE_NAME;

    /** Hooks the watcher into the server's start-up and file-change events. */
    start(): void {
        this.shared.lsp.LanguageServer.onInitialize(params => {
            const configured = readInitializationOptions(params.initializationOptions).options.configFile?.trim();
            this.configFile = configured ? configured : CONFIG_FILE_NAME;
        });
        this.shared.lsp.LanguageServer.onInitialized(() => void this.reload());
        this.shared.lsp.DocumentUpdateHandler.onWatchedFilesChange(params => {
            const name = UriUtils.basename(URI.parse(this.configFile));
            if (params.changes.some(change => UriUtils.basename(URI.parse(change.uri)) === name)) {
                void this.reload();
            }
        });
    }

    /** Loads the configuration again, applies it and re-validates the workspace. */
    async reload(): Promise<void> {
        const workspace = this.shared.workspace;
        await workspace.WorkspaceManager.ready;
        const found = await this.read();
        const { config, problems } = found ? parseConfig(found.text) : { config: DEFAULT_CONFIG, problems: [] };
        this.apply(config);
        this.publish(found?.uri, configDiagnostics(problems));
        await workspace.WorkspaceLock.write(token => (workspace.DocumentBuilder as PlaybookDocumentBuilder).revalidateAll(token));
    }

    private async read(): Promise<{ uri: URI; text: string } | undefined> {
        for (const folder of this.shared.workspace.WorkspaceManager.workspaceFolders ?? []) {
            const uri = UriUtils.joinPath(URI.parse(folder.uri), ...this.configFile.split(/[\\/]/));
            try {
                return { uri, text: await this.shared.workspace.FileSystemProvider.readFile(uri) };
            } catch {
                // No config in this folder: try the next one.
            }
        }
        return undefined;
    }

    private apply(config: PlaybookConfig): void {
        for (const services of this.shared.ServiceRegistry.all) {
            const provider = (services.validation as { PlaybookConfigProvider?: PlaybookConfigProvider }).PlaybookConfigProvider;
            provider?.set(config);
        }
    }

    private publish(uri: URI | undefined, diagnostics: Diagnostic[]): void {
        const connection = this.shared.lsp.Connection;
        if (this.published && this.published.toString() !== uri?.toString()) {
            void connection?.sendDiagnostics({ uri: this.published.toString(), diagnostics: [] });
        }
        if (uri) {
            void connection?.sendDiagnostics({ uri: uri.toString(), diagnostics });
        }
        this.published = uri;
    }
}

/** Starts watching the workspace's playbook.config.yaml. */
export function watchPlaybookConfig(shared: LangiumSharedServices): PlaybookConfigWatcher {
    const watcher = new PlaybookConfigWatcher(shared);
    watcher.start();
    return watcher;
}
