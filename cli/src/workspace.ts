import * as path from 'node:path';
import { EmptyFileSystem, GrammarUtils, URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { isDocument } from '../../server/src/language/generated/ast.js';
import { createPlaybookServices, type PlaybookServices } from '../../server/src/language/playbook-module.js';
import { cliWorkspaceRoots } from '../../server/src/language/playbook-workspace-roots.js';
import { findConfigFile } from '../../server/src/config/playbook-config.js';
import { resolveImport } from '../../server/src/validation/import-check.js';
import { isPlaybookName, readPlaybook, shownPath, type InputProblem } from './files.js';
import { messages } from './messages.js';
import { beforeParse } from './young-generation.js';

/** Playbook files parsed, linked and validated together, as the editor sees a workspace. */
export interface LoadedWorkspace {
    services: PlaybookServices;
    /** The documents of the files that were asked for (not those only pulled in by imports). */
    documents: LangiumDocument[];
    problems: InputProblem[];
}

/** How many files are read at once. */
const PARALLEL_READS = 32;

/** Maps with at most `limit` calls pending at a time; results keep the order of the items. */
async function mapBounded<T, R>(items: readonly T[], limit: number, map: (item: T) => Promise<R>): Promise<R[]> {
    const results = new Array<R>(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await map(items[index]!);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}

/** What to do with the services before building: the check command applies the config there. */
export type ConfigureServices = (services: PlaybookServices) => void;

/**
 * Loads the files and, transitively, what they import; links them all as one workspace and
 * validates the files asked for (an imported file is checked when it is asked for too). Imports
 * stay within `root` when it is given (see WorkspaceDiscovery), else within the roots found from
 * the working directory. `given` holds texts that stand for files (`--stdin`).
 */
export async function loadWorkspace(files: readonly string[], cwd: string, configure?: ConfigureServices, root?: string, given?: ReadonlyMap<string, string>): Promise<LoadedWorkspace> {
    const { shared, Playbook: services } = createPlaybookServices(EmptyFileSystem);
    // A file named on the command line is checked as a playbook whatever its name (X.PLAYBOOK,
    // /dev/stdin): the one language takes every document, where Langium would go by extension.
    shared.ServiceRegistry.getServices = () => services;
    shared.ServiceRegistry.hasServices = () => true;
    // The index of references serves find-references and rename, which describe references when
    // they first ask (playbook-index-manager.ts), and relinking on edits, from the files each
    // document points into: a check run does none of them, so not even those files are gathered.
    shared.workspace.IndexManager.updateReferences = () => Promise.resolve();
    // Imports may not reach outside the workspace: they are reported, and never read.
    const roots = services.workspace.WorkspaceRoots;
    roots.set(root === undefined ? cliWorkspaceRoots(files, cwd, findConfigFile) : [URI.file(root)]);
    configure?.(services);
    const langiumDocuments = services.shared.workspace.LangiumDocuments;
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const requested = new Set(files);
    const documents: LangiumDocument[] = [];
    const problems: InputProblem[] = [];
    const seen = new Set<string>();
    // Imported files that were not read: what to say on an import of each, given its path as written.
    const refused = new Map<string, (written: string) => string>();
    // Files are read a wave at a time (the files asked for, then what they import, and so on),
    // a bounded number in parallel, so that the disk is not waited for one file at a time and a
    // large workspace does not run out of file descriptors.
    let wave = [...new Set(files)];
    while (wave.length > 0) {
        wave.forEach(file => seen.add(file));
        // A text given for a path (the standard input under --stdin-filename) stands for the file.
        const reads = await mapBounded(wave, PARALLEL_READS, async file => {
            const text = given?.get(file);
            return text === undefined ? readPlaybook(file, shownPath(file, cwd)) : { text };
        });
        const next = new Set<string>();
        wave.forEach((file, i) => {
            const result = reads[i]!;
            if ('problem' in result) {
                // An import that cannot be read is reported on the import itself, below.
                if (requested.has(file)) {
                    problems.push(result.problem);
                }
                refused.set(file, written => messages.importUnreadable({ path: written, problem: result.problem.message }));
                return;
            }
            beforeParse(result.text.length);
            const document = factory.fromString(result.text, URI.file(file));
            langiumDocuments.addDocument(document);
            if (requested.has(file)) {
                documents.push(document);
            }
            const root = document.parseResult.value;
            for (const imported of isDocument(root) ? root.imports : []) {
                const target = imported.path ? path.resolve(resolveImport(imported).fsPath) : undefined;
                if (target === undefined || seen.has(target) || !roots.contains(URI.file(target))) {
                    continue;
                }
                if (isPlaybookName(target) || requested.has(target)) {
                    next.add(target);
                } else {
                    // notes.txt is not read: it is not a playbook, and it might be anything.
                    seen.add(target);
                    refused.set(target, written => messages.importNotPlaybook({ path: written }));
                }
            }
        });
        wave = [...next];
    }
    // Everything is linked together; only the documents asked for are validated, which saves
    // validating files only imported (Langium's builder resumes from the linked state).
    const builder = services.shared.workspace.DocumentBuilder;
    await builder.build([...langiumDocuments.all], { validation: false });
    await builder.build(documents, { validation: true });
    documents.forEach(document => explainRefusedImports(document, refused));
    return { services, documents, problems };
}

/**
 * Validation reports an import whose file was not loaded as "cannot find"; when the file is
 * there but was refused (not a playbook, a FIFO, too large...), the diagnostic on the import says why.
 */
function explainRefusedImports(document: LangiumDocument, refused: ReadonlyMap<string, (written: string) => string>): void {
    const root = document.parseResult.value;
    const reasons = new Map<string, string>();
    for (const imported of isDocument(root) ? root.imports : []) {
        const explain = imported.path ? refused.get(path.resolve(resolveImport(imported).fsPath)) : undefined;
        const range = explain && GrammarUtils.findNodeForProperty(imported.$cstNode, 'path')?.range;
        if (explain && range) {
            reasons.set(rangeKey(range), explain(imported.path));
        }
    }
    for (const diagnostic of reasons.size > 0 ? document.diagnostics ?? [] : []) {
        const reason = diagnostic.code === 'unresolved-import' ? reasons.get(rangeKey(diagnostic.range)) : undefined;
        if (reason !== undefined) {
            diagnostic.message = reason;
        }
    }
}

function rangeKey(range: Diagnostic['range']): string {
    return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}
