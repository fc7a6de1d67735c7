import * as vscode from 'vscode';
import type { Diagnostic } from 'vscode';
import { CodeLensRequest, InlayHintRequest, type LanguageClient, type Middleware } from 'vscode-languageclient/node';

/** The settings that switch editor features off, each scoped to a resource (folder or file). */
export const EDITOR_SETTINGS = {
    validation: 'validation.enabled',
    codeLens: 'codeLens.enabled',
    inlayHints: 'inlayHints.enabled',
} as const;

function enabled(setting: string, uri: vscode.Uri): boolean {
    return vscode.workspace.getConfiguration('playbook', uri).get<boolean>(setting, true);
}

/**
 * Applies `playbook.validation.enabled`, `playbook.codeLens.enabled` and
 * `playbook.inlayHints.enabled` in the client, so that the server (and the CLI, which run the
 * same rules) keep one configuration: the editor only stops showing what a user turned off.
 * A change applies at once: the last diagnostics of each file are shown or hidden again, and
 * code lenses and inlay hints are asked for anew.
 */
export class PlaybookEditorSettings implements vscode.Disposable {
    private readonly published = new Map<string, { uri: vscode.Uri; diagnostics: Diagnostic[] }>();
    private show: ((uri: vscode.Uri, diagnostics: Diagnostic[]) => void) | undefined;
    private client: LanguageClient | undefined;
    private readonly subscription: vscode.Disposable;

    constructor() {
        this.subscription = vscode.workspace.onDidChangeConfiguration(event => {
            if (Object.values(EDITOR_SETTINGS).some(setting => event.affectsConfiguration(`playbook.${setting}`))) this.refresh();
        });
    }

    /** The client's middleware: filters what the server publishes and provides, by the settings. */
    readonly middleware: Middleware = {
        handleDiagnostics: (uri, diagnostics, next) => {
            this.published.set(uri.toString(), { uri, diagnostics });
            this.show = next;
            next(uri, enabled(EDITOR_SETTINGS.validation, uri) ? diagnostics : []);
        },
        provideCodeLenses: (document, token, next) => (enabled(EDITOR_SETTINGS.codeLens, document.uri) ? next(document, token) : []),
        provideInlayHints: (document, range, token, next) => (enabled(EDITOR_SETTINGS.inlayHints, document.uri) ? next(document, range, token) : []),
    };

    /** The client whose lens and hint providers are refreshed on a change. */
    attach(client: LanguageClient): void {
        this.client = client;
    }

    dispose(): void {
        this.subscription.dispose();
    }

    private refresh(): void {
        for (const { uri, diagnostics } of this.published.values()) {
            this.show?.(uri, enabled(EDITOR_SETTINGS.validation, uri) ? diagnostics : []);
        }
        for (const document of vscode.workspace.textDocuments.filter(d => d.languageId === 'playbook')) {
            this.client?.getFeature(CodeLensRequest.method).getProvider(document)?.onDidChangeCodeLensEmitter.fire();
            this.client?.getFeature(InlayHintRequest.method).getProvider(document)?.onDidChangeInlayHints.fire();
        }
    }
}
