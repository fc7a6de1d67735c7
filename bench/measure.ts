/** Measurement helpers: repeat, median, p95, and building a workspace with the real services. */
import { performance } from 'node:perf_hooks';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { createPlaybookServices } from '../server/src/language/playbook-module.js';

export function median(values: number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function p95(values: number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
}

/** Runs `fn` `times` times (after one warm-up unless told otherwise) and returns each duration in ms. */
export async function repeat(times: number, fn: () => unknown, warmup = 1): Promise<number[]> {
    for (let i = 0; i < warmup; i++) {
        await fn();
    }
    const durations: number[] = [];
    for (let i = 0; i < times; i++) {
        const start = performance.now();
        await fn();
        durations.push(performance.now() - start);
    }
    return durations;
}

let reusable: ReturnType<typeof createPlaybookServices>['Playbook'] | undefined;

/**
 * Parses, links and validates the files. The services are created once and reused (as the
 * CLI and the language server do within one run); documents of the previous call are removed
 * first. Creating the services (the parser's grammar analysis) is a start-up cost, measured
 * separately by `startupMs` and by the CLI figures.
 */
export async function buildFiles(files: Record<string, string>) {
    const services = reusable ??= createPlaybookServices(EmptyFileSystem).Playbook;
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
    await DocumentBuilder.update([], LangiumDocuments.all.map(d => d.uri).toArray());
    const documents: LangiumDocument[] = [];
    for (const [name, text] of Object.entries(files)) {
        const document = LangiumDocumentFactory.fromString(text, URI.file(`/bench/${name}`));
        LangiumDocuments.addDocument(document);
        documents.push(document);
    }
    await DocumentBuilder.build(documents, { validation: true });
    const diagnostics = documents.reduce((n, d) => n + (d.diagnostics?.filter(x => x.severity === 1).length ?? 0), 0);
    return { services, documents, diagnostics };
}

/** Time to create the language services from nothing (parser construction included), in ms. */
export function startupMs(): number {
    const start = performance.now();
    const services = createPlaybookServices(EmptyFileSystem).Playbook;
    // Services are created lazily: touching the parser builds it (chevrotain's grammar analysis).
    void services.parser.LangiumParser;
    return performance.now() - start;
}
