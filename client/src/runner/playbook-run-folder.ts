/**
 * The run folder of the workspace (setting `playbook.runner.folder`, default `incident-runs`):
 * each playbook's store as `<playbook>.runs.json`, the file every window of the workspace reads,
 * merges into and watches, and the run records (`<playbook>-<start>.md` and `.json`) written on
 * resolve or on demand, ready to be committed for the review. See docs/runner.md.
 */
import * as vscode from 'vscode';
import type { RunnerStore } from '../../../protocol/src/playbook-run-store.js';
import { mergeStores } from '../../../runner/src/engine/playbook-run-log.js';
import { mergedRuns, parseStore } from '../../../runner/src/engine/playbook-store.js';
import { timelineJson, timelineMarkdown } from '../../../runner/src/engine/playbook-timeline-export.js';
import type { PlaybookModel } from '../../../protocol/src/playbook-model-types.js';
import { clientMessages } from '../messages.js';

export const RUN_FOLDER_SETTING = 'playbook.runner.folder';
const DEFAULT_FOLDER = 'incident-runs';

/** The run folder of the workspace, or undefined without a workspace folder. A setting of the wrong type is reported and the default used. */
export function runFolder(report: (message: string) => void): vscode.Uri | undefined {
    const workspace = vscode.workspace.workspaceFolders?.[0]?.uri;
    if (!workspace) return undefined;
    const value: unknown = vscode.workspace.getConfiguration().get(RUN_FOLDER_SETTING);
    let folder = DEFAULT_FOLDER;
    if (typeof value === 'string' && value.trim() !== '' && !/(^|[/\\])\.\.([/\\]|$)/.test(value)) {
        folder = value.trim();
    } else if (value !== undefined && value !== '') {
        report(clientMessages.runFolderSettingWrong({ setting: RUN_FOLDER_SETTING, value: JSON.stringify(value), folder: DEFAULT_FOLDER }));
    }
    return vscode.Uri.joinPath(workspace, folder);
}

/** The store file of a playbook in the run folder. A name that is not a safe file name is encoded. */
export function storeFile(folder: vscode.Uri, playbook: string): vscode.Uri {
    return vscode.Uri.joinPath(folder, `${fileSafe(playbook)}.runs.json`);
}

/** Reads a store file; absent is an empty answer, unreadable text is a problem (the file is left as it is). */
export async function readStoreFile(file: vscode.Uri, playbook: string): Promise<{ store?: RunnerStore; problem?: string }> {
    let bytes: Uint8Array;
    try {
        bytes = await vscode.workspace.fs.readFile(file);
    } catch {
        return {};
    }
    const parsed = parseStore(new TextDecoder().decode(bytes), playbook);
    return 'store' in parsed ? { store: parsed.store } : { problem: clientMessages.runStoreFileProblem({ file: file.fsPath, problem: parsed.error }) };
}

/**
 * Writes the union of `store` and what the file holds now (another window may have written
 * since), through a temporary file renamed over the old one, so that a crash mid-write leaves
 * the previous version whole. Returns the union, or the problem. An unreadable file is never
 * overwritten.
 */
export async function writeStoreFile(file: vscode.Uri, store: RunnerStore): Promise<{ store: RunnerStore } | { problem: string }> {
    const onDisk = await readStoreFile(file, store.playbook);
    if (onDisk.problem) return { problem: onDisk.problem };
    const merged = onDisk.store ? mergeStores(store, onDisk.store) : store;
    const temporary = file.with({ path: `${file.path}.${Date.now().toString(36)}.tmp` });
    try {
        await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(file, '..'));
        await vscode.workspace.fs.writeFile(temporary, new TextEncoder().encode(`${JSON.stringify(merged, null, 1)}\n`));
        await vscode.workspace.fs.rename(temporary, file, { overwrite: true });
        return { store: merged };
    } catch (error) {
        return { problem: clientMessages.runStoreFileProblem({ file: file.fsPath, problem: error instanceof Error ? error.message : String(error) }) };
    }
}

/** Writes the current run's record, Markdown and JSON, beside the store file; returns the Markdown file. */
export async function writeRunRecord(folder: vscode.Uri, model: PlaybookModel, store: RunnerStore): Promise<vscode.Uri | undefined> {
    const run = store.current;
    const start = run?.events.find(e => e.type === 'start');
    if (!run || !start) return undefined;
    const base = `${fileSafe(model.name)}-${new Date(start.at).toISOString().replace(/[:.]/g, '-')}`;
    const markdown = vscode.Uri.joinPath(folder, `${base}.md`);
    await vscode.workspace.fs.createDirectory(folder);
    const merged = mergedRuns(store, run);
    await vscode.workspace.fs.writeFile(markdown, new TextEncoder().encode(timelineMarkdown(model, run, merged)));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, `${base}.json`), new TextEncoder().encode(`${timelineJson(model, run, merged)}\n`));
    return markdown;
}

/** Watches the store files of the run folder; `changed` gets the playbook name of a file another window wrote. */
export function watchRunFolder(folder: vscode.Uri, changed: (file: vscode.Uri) => void): vscode.Disposable {
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '*.runs.json'));
    return vscode.Disposable.from(watcher, watcher.onDidChange(changed), watcher.onDidCreate(changed));
}

function fileSafe(name: string): string {
    return [...name].map(c => (/[\p{L}\p{N}_-]/u.test(c) ? c : `%${c.codePointAt(0)!.toString(16)}`)).join('');
}
