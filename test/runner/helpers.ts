import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { isPlaybook } from '../../server/src/language/generated/ast.js';
import { toPlaybookModel } from '../../server/src/model/playbook-model.js';
import { roleHoldersOf } from '../../server/src/workspace/playbook-role-holders.js';
import type { PlaybookModel } from '../../protocol/src/playbook-model-types.js';
import { EmptyFileSystem, URI } from 'langium';
import type { Document } from '../../server/src/language/generated/ast.js';
import { createPlaybookServices } from '../../server/src/language/playbook-module.js';

/** The model of the first playbook of a sample file, with the sample's imports loaded. */
export async function sampleModel(relative: string): Promise<PlaybookModel> {
    const org = path.resolve('samples', 'org');
    const files: Record<string, string> = { [relative]: readFileSync(path.resolve('samples', relative), 'utf8') };
    for (const name of readdirSync(org)) {
        files[`org/${name}`] = readFileSync(path.join(org, name), 'utf8');
    }
    return modelFrom(files);
}

/** The model of the first playbook found in a workspace built from strings. */
export async function modelFrom(files: Record<string, string>): Promise<PlaybookModel> {
    // Linking is all the model needs; validation is another concern's and is left out here.
    const { shared } = createPlaybookServices(EmptyFileSystem);
    const documents = Object.entries(files).map(([name, text]) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString<Document>(text, URI.file(`/workspace/${name}`));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation: false });
    for (const document of documents) {
        const playbook = document.parseResult.value.elements.find(isPlaybook);
        if (playbook) {
            return toPlaybookModel(playbook, roleHoldersOf(shared));
        }
    }
    throw new Error('no playbook in the files');
}
