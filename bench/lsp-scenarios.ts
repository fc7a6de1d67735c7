/**
 * What an editor user feels, measured over stdio with a real client (bench/lsp-driver.ts):
 * open to first diagnostics, a one-line edit to fresh diagnostics, a keystroke then completion at
 * once, hover and definition right after an edit, a 1,000-file workspace opening, and a rename of a
 * person every playbook uses. The same single-file scenarios run against yaml-language-server on
 * the same content as YAML with a JSON Schema, interleaved (ours, theirs, ours, theirs…).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspDriver, until } from './lsp-driver.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUR_SERVER = path.join(ROOT, 'bin', 'playbook-language-server.js');
const YAMLLS = createRequire(import.meta.url).resolve('yaml-language-server/bin/yaml-language-server');

type Position = { line: number; character: number };

/** One server with one open document, ready for edits. */
interface Session {
    driver: LspDriver;
    uri: string;
    text: string;
    openMs: number;
}

async function openOurs(text: string): Promise<Session> {
    const dir = mkdtempSync(path.join(tmpdir(), 'bench-lsp-'));
    const file = path.join(dir, 'bench.playbook');
    writeFileSync(file, text);
    const driver = new LspDriver({ command: process.execPath, args: [OUR_SERVER, '--stdio'], root: dir });
    await driver.initialize();
    const uri = pathToFileURL(file).toString();
    const start = performance.now();
    const first = driver.nextDiagnostics(uri, 0);
    await driver.open(uri, 'playbook', text);
    return { driver, uri, text, openMs: await until(first, start) };
}

async function openYaml(text: string, schema: unknown): Promise<Session> {
    const dir = mkdtempSync(path.join(tmpdir(), 'bench-yamlls-'));
    const file = path.join(dir, 'bench.yaml');
    const schemaFile = path.join(dir, 'playbooks.schema.json');
    writeFileSync(file, text);
    writeFileSync(schemaFile, JSON.stringify(schema));
    const yaml = { validate: true, hover: true, completion: true, schemas: { [pathToFileURL(schemaFile).toString()]: ['*.yaml'] } };
    const driver = new LspDriver({
        command: process.execPath, args: [YAMLLS, '--stdio'], root: dir,
        settings: { yaml }, configuration: section => section === 'yaml' ? yaml : null,
    });
    await driver.initialize();
    const uri = pathToFileURL(file).toString();
    const start = performance.now();
    const first = driver.nextDiagnostics(uri, 0);
    await driver.open(uri, 'yaml', text);
    return { driver, uri, text, openMs: await until(first, start) };
}

/** A one-line edit (a title gains or loses " (edited)") to the next diagnostics; returns ms. */
async function lineEdit(session: Session, title: string, round: number): Promise<number> {
    const from = round % 2 ? `${title} (edited)` : title;
    const to = round % 2 ? title : `${title} (edited)`;
    const at = session.text.indexOf(from);
    if (at < 0) throw new Error(`the benchmark text lost "${from}"`);
    session.text = session.text.slice(0, at) + to + session.text.slice(at + from.length);
    const start = performance.now();
    const next = session.driver.nextDiagnostics(session.uri);
    await session.driver.change(session.uri, session.text);
    return until(next, start);
}

/** Requests asked while typing, each in ms (see `typingRound`). */
export interface TypingFigures {
    quietCompletionMs: number[];
    keystrokeCompletionMs: number[];
    hoverAfterEditMs: number[];
    definitionAfterEditMs: number[];
}

export interface SingleFileFigures extends TypingFigures {
    openMs: number[];
    yamlOpenMs: number[];
    editMs: number[];
    yamlEditMs: number[];
}

/**
 * One round of typing in the session's document, which must have its diagnostics: completion at
 * the last step's owner on the quiet document; then, each after a keystroke on an earlier line
 * and sent at once (as typing does), completion, hover and definition at the same place. Each
 * keystroke's diagnostics are awaited before the next keystroke, so that every request waits
 * for one change only and the round leaves the document quiet.
 */
async function typingRound(session: Session, round: number, figures: TypingFigures): Promise<void> {
    const owner = ownerPosition(session.text);
    const params = { textDocument: { uri: session.uri }, position: owner };
    figures.quietCompletionMs.push((await session.driver.time('textDocument/completion', params)).ms);
    const afterKeystroke: Array<[string, number[]]> = [
        ['textDocument/completion', figures.keystrokeCompletionMs],
        ['textDocument/hover', figures.hoverAfterEditMs],
        ['textDocument/definition', figures.definitionAfterEditMs],
    ];
    for (const [step, [method, times]] of afterKeystroke.entries()) {
        session.text = typeKeystroke(session.text, owner.line, round * afterKeystroke.length + step);
        const published = session.driver.published(session.uri);
        await session.driver.change(session.uri, session.text);
        times.push((await session.driver.time(method, params)).ms);
        await session.driver.nextDiagnostics(session.uri, published);
    }
}

/**
 * The single-file scenarios at one size, interleaved with yaml-language-server. `title` is a
 * title both texts contain (the edit); completion, hover and definition are asked at the owner of
 * the last step.
 */
