// The extension manifest's strings live in package.nls.json (English) and package.nls.<locale>.json;
// package.json holds `%key%` references. VS Code replaces every string value of the manifest that
// is exactly `%key%` (not only titles: walkthrough media paths too), falling back to
// package.nls.json. This module does the same, so that the package check and the unit tests
// read the manifest a user of each language gets.

/** The messages of one package.nls file: key to text (or VS Code's `{ message, comment }` form). */
export type NlsMessages = Record<string, string | { message: string; comment?: string[] }>;

const REFERENCE = /^%(.+)%$/;

/** The key a manifest string refers to, if it is a `%key%` reference. */
export function nlsReference(value: string): string | undefined {
    return REFERENCE.exec(value)?.[1];
}

/** Every `%key%` reference in the manifest, in document order. */
export function nlsReferences(manifest: unknown): string[] {
    const found: string[] = [];
    walk(manifest, value => {
        const key = nlsReference(value);
        if (key !== undefined) found.push(key);
        return value;
    });
    return found;
}

/** The manifest as VS Code shows it in one language: references replaced from `messages`, else from `fallback`; unknown keys stay as they are. */
export function localizeManifest<T>(manifest: T, messages: NlsMessages, fallback: NlsMessages = {}): T {
    return walk(manifest, value => {
        const key = nlsReference(value);
        if (key === undefined) return value;
        const entry = messages[key] ?? fallback[key];
        return entry === undefined ? value : typeof entry === 'string' ? entry : entry.message;
    });
}

function walk<T>(value: T, replace: (text: string) => string): T {
    if (typeof value === 'string') return replace(value) as T;
    if (Array.isArray(value)) return value.map(item => walk(item as unknown, replace)) as T;
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v as unknown, replace)])) as T;
    }
    return value;
}
