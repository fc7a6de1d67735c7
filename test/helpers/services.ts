import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Document } from '../../server/src/language/generated/ast.js';
import { createPlaybookServices } from '../../server/src/language/playbook-module.js';
import { FixedClock } from '../../server/src/validation/playbook-clock.js';

/** The day the language tests pretend it is, so that date rules (review, drills) give the same answer every day. */
export const TEST_TODAY = '2026-11-23';

/** A fresh set of core services with an empty file system (documents come from strings) and a fixed clock. */
export function createServices() {
    return createPlaybookServices(EmptyFileSystem, { validation: { Clock: () => new FixedClock(TEST_TODAY) } });
}

/** Parses, links and validates several files together as one workspace; returns their documents in order. */
export async function buildWorkspace(files: Record<string, string>): Promise<Array<LangiumDocument<Document>>> {
    const { shared } = createServices();
    const documents = Object.entries(files).map(([name, text]) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString<Document>(text, URI.file(`/workspace/${name}`));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return documents;
}

/** Builds one file on its own. */
export async function buildOne(text: string): Promise<LangiumDocument<Document>> {
    const [document] = await buildWorkspace({ 'test.playbook': text });
    return document!;
}

/** The diagnostics of a document as `line:col code message` (1-based) for readable assertions. */
export function describeDiagnostics(document: LangiumDocument): string[] {
    return (document.diagnostics ?? []).map(describeDiagnostic);
}

export function describeDiagnostic(d: Diagnostic): string {
    const code = d.code ?? (d.data as { code?: string } | undefined)?.code;
    return `${d.range.start.line + 1}:${d.range.start.character + 1} ${String(code)} ${typeof d.message === 'string' ? d.message : d.message.value}`;
}

/** Codes of the syntax and linking layer: the language tests look only at these, rules have their own tests. */
const LANGUAGE_CODES = new Set(['parsing-error', 'lexing-error', 'linking-error', 'unresolved-import', 'invalid-date']);

/** Like describeDiagnostics, keeping only syntax and linking diagnostics. */
export function describeLanguageDiagnostics(document: LangiumDocument): string[] {
    return (document.diagnostics ?? [])
        .filter(d => LANGUAGE_CODES.has(String(d.code ?? (d.data as { code?: string } | undefined)?.code)))
        .map(describeDiagnostic);
}