export async function singleFileScenarios(dsl: string, yaml: string, schema: unknown, title: string, runs: number): Promise<SingleFileFigures> {
    const figures: SingleFileFigures = { openMs: [], yamlOpenMs: [], editMs: [], yamlEditMs: [], quietCompletionMs: [], keystrokeCompletionMs: [], hoverAfterEditMs: [], definitionAfterEditMs: [] };
    for (let run = 0; run < runs; run++) {
        const ours = await openOurs(dsl);
        const theirs = await openYaml(yaml, schema);
        figures.openMs.push(ours.openMs);
        figures.yamlOpenMs.push(theirs.openMs);
        for (let round = 0; round < 2; round++) {
            figures.editMs.push(await lineEdit(ours, title, round));
            figures.yamlEditMs.push(await lineEdit(theirs, title, round));
        }
        await typingRound(ours, run, figures);
        await Promise.all([ours.driver.stop(), theirs.driver.stop()]);
    }
    return figures;
}

/** The position just after `owner ` on the last step (one character into the name). */
function ownerPosition(text: string): Position {
    const offset = text.lastIndexOf(' owner ') + ' owner '.length + 1;
    return TextDocument.create('x', 'playbook', 1, text).positionAt(offset);
}

/** Types (or deletes) one character inside the last title string before `line`. */
function typeKeystroke(text: string, line: number, round: number): string {
    const document = TextDocument.create('x', 'playbook', 1, text);
    const before = document.offsetAt({ line, character: 0 });
    const quote = text.lastIndexOf('"', before - 2);
    return round % 2 === 0 ? `${text.slice(0, quote)}x${text.slice(quote)}` : `${text.slice(0, quote - 1)}${text.slice(quote)}`;
}

export interface WorkspaceFigures extends TypingFigures {
    leafEditMs: number[];
    renameSharedMs: number[];
}

/** The workspace opens of `workspaceOpens`, each beside the in-process builds run just before it. */
export interface WorkspaceOpenFigures {
    firstDiagnosticsMs: number[];
    allDiagnosticsMs: number[];
    /** The same build in the benchmark's process, warm from the scenarios before it. */
    inProcessMs: number[];
    /** The same build in a fresh process (bench/child-workspace.ts), as new as a server's. */
    coldInProcessMs: number[];
}

/**
 * A workspace of files on disk, none open, opened by a new server `runs` times: from the spawn
 * until the first and until every document's diagnostics. Before each open, `inProcess` builds
 * the same files in this process and `coldInProcess` in a fresh one, so that every side of the
 * ratios sees the same load (B, C, A, B, C, A…).
 */
export async function workspaceOpens(files: Record<string, string>, runs: number, inProcess: () => Promise<number>, coldInProcess: () => number): Promise<WorkspaceOpenFigures> {
    const { dir, uris } = writeWorkspace(files);
    const figures: WorkspaceOpenFigures = { firstDiagnosticsMs: [], allDiagnosticsMs: [], inProcessMs: [], coldInProcessMs: [] };
    for (let run = 0; run < runs; run++) {
        figures.inProcessMs.push(await inProcess());
        figures.coldInProcessMs.push(coldInProcess());
        const open = await openWorkspace(dir, uris);
        figures.firstDiagnosticsMs.push(open.firstMs);
        figures.allDiagnosticsMs.push(open.allMs);
        await open.driver.stop();
    }
    return figures;
}

