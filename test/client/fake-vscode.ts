/**
 * A fake of the part of VS Code's API that the runner's host (client/src/runner/) uses, for unit
 * tests (test/client/vscode-hook.mjs points `vscode` here). The file system is the real one, in
 * a temporary workspace folder, so that writes, renames and reads are what they would be; the
 * watcher, the webview panels, the messages shown and the text documents are recorded, and the
 * test drives them (`fake`). The e2e suite (e2e/) covers the real VS Code.
 */
import { mkdir, readFile, rename as renameFile, writeFile as writeBytes } from 'node:fs/promises';
import { TextDocument as LspDocument } from 'vscode-languageserver-textdocument';
import { URI, Utils } from 'vscode-uri';

type Listener<T> = (value: T) => unknown;

export class EventEmitter<T> {
    private readonly listeners = new Set<Listener<T>>();
    readonly event = (listener: Listener<T>): Disposable => {
        this.listeners.add(listener);
        return new Disposable(() => this.listeners.delete(listener));
    };
    fire(value: T): void {
        this.listeners.forEach(listener => listener(value));
    }
}

export class Disposable {
    constructor(private readonly onDispose: () => unknown) {}
    static from(...items: Array<{ dispose(): unknown }>): Disposable {
        return new Disposable(() => items.forEach(item => item.dispose()));
    }
    dispose(): void {
        this.onDispose();
    }
}

/** VS Code's Uri, as vscode-uri implements it (the same class VS Code's own is built from). */
export const Uri = Object.assign(URI, { joinPath: (uri: URI, ...segments: string[]) => Utils.joinPath(uri, ...segments) });
export type Uri = URI;

export class Position {
    constructor(readonly line: number, readonly character: number) {}
}

export class Range {
    constructor(readonly start: Position, readonly end: Position) {}
}

export class RelativePattern {
    constructor(readonly base: URI, readonly pattern: string) {}
}

export class WorkspaceEdit {
    readonly edits: Array<{ uri: URI; range: Range; text: string }> = [];
    replace(uri: URI, range: Range, text: string): void {
        this.edits.push({ uri, range, text });
    }
}

export enum ViewColumn { Active = -1, Beside = -2, One = 1, Two = 2 }

/** A text document over vscode-languageserver-textdocument (offsets and positions as VS Code counts them). */
class FakeDocument {
    constructor(readonly uri: URI, public text: string) {}
    private get lsp(): LspDocument {
        return LspDocument.create(this.uri.toString(), 'playbook', 1, this.text);
    }
    getText(): string {
        return this.text;
    }
    positionAt(offset: number): Position {
        const p = this.lsp.positionAt(offset);
        return new Position(p.line, p.character);
    }
    offsetAt(position: Position): number {
        return this.lsp.offsetAt(position);
    }
}

/** One webview panel the host created: what it posted, and a way to send it what the webview would. */
export class FakePanel {
    readonly posted: unknown[] = [];
    private readonly received = new EventEmitter<unknown>();
    private readonly disposed = new EventEmitter<void>();
    iconPath: unknown;
    viewColumn: ViewColumn | undefined = ViewColumn.Two;
    readonly webview = {
        options: {} as unknown,
        html: '',
        cspSource: 'vscode-webview:',
        asWebviewUri: (uri: URI) => uri.with({ scheme: 'vscode-webview' }),
        postMessage: (message: unknown): Promise<boolean> => {
            this.posted.push(message);
            fake.changed.fire();
            return Promise.resolve(true);
        },
        onDidReceiveMessage: this.received.event,
    };
    readonly onDidDispose = this.disposed.event;
    constructor(readonly viewType: string, readonly title: string) {}
    /** What the webview would send: a message, as untrusted as the real one. */
    send(message: unknown): void {
        this.received.fire(message);
    }
    reveal(): void {}
    dispose(): void {
        this.disposed.fire();
    }
}

