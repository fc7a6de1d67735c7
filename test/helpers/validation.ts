import { createDefaultCoreModule, createDefaultSharedCoreModule, EmptyFileSystem, inject, URI, type LangiumDocument } from 'langium';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { Document } from '../../server/src/language/generated/ast.js';
import { IncidentPlaybookGeneratedModule, PlaybookGeneratedSharedModule } from '../../server/src/language/generated/module.js';
import { PlaybookModule, type PlaybookServices } from '../../server/src/language/playbook-module.js';
import { registerValidationChecks } from '../../server/src/validation/playbook-validator.js';
import { FixedClock } from '../../server/src/validation/playbook-clock.js';
import { DEFAULT_CONFIG, type PlaybookConfig } from '../../server/src/config/playbook-config.js';

/** The day every validation test runs on, unless it says otherwise. */
export const TODAY = '2026-11-23';

/** Services like createPlaybookServices, with a fixed clock and a given configuration. */
export function createValidationServices(options: { today?: string; config?: PlaybookConfig } = {}): PlaybookServices {
    const shared = inject(createDefaultSharedCoreModule(EmptyFileSystem), PlaybookGeneratedSharedModule);
    const Playbook = inject(createDefaultCoreModule({ shared }), IncidentPlaybookGeneratedModule, PlaybookModule, {
        validation: { Clock: () => new FixedClock(options.today ?? TODAY) },
    });
    shared.ServiceRegistry.register(Playbook);
    registerValidationChecks(Playbook);
    Playbook.validation.PlaybookConfigProvider.set(options.config ?? DEFAULT_CONFIG);
    return Playbook;
}

/** Builds files as one workspace under a fixed day and configuration; returns the documents in order. */
export async function validateFiles(files: Record<string, string>, options: { today?: string; config?: PlaybookConfig } = {}): Promise<Array<LangiumDocument<Document>>> {
    const services = createValidationServices(options);
    const workspace = services.shared.workspace;
    const documents = Object.entries(files).map(([name, text]) => {
        const document = workspace.LangiumDocumentFactory.fromString<Document>(text, URI.file(`/workspace/${name}`));
        workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await workspace.DocumentBuilder.build(documents, { validation: true });
    return documents;
}

/** A diagnostic reduced to what tests assert: code, severity, message and 1-based range `l:c-l:c`. */
export interface Finding {
    code: string;
    severity: 'error' | 'warning' | 'info' | 'hint';
    message: string;
    range: string;
}

const SEVERITY_NAMES = { [DiagnosticSeverity.Error]: 'error', [DiagnosticSeverity.Warning]: 'warning', [DiagnosticSeverity.Information]: 'info', [DiagnosticSeverity.Hint]: 'hint' } as const;

/** The findings of one diagnostic. */
export function toFinding(d: Diagnostic): Finding {
    const r = d.range;
    return {
        code: String(d.code ?? (d.data as { code?: string } | undefined)?.code),
        severity: SEVERITY_NAMES[d.severity ?? DiagnosticSeverity.Error],
        message: typeof d.message === 'string' ? d.message : String(d.message),
        range: `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`,
    };
}

/** The findings of a document, optionally only those of one code. */
export function findings(document: LangiumDocument, code?: string): Finding[] {
    return (document.diagnostics ?? []).map(toFinding).filter(f => code === undefined || f.code === code);
}

/**
 * A small organisation that test playbooks can lean on: people with contacts, a 24x7
 * rotation, the commander (with backup) and a technical lead, assigned at the top level.
 */
export const ORG = `person alice "Alice" { phone "+48 1" }
person bob "Bob" { email "bob@example.com" }
rotation sre "SRE" { members alice, bob covers 24x7 }
role commander "Incident commander" { section command }
role tech-lead "Technical lead" { section operations }
assign commander to alice backup bob
assign tech-lead to sre
`;

/** Validates one playbook file next to ORG and returns the findings of `code` in the playbook file. */
export async function check(text: string, code: string, options: { today?: string; config?: PlaybookConfig } = {}): Promise<Finding[]> {
    const [, document] = await validateFiles({ 'org.playbook': ORG, 'test.playbook': text }, options);
    return findings(document!, code);
}
