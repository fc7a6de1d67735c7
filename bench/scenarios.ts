/** The editor-shaped scenarios: incremental edits through the document builder, and request latency. */
import { performance } from 'node:perf_hooks';
import { URI, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { EmptyFileSystem } from 'langium';
import { createPlaybookLspServices } from '../server/src/lsp/playbook-lsp-module.js';

/** Opens the files as an editor would (text documents), builds them, and returns the services. */
async function open(files: Record<string, string>) {
    const { shared, Playbook } = createPlaybookLspServices({ ...EmptyFileSystem });
    const textDocuments = shared.workspace.TextDocuments!;
    const documents: LangiumDocument[] = [];
    for (const [name, text] of Object.entries(files)) {
        const uri = URI.file(`/bench/${name}`).toString();
        const textDocument = TextDocument.create(uri, 'playbook', 1, text);
        textDocuments.set(textDocument);
        const document = shared.workspace.LangiumDocumentFactory.fromTextDocument(textDocument);
        shared.workspace.LangiumDocuments.addDocument(document);
        documents.push(document);
    }
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return { shared, Playbook, documents };
}

/** Replaces the first occurrence of `from` in a document and rebuilds what the change affects; returns ms. */
async function edit(ctx: Awaited<ReturnType<typeof open>>, name: string, from: string, to: string): Promise<number> {
    const uri = URI.file(`/bench/${name}`).toString();
    const textDocuments = ctx.shared.workspace.TextDocuments!;
    const current = textDocuments.get(uri)!;
    const text = current.getText();
    const offset = text.indexOf(from);
    const next = TextDocument.update(current, [{ range: { start: current.positionAt(offset), end: current.positionAt(offset + from.length) }, text: to }], current.version + 1);
    textDocuments.set(next);
    const start = performance.now();
    await ctx.shared.workspace.DocumentBuilder.update([URI.parse(uri)], []);
    return performance.now() - start;
}

/** Milliseconds to open and build the files in a process of their own services (the in-process peer). */
export async function workspaceBuildMs(files: Record<string, string>): Promise<number> {
    const start = performance.now();
    await open(files);
    return performance.now() - start;
}

/** One-line edits in a leaf playbook and in the shared organisation file (no exported name changes). */
export async function workspaceEdits(files: Record<string, string>, times: number) {
    const start = performance.now();
    const ctx = await open(files);
    const initialMs = performance.now() - start;
    const leaf: number[] = [];
    const shared: number[] = [];
    for (let i = 0; i < times + 1; i++) {
        // Titles change, names do not: exactly the edit the goal speaks of.
        const l = await edit(ctx, 'pb-500.playbook', i % 2 ? '"Playbook number 500 (edited)"' : '"Playbook number 500"', i % 2 ? '"Playbook number 500"' : '"Playbook number 500 (edited)"');
        const s = await edit(ctx, 'org.playbook', i % 2 ? '"Person 3 (edited)"' : '"Person 3"', i % 2 ? '"Person 3"' : '"Person 3 (edited)"');
        if (i > 0) {
            leaf.push(l);
            shared.push(s);
        }
    }
    return { initialMs, leaf, shared };
}

/** Completion, hover and definition latency on a step owner reference near the end of the file. */
export async function latency(text: string, times: number) {
    const ctx = await open({ 'latency.playbook': text });
    const document = ctx.documents[0]!;
    const offset = text.lastIndexOf(' owner ') + ' owner '.length;
    const position = document.textDocument.positionAt(offset + 1);
    const textDocument = { uri: document.uri.toString() };
    const lsp = ctx.Playbook.lsp;
    const time = async (fn: () => unknown) => {
        const durations: number[] = [];
        await fn();
        for (let i = 0; i < times; i++) {
            const start = performance.now();
            await fn();
            durations.push(performance.now() - start);
        }
        return durations;
    };
    return {
        completion: await time(() => lsp.CompletionProvider!.getCompletion(document, { textDocument, position })),
        hover: await time(() => lsp.HoverProvider!.getHoverContent(document, { textDocument, position })),
        definition: await time(() => lsp.DefinitionProvider!.getDefinition(document, { textDocument, position })),
    };
}
