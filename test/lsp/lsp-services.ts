import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { Document } from '../../server/src/language/generated/ast.js';
import { createPlaybookLspServices, type PlaybookLspServices } from '../../server/src/lsp/playbook-lsp-module.js';

/** Fresh LSP services over an empty file system: documents come from strings. */
export function createLspServices(): PlaybookLspServices {
    return createPlaybookLspServices(EmptyFileSystem).Playbook;
}

/** Adds several files to the services' workspace and builds them together (validated if asked); returns their documents by name. */
export async function openWorkspace(services: PlaybookLspServices, files: Record<string, string>, options: { validation?: boolean } = {}): Promise<Record<string, LangiumDocument<Document>>> {
    const shared = services.shared;
    const documents: Record<string, LangiumDocument<Document>> = {};
    for (const [name, text] of Object.entries(files)) {
        const document = shared.workspace.LangiumDocumentFactory.fromString<Document>(text, URI.file(`/workspace/${name}`));
        shared.workspace.LangiumDocuments.addDocument(document);
        documents[name] = document;
    }
    await shared.workspace.DocumentBuilder.build(Object.values(documents), { validation: options.validation ?? false });
    return documents;
}

/** Splits `text` at the `<|>` marker: the text without it, and the marker's offset. */
export function cursor(text: string): { text: string; offset: number } {
    const offset = text.indexOf('<|>');
    if (offset < 0) {
        throw new Error('The test text has no <|> cursor marker.');
    }
    return { text: text.slice(0, offset) + text.slice(offset + 3), offset };
}

/** The organisation files most tests share: people, a team, a rotation, roles and their holders. */
export const ORGANISATION = `person alice "Alice Nowak" {
  phone "+48 600 100 200"
  email "alice@example.com"
  timezone "Europe/Warsaw"
}
person 陳志明 "陳志明" {
  phone "+886 2 2722 0000"
}
team security "Security operations" {
  members alice, 陳志明
}
rotation sre "SRE on-call" {
  members alice, 陳志明
  covers 24x7
}
role commander "Incident commander" {
  section command
  critical
  duty "Owns every duty not yet delegated"
  aka "Incident manager"
}
role tech-lead "Technical lead" {
  section operations
  duty "Forms theories of scope and cause"
}
role scribe "Scribe"
assign commander to alice backup 陳志明
assign tech-lead to sre backup security
channel bridge phone "+1 555 0100" owner commander
escalation org-path {
  level 1 notify sre
  level 2 after 10m notify commander
}
`;
