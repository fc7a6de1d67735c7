// Shared helpers for the in-host suite: where the samples are, opening documents, waiting for events.
import * as vscode from 'vscode';

/** The extension's identifier: publisher.name from package.json. */
export const EXTENSION_ID = 'incident-playbooks.incident-playbooks';

/** How long to wait for the language server before a test gives up (it starts cold on the first test). */
export const SERVER_WAIT_MS = 45_000;

/** The workspace folder the suite runs in: a fresh copy of `samples/` made by the harness. */
export function workspaceRoot(): vscode.Uri {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) {
        throw new Error('The suite needs a workspace folder holding a copy of samples/; none is open.');
    }
    return folder.uri;
}

/** The URI of a file of the workspace, e.g. `playbooks/data-breach.playbook`. */
export function sampleUri(relativePath: string): vscode.Uri {
    return vscode.Uri.joinPath(workspaceRoot(), ...relativePath.split('/'));
}

/** Opens a sample in an editor and returns the editor. */
export async function openSample(relativePath: string): Promise<vscode.TextEditor> {
    const document = await vscode.workspace.openTextDocument(sampleUri(relativePath));
    return vscode.window.showTextDocument(document, { preview: false });
}

/** Resolves with `value()` once it is defined, re-checking whenever `onEvent` fires; rejects after `ms`. */
export function waitFor<T>(what: string, value: () => T | undefined, onEvent: vscode.Event<unknown>, ms = SERVER_WAIT_MS, seen: () => string = () => ''): Promise<T> {
    return new Promise<T>((resolve, reject) => {
        const check = (): boolean => {
            const found = value();
            if (found === undefined) {
                return false;
            }
            cleanup();
            resolve(found);
            return true;
        };
        const subscription = onEvent(() => { check(); });
        const timer = setTimeout(() => {
            cleanup();
            reject(new Error(`Timed out after ${ms} ms waiting for ${what}. ${seen()}`.trim()));
        }, ms);
        const cleanup = (): void => {
            clearTimeout(timer);
            subscription.dispose();
        };
        check();
    });
}

/** Waits until the language server has published diagnostics for `uri` that satisfy `accept`. */
export function waitForDiagnostics(uri: vscode.Uri, accept: (diagnostics: readonly vscode.Diagnostic[]) => boolean, what: string): Promise<readonly vscode.Diagnostic[]> {
    return waitFor(what, () => {
        const diagnostics = vscode.languages.getDiagnostics(uri);
        return accept(diagnostics) ? diagnostics : undefined;
    }, vscode.languages.onDidChangeDiagnostics, SERVER_WAIT_MS, () => {
        const own = vscode.languages.getDiagnostics(uri).map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${codeOf(d)} ${d.message}`);
        const files = vscode.languages.getDiagnostics().filter(([, list]) => list.length > 0).map(([file]) => file.toString());
        return `The file has ${own.length ? own.join('; ') : 'no diagnostics'}; files with diagnostics: ${files.join(', ') || 'none'}.`;
    });
}

/**
 * Waits until the language server has built the workspace: the linking error of
 * `invalid/unresolved-reference.playbook` can only be published after the initial build.
 */
export function serverReady(): Promise<void> {
    // One wait for the whole suite: when the server never comes up, every later test fails at once.
    ready ??= (async () => {
        const uri = sampleUri('invalid/unresolved-reference.playbook');
        await vscode.workspace.openTextDocument(uri);
        // Matched by message: the codes themselves are what the diagnostics tests check.
        await waitForDiagnostics(uri, diagnostics => diagnostics.some(d => d.message.includes('night-watch')), 'the first diagnostics of the language server');
    })();
    return ready;
}

let ready: Promise<void> | undefined;

/** A diagnostic's code as a string, whether it came as a plain value or with a link to its docs. */
export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
    const code = diagnostic.code;
    if (code === undefined) {
        return undefined;
    }
    return typeof code === 'object' ? String(code.value) : String(code);
}

/** The 0-based position of the first occurrence of `needle` in the document, plus `offset` characters. */
export function positionOf(document: vscode.TextDocument, needle: string, offset = 0): vscode.Position {
    const index = document.getText().indexOf(needle);
    if (index < 0) {
        throw new Error(`"${needle}" does not occur in ${document.uri.path}.`);
    }
    return document.positionAt(index + offset);
}

/** Markdown or plain text of hover contents, joined. */
export function hoverText(hovers: readonly vscode.Hover[]): string {
    return hovers
        .flatMap(hover => hover.contents)
        .map(content => (typeof content === 'string' ? content : content.value))
        .join('\n');
}