/** The files written to a new folder, and their URIs. */
function writeWorkspace(files: Record<string, string>): { dir: string; uris: string[] } {
    const dir = mkdtempSync(path.join(tmpdir(), 'bench-ws-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    return { dir, uris: Object.keys(files).map(name => pathToFileURL(path.join(dir, name)).toString()) };
}

/** Spawn to the `initialize` answer, started from the snapshot and from the bundle, interleaved. */
export interface ServerStartFigures {
    /** False when no start could use a snapshot (see docs/startup-snapshot.md): both sides then run the bundle. */
    snapshot: boolean;
    fromSnapshotMs: number[];
    fromBundleMs: number[];
}

/** True when the server process runs from a start-up snapshot (Linux: its command line says so). */
function runsFromSnapshot(driver: LspDriver): boolean {
    const file = `/proc/${driver.pid}/cmdline`;
    return existsSync(file) && readFileSync(file, 'utf8').split('\0').includes('--snapshot-blob');
}

/**
 * `runs` starts of a server from the user's snapshot and as many with `PLAYBOOK_SNAPSHOT=off`,
 * alternating. First makes sure the snapshot is there, as it is from a user's second start on:
 * the first start builds it in the background, so this starts servers until one runs from it (at
 * most a minute). Every other scenario then measures the server as such a user starts it.
 */
export async function serverStarts(runs: number): Promise<ServerStartFigures> {
    const dir = mkdtempSync(path.join(tmpdir(), 'bench-start-'));
    const start = async (env: NodeJS.ProcessEnv): Promise<{ ms: number; snapshot: boolean }> => {
        const begin = performance.now();
        const driver = new LspDriver({ command: process.execPath, args: [OUR_SERVER, '--stdio'], root: dir, env });
        await driver.initialize();
        const ms = performance.now() - begin;
        const snapshot = runsFromSnapshot(driver);
        await driver.stop();
        return { ms, snapshot };
    };
    let snapshot = (await start({})).snapshot;
    for (const waitUntil = performance.now() + 60_000; !snapshot && performance.now() < waitUntil;) {
        await new Promise(resolve => setTimeout(resolve, 1_000));
        snapshot = (await start({})).snapshot;
    }
    const figures: ServerStartFigures = { snapshot, fromSnapshotMs: [], fromBundleMs: [] };
    for (let run = 0; run < runs; run++) {
        figures.fromSnapshotMs.push((await start({})).ms);
        figures.fromBundleMs.push((await start({ PLAYBOOK_SNAPSHOT: 'off' })).ms);
    }
    return figures;
}

/** A new server on the folder, timed from its spawn until the first and until every document's diagnostics. */
async function openWorkspace(dir: string, uris: readonly string[]): Promise<{ driver: LspDriver; firstMs: number; allMs: number }> {
    const driver = new LspDriver({ command: process.execPath, args: [OUR_SERVER, '--stdio'], root: dir });
    const start = performance.now();
    const first = Promise.race(uris.map(uri => driver.nextDiagnostics(uri, 0)));
    const all = Promise.all(uris.map(uri => driver.nextDiagnostics(uri, 0)));
    await driver.initialize();
    const firstMs = await until(first, start);
    return { driver, firstMs, allMs: await until(all, start) };
}

/**
 * A workspace of files on disk, none open, once every document has diagnostics (the open itself
 * is measured by workspaceOpens): a leaf edit; typing in that leaf playbook (`typingRound`); and
 * a rename of a shared person applied as an editor applies a workspace edit (each changed
 * document opened with its new text), until every changed document has fresh diagnostics.
 */
export async function workspaceScenarios(files: Record<string, string>, leaf: { file: string; title: string }, shared: { file: string; name: string }, runs: number): Promise<WorkspaceFigures> {
    const { dir, uris } = writeWorkspace(files);
    const { driver } = await openWorkspace(dir, uris);
    const texts = new Map(Object.entries(files).map(([name, text]) => [pathToFileURL(path.join(dir, name)).toString(), text]));
    const leafUri = pathToFileURL(path.join(dir, leaf.file)).toString();
    const leafSession: Session = { driver, uri: leafUri, text: texts.get(leafUri)!, openMs: 0 };
    const opened = new Set<string>();
    const openIfNeeded = async (uri: string, text: string) => {
        if (opened.has(uri)) return driver.change(uri, text);
        opened.add(uri);
        return driver.open(uri, 'playbook', text);
    };
    const reopened = driver.nextDiagnostics(leafUri);
    await openIfNeeded(leafUri, leafSession.text);
    await reopened;
    const leafEditMs: number[] = [];
    for (let round = 0; round < runs * 2; round++) leafEditMs.push(await lineEdit(leafSession, leaf.title, round));
    // Typing in the leaf playbook, as in one file (an even number of rounds leaves its text as it was).
    const typing: TypingFigures = { quietCompletionMs: [], keystrokeCompletionMs: [], hoverAfterEditMs: [], definitionAfterEditMs: [] };
    for (let round = 0; round < runs * 2; round++) await typingRound(leafSession, round, typing);
    texts.set(leafUri, leafSession.text);
    const sharedUri = pathToFileURL(path.join(dir, shared.file)).toString();
    const renameSharedMs: number[] = [];
    let name = shared.name;
    for (let round = 0; round < Math.max(2, runs); round++) {
        const sharedText = texts.get(sharedUri)!;
        await openIfNeeded(sharedUri, sharedText);
        const offset = sharedText.indexOf(`person ${name} `) + 'person '.length;
        const position = TextDocument.create(sharedUri, 'playbook', 1, sharedText).positionAt(offset);
        const newName = round % 2 === 0 ? `${shared.name}-renamed` : shared.name;
        const begin = performance.now();
        const { result } = await driver.time('textDocument/rename', { textDocument: { uri: sharedUri }, position, newName });
        const changes = (result as { changes?: Record<string, Array<{ range: { start: Position; end: Position }; newText: string }>> } | null)?.changes ?? {};
        const changed = Object.keys(changes);
        if (changed.length < 2) throw new Error(`the rename of ${name} changed ${changed.length} documents`);
        const fresh = changed.map(uri => driver.nextDiagnostics(uri, driver.published(uri)));
        for (const uri of changed) {
            const next = TextDocument.applyEdits(TextDocument.create(uri, 'playbook', 1, texts.get(uri)!), changes[uri]!);
            texts.set(uri, next);
            await openIfNeeded(uri, next);
        }
        await Promise.all(fresh);
        renameSharedMs.push(performance.now() - begin);
        name = newName;
    }
    await driver.stop();
    return { ...typing, leafEditMs, renameSharedMs };
}
