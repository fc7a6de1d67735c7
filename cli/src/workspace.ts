import * as path from 'node:path';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { isDocument } from '../../server/src/language/generated/ast.js';
import { createPlaybookServices, type PlaybookServices } from '../../server/src/language/playbook-module.js';
import { resolveImport } from '../../server/src/validation/import-check.js';
import { readPlaybook, shownPath, type InputProblem } from './files.js';

/** Playbook files parsed, linked and validated together, as the editor sees a workspace. */
export interface LoadedWorkspace {
    services: PlaybookServices;
    /** The documents of the files that were asked for (not those only pulled in by imports). */
    documents: LangiumDocument[];
    problems: InputProblem[];
}

/** What to do with the services before building: the check command applies the config there. */
export type ConfigureServices = (services: PlaybookServices) => void;

/**
 * Loads the files and, transitively, what they import; links them all as one workspace and
 * validates the files asked for (an imported file is checked when it is asked for too).
 */
export async function loadWorkspace(files: readonly string[], cwd: string, configure?: ConfigureServices): Promise<LoadedWorkspace> {
    const services = createPlaybookServices(EmptyFileSystem).Playbook;
    configure?.(services);
    const langiumDocuments = services.shared.workspace.LangiumDocuments;
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const requested = new Set(files);
    const documents: LangiumDocument[] = [];
    const problems: InputProblem[] = [];
    const queue = [...files];
    const seen = new Set<string>();
    while (queue.length > 0) {
        const file = queue.shift()!;
        if (seen.has(file)) {
            continue;
        }
        seen.add(file);
        const result = await readPlaybook(file, shownPath(file, cwd));
        if ('problem' in result) {
            // An import that cannot be read is reported on the import itself by validation.
            if (requested.has(file)) {
                problems.push(result.problem);
            }
            continue;
        }
        const document = factory.fromString(result.text, URI.file(file));
        langiumDocuments.addDocument(document);
        if (requested.has(file)) {
            documents.push(document);
        }
        const root = document.parseResult.value;
        if (isDocument(root)) {
            for (const imported of root.imports) {
                if (imported.path) {
                    queue.push(path.resolve(resolveImport(imported).fsPath));
                }
            }
        }
    }
    // Everything is linked together; only the documents asked for are validated, which saves
    // validating files only imported (Langium's builder resumes from the linked state).
    const builder = services.shared.workspace.DocumentBuilder;
    await builder.build([...langiumDocuments.all], { validation: false });
    await builder.build(documents, { validation: true });
    return { services, documents, problems };
}