/** What the tests set and read. */
export const fake = {
    workspaceFolder: undefined as URI | undefined,
    settings: new Map<string, unknown>(),
    shown: [] as Array<{ level: 'info' | 'warning' | 'error'; message: string }>,
    panels: [] as FakePanel[],
    watchers: [] as Array<{ pattern: RelativePattern; changed: EventEmitter<URI>; created: EventEmitter<URI> }>,
    documents: new Map<string, FakeDocument>(),
    clipboard: '',
    /** Fires whenever the host posts to a webview, so tests wait for an answer instead of sleeping. */
    changed: new EventEmitter<void>(),
    reset(): void {
        this.workspaceFolder = undefined;
        this.settings.clear();
        this.shown.length = 0;
        this.panels.length = 0;
        this.watchers.length = 0;
        this.documents.clear();
    },
};

const show = (level: 'info' | 'warning' | 'error') => (message: string): Promise<undefined> => {
    fake.shown.push({ level, message });
    return Promise.resolve(undefined);
};

export const window = {
    showInformationMessage: show('info'),
    showWarningMessage: show('warning'),
    showErrorMessage: show('error'),
    setStatusBarMessage: (): Disposable => new Disposable(() => undefined),
    createWebviewPanel: (viewType: string, title: string): FakePanel => {
        const panel = new FakePanel(viewType, title);
        fake.panels.push(panel);
        return panel;
    },
    showTextDocument: (document: FakeDocument): Promise<FakeDocument> => Promise.resolve(document),
    showSaveDialog: (): Promise<undefined> => Promise.resolve(undefined),
};

export const env = {
    language: 'en',
    clipboard: { writeText: (text: string): Promise<void> => { fake.clipboard = text; return Promise.resolve(); } },
};

export const l10n = {
    t: (message: string, ...args: unknown[]): string => message.replace(/\{(\d+)\}/g, (whole, i: string) => (args[Number(i)] !== undefined ? String(args[Number(i)]) : whole)),
};

export const workspace = {
    get workspaceFolders(): Array<{ uri: URI; name: string; index: number }> | undefined {
        return fake.workspaceFolder ? [{ uri: fake.workspaceFolder, name: 'workspace', index: 0 }] : undefined;
    },
    getConfiguration: () => ({ get: <T>(key: string): T | undefined => fake.settings.get(key) as T | undefined }),
    asRelativePath: (uri: URI): string => (fake.workspaceFolder && uri.path.startsWith(`${fake.workspaceFolder.path}/`) ? uri.path.slice(fake.workspaceFolder.path.length + 1) : uri.fsPath),
    fs: {
        readFile: async (uri: URI): Promise<Uint8Array> => new Uint8Array(await readFile(uri.fsPath)),
        writeFile: (uri: URI, content: Uint8Array): Promise<void> => writeBytes(uri.fsPath, content),
        rename: (from: URI, to: URI): Promise<void> => renameFile(from.fsPath, to.fsPath),
        createDirectory: async (uri: URI): Promise<void> => { await mkdir(uri.fsPath, { recursive: true }); },
    },
    createFileSystemWatcher: (pattern: RelativePattern) => {
        const changed = new EventEmitter<URI>();
        const created = new EventEmitter<URI>();
        fake.watchers.push({ pattern, changed, created });
        return { onDidChange: changed.event, onDidCreate: created.event, dispose: () => undefined };
    },
    openTextDocument: async (uri: URI): Promise<FakeDocument> => {
        const known = fake.documents.get(uri.toString());
        if (known) return known;
        const document = new FakeDocument(uri, await readFile(uri.fsPath, 'utf8'));
        fake.documents.set(uri.toString(), document);
        return document;
    },
    /** Applies the edits to the open documents, as VS Code does (unsaved). */
    applyEdit: (edit: WorkspaceEdit): Promise<boolean> => {
        for (const { uri, range, text } of edit.edits) {
            const document = fake.documents.get(uri.toString());
            if (!document) return Promise.resolve(false);
            document.text = document.text.slice(0, document.offsetAt(range.start)) + text + document.text.slice(document.offsetAt(range.end));
        }
        return Promise.resolve(true);
    },
};

/** A Memento like the extension's workspace state: updates take effect at once. */
export class FakeMemento {
    readonly values = new Map<string, unknown>();
    get<T>(key: string): T | undefined {
        return this.values.get(key) as T | undefined;
    }
    update(key: string, value: unknown): Promise<void> {
        if (value === undefined) this.values.delete(key);
        else this.values.set(key, value);
        return Promise.resolve();
    }
    keys(): readonly string[] {
        return [...this.values.keys()];
    }
}
