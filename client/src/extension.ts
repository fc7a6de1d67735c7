import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { CHOOSE_FIX_COMMAND, RUN_PLAYBOOK_COMMAND, type ChooseFixArguments, type RunPlaybookArguments } from '../../protocol/src/playbook-commands.js';
import type { PlaybookInitializationOptions } from '../../protocol/src/playbook-initialization.js';
import { PlaybookModelRequest } from '../../protocol/src/playbook-requests.js';
import type { WebviewPersistedState } from '../../protocol/src/playbook-webview-messages.js';
import { negotiateLocale, setActiveLocale } from '../../l10n/src/index.js';
import { clientMessages } from './messages.js';
import { chooseFix } from './playbook-choose-fix.js';
import { PlaybookEditorSettings } from './playbook-editor-settings.js';
import { PlaybookServerLifecycle, RESTART_SERVER_COMMAND, SHOW_OUTPUT_COMMAND } from './playbook-server-lifecycle.js';
import { COPY_SAMPLES_COMMAND, copySamples, watchWalkthrough } from './playbook-walkthrough.js';
import { RUNNER_VIEW_TYPE, RunnerPanels, type ModelSource } from './runner/playbook-runner-panel.js';
import { DiagramPanels, SHOW_DIAGRAM_COMMAND } from './diagram/playbook-diagram-panel.js';

let client: LanguageClient | undefined;

/** The `playbook.configFile` setting, sent to the server when it starts. */
function configFile(): string {
    return vscode.workspace.getConfiguration('playbook').get<string>('configFile') ?? '';
}

/** Starts the language server for `.playbook` files and registers the runner. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
    // The extension's messages follow VS Code's display language (the language server gets it
    // from the client's initialize request, the runner's webview from its init message).
    setActiveLocale(negotiateLocale([vscode.env.language]));
    const serverModule = context.asAbsolutePath(path.join('dist', 'server.cjs'));
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const settings = new PlaybookEditorSettings();
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ language: 'playbook' }],
        middleware: settings.middleware,
        // The server offers the snippets, each only where its keyword may stand: a snippet file
        // contributed in package.json would show every snippet everywhere (after `owner `, inside a block).
        // A function: read again each time the server (re)starts, so a restart picks up a changed setting.
        initializationOptions: () => ({
            // In Restricted Mode VS Code ignores a workspace's value (package.json restrictedConfigurations).
            configFile: configFile(),
        } satisfies PlaybookInitializationOptions),
    };
    const languageClient = new LanguageClient('playbook', 'Incident Playbooks', serverOptions, clientOptions);
    client = languageClient;
    settings.attach(languageClient);
    let started = languageClient.start();
    const lifecycle = new PlaybookServerLifecycle({
        onDidChangeConfiguration: vscode.workspace.onDidChangeConfiguration,
        onDidChangeWorkspaceFolders: vscode.workspace.onDidChangeWorkspaceFolders,
        onDidGrantWorkspaceTrust: vscode.workspace.onDidGrantWorkspaceTrust,
        configFile,
        restart: () => started = languageClient.restart(),
        log: line => languageClient.outputChannel.info(line),
    });

    // The model comes from the language server, which already holds the whole workspace linked.
    const model: ModelSource = async params => {
        try {
            await started;
            return await languageClient.sendRequest(PlaybookModelRequest, params);
        } catch (error) {
            return { error: error instanceof Error ? error.message : clientMessages.runServerNotReady, playbooks: [] };
        }
    };
    const runners = new RunnerPanels(context, model);
    const diagrams = new DiagramPanels(context.extensionUri, model);
    context.subscriptions.push(
        runners,
        diagrams,
        settings,
        lifecycle,
        vscode.commands.registerCommand(RESTART_SERVER_COMMAND, () => lifecycle.restart('command')),
        vscode.commands.registerCommand(SHOW_OUTPUT_COMMAND, () => languageClient.outputChannel.show()),
        watchWalkthrough(),
        vscode.commands.registerCommand(COPY_SAMPLES_COMMAND, () => copySamples(context.extensionUri)),
        vscode.commands.registerCommand(CHOOSE_FIX_COMMAND, (choice: ChooseFixArguments) => chooseFix(languageClient, choice)),
        vscode.commands.registerCommand(RUN_PLAYBOOK_COMMAND, (...args: Partial<RunPlaybookArguments> | [vscode.Uri]) =>
            withPlaybook(args, clientMessages.runNoPlaybook, (uri, playbook) => runners.open(uri, playbook))),
        vscode.commands.registerCommand(SHOW_DIAGRAM_COMMAND, (...args: Partial<RunPlaybookArguments> | [vscode.Uri]) =>
            withPlaybook(args, clientMessages.diagramNoPlaybook, (uri, playbook) => diagrams.open(uri, playbook))),
        vscode.window.registerWebviewPanelSerializer(RUNNER_VIEW_TYPE, {
            deserializeWebviewPanel: (panel, state: unknown) => runners.restore(panel, state as WebviewPersistedState | undefined),
        }),
        vscode.workspace.onDidChangeTextDocument(event => {
            // playbook.runner.liveEdits off: an open runner keeps the version it opened with, without "The playbook changed" notices.
            const live = vscode.workspace.getConfiguration('playbook', event.document.uri).get<boolean>('runner.liveEdits', true);
            if (event.document.languageId !== 'playbook' || event.contentChanges.length === 0) return;
            if (live) runners.documentChanged();
            diagrams.documentChanged();
        }),
    );
    await started;
}

/**
 * Runs a playbook command on the playbook it was given, from the code lens (uri string, name),
 * the editor title button (resource Uri) or the palette (nothing: the active editor's).
 */
async function withPlaybook(args: Partial<RunPlaybookArguments> | [vscode.Uri], none: string, open: (uri: string, playbook?: string) => Promise<void>): Promise<void> {
    const [first, playbook] = args;
    const uri = typeof first === 'string' ? first : first instanceof vscode.Uri ? first.toString()
        : vscode.window.activeTextEditor?.document.languageId === 'playbook' ? vscode.window.activeTextEditor.document.uri.toString() : undefined;
    if (!uri) {
        void vscode.window.showInformationMessage(none);
        return;
    }
    await open(uri, typeof playbook === 'string' ? playbook : undefined);
}

/** Stops the language server. */
export async function deactivate(): Promise<void> {
    await client?.stop();
}
