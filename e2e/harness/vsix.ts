// Reads the .vsix (a zip) and checks what a user would download: small, bundled, minified, with
// every file the manifest points at, and nothing of the sources, tests or dev dependencies.
import { readFileSync, statSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { localizeManifest, nlsReference, nlsReferences, type NlsMessages } from './manifest-nls.js';

/** One file of the archive. */
interface Entry {
    name: string;
    read(): Buffer;
}

/** Lists a zip's files from its central directory (the .vsix format is a plain zip). */
function readZip(file: string): Entry[] {
    const zip = readFileSync(file);
    const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (end < 0) {
        throw new Error(`${file} is not a zip archive.`);
    }
    const count = zip.readUInt16LE(end + 10);
    let offset = zip.readUInt32LE(end + 16);
    const entries: Entry[] = [];
    for (let i = 0; i < count; i++) {
        const method = zip.readUInt16LE(offset + 10);
        const compressedSize = zip.readUInt32LE(offset + 20);
        const nameLength = zip.readUInt16LE(offset + 28);
        const extraLength = zip.readUInt16LE(offset + 30);
        const commentLength = zip.readUInt16LE(offset + 32);
        const local = zip.readUInt32LE(offset + 42);
        const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
        entries.push({
            name,
            read: () => {
                const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
                const data = zip.subarray(start, start + compressedSize);
                return method === 8 ? inflateRawSync(data) : Buffer.from(data);
            },
        });
        offset += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
}

/** Paths that must never ship: sources, tests, dev tooling, source maps, the CLI bundle. */
const forbidden: Array<[RegExp, string]> = [
    [/\.(ts|mts|cts)$/, 'TypeScript source'],
    [/\.map$/, 'source map'],
    [/^extension\/node_modules\//, 'dependency folder (everything is bundled)'],
    [/^extension\/(client|server|cli|test|e2e|scripts|grammar|bench|docs|\.cache|\.vscode|\.ci)\//, 'source, test or tooling folder'],
    // The walkthrough's "Try it on a sample" copies the organisation and the playbooks; nothing else of samples/ ships.
    [/^extension\/samples\/(?!(org|playbooks)\/[^/]+\.playbook$)/, 'sample the walkthrough does not copy'],
    [/^extension\/README\.md$/, 'the repository README (the package\'s readme is client/README.md, shipped as readme.md)'],
    [/^extension\/dist\/cli\.cjs$/, 'command-line bundle (not used by the extension)'],
    [/\.vsix$/, 'nested package'],
];

/** Files of the manifest's contributions, relative to the extension root. */
function manifestFiles(manifest: Record<string, unknown>): string[] {
    const files: string[] = [];
    const add = (value: unknown): void => {
        if (typeof value === 'string' && value.length > 0) {
            files.push(value.replace(/^\.\//, ''));
        }
    };
    add(manifest.main);
    add(manifest.icon);
    const contributes = (manifest.contributes ?? {}) as Record<string, unknown>;
    for (const language of (contributes.languages ?? []) as Array<Record<string, unknown>>) {
        add(language.configuration);
    }
    for (const grammar of (contributes.grammars ?? []) as Array<Record<string, unknown>>) {
        add(grammar.path);
    }
    for (const snippet of (contributes.snippets ?? []) as Array<Record<string, unknown>>) {
        add(snippet.path);
    }
    for (const validation of (contributes.yamlValidation ?? []) as Array<Record<string, unknown>>) {
        add(validation.url);
    }
    for (const walkthrough of (contributes.walkthroughs ?? []) as Array<Record<string, unknown>>) {
        for (const step of (walkthrough.steps ?? []) as Array<Record<string, unknown>>) {
            const media = (step.media ?? {}) as Record<string, unknown>;
            add(media.markdown);
            add(typeof media.image === 'string' ? media.image : undefined);
        }
    }
    return files;
}

/** What the check found: the problems (empty when the package is fine) and its figures. */
export interface VsixReport {
    problems: string[];
    bytes: number;
    files: number;
}

/** Checks the packaged extension; `maxBytes` is the size goal. */
export function checkVsix(file: string, maxBytes: number): VsixReport {
    const bytes = statSync(file).size;
    const entries = readZip(file);
    const names = new Set(entries.map(entry => entry.name));
    const problems: string[] = [];
    if (bytes > maxBytes) {
        problems.push(`The package is ${bytes} bytes, over the goal of ${maxBytes}.`);
    }
    for (const entry of entries) {
        for (const [pattern, what] of forbidden) {
            if (pattern.test(entry.name)) {
                problems.push(`${entry.name} is a ${what} and must not be packaged.`);
            }
        }
    }
    const manifestEntry = entries.find(entry => entry.name === 'extension/package.json');
    if (!manifestEntry) {
        return { problems: [...problems, 'The package has no extension/package.json.'], bytes, files: entries.length };
    }
    const manifest = JSON.parse(manifestEntry.read().toString('utf8')) as Record<string, unknown>;
    // Every language's manifest: a localized walkthrough's media must ship too.
    const bundles = entries.filter(entry => /^extension\/package\.nls(\.[\w-]+)?\.json$/.test(entry.name))
        .map(entry => ({ name: entry.name, messages: JSON.parse(entry.read().toString('utf8')) as NlsMessages }));
    const english = bundles.find(bundle => bundle.name === 'extension/package.nls.json')?.messages ?? {};
    for (const key of new Set(nlsReferences(manifest))) {
        if (!(key in english)) problems.push(`The manifest refers to %${key}%, which extension/package.nls.json does not define.`);
    }
    const wantedFiles = new Set([manifest, ...bundles.map(bundle => localizeManifest(manifest, bundle.messages, english))].flatMap(manifestFiles));
    for (const wanted of wantedFiles) {
        if (nlsReference(wanted) === undefined && !names.has(`extension/${wanted}`)) {
            problems.push(`The manifest refers to ${wanted}, which is not in the package.`);
        }
    }
    for (const bundle of ['extension/dist/client.cjs', 'extension/dist/server.cjs']) {
        const entry = entries.find(candidate => candidate.name === bundle);
        const text = entry?.read().toString('utf8') ?? '';
        if (!entry) {
            problems.push(`${bundle} is missing.`);
        } else if (text.includes('sourceMappingURL') || text.length / text.split('\n').length < 200) {
            // Minified bundles have very long lines; readable output averages well under 100 characters.
            problems.push(`${bundle} is not a minified production bundle (run scripts/bundle.mjs --production).`);
        }
    }
    return { problems, bytes, files: entries.length };
}
