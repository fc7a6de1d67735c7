// The manifest's strings in every language: package.nls.json (English) and one package.nls.<locale>.json
// per language, complete, with the same links, code and media in each, and nothing left in English.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { localizeManifest, nlsReferences, type NlsMessages } from '../../e2e/harness/manifest-nls.js';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string): string => readFileSync(path.join(root, file), 'utf8');
const manifest = JSON.parse(read('package.json')) as { contributes: { walkthroughs: Array<{ steps: Array<{ id: string; media: { markdown: string } }> }> } };
const english = JSON.parse(read('package.nls.json')) as Record<string, string>;

/** The translated manifests: VS Code looks them up by its display language, lower case (`zh-tw`). */
const LOCALES = ['zh-tw', 'pl'] as const;

/** Keys whose text is a name, the same in every language (the product's name, the command category in Polish). */
const NAMES: Record<string, readonly string[]> = { 'zh-tw': [], pl: ['command.category', 'configuration.title'] };

function translated(locale: string): Record<string, string> {
    return JSON.parse(read(`package.nls.${locale}.json`)) as Record<string, string>;
}

/** What a translation must carry over unchanged: command links, inline code, `$playbook` matcher names. */
function fixedParts(text: string): string[] {
    const links = [...text.matchAll(/\]\((command:[^)]+)\)/g)].map(m => m[1] ?? '');
    const code = [...text.matchAll(/`([^`]+)`/g)].map(m => m[1] ?? '');
    const matchers = [...text.matchAll(/\$playbook[\w-]*/g)].map(m => m[0]);
    return [...links, ...code, ...matchers].sort();
}

/** A walkthrough page's code as a translation must keep it: fences and inline code, with quoted prose and comments blanked. */
function markdownCode(text: string): string[] {
    const fences = [...text.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map(m => `${m[1] ?? ''}:${(m[2] ?? '').replace(/"[^"\n]*"/g, '""').replace(/\s+#.*$/gm, '')}`);
    const inline = [...text.replace(/```[\s\S]*?```/g, '').matchAll(/`([^`\n]+)`/g)].map(m => (m[1] ?? '').replace(/"[^"]*"/g, '""'));
    return [...fences, ...inline.sort()];
}

describe('the manifest in every language (package.nls)', () => {
    it('every %key% of package.json has its English text, and every English text is used', () => {
        const used = new Set(nlsReferences(manifest));
        assert.deepEqual([...used].filter(key => !(key in english)), [], 'referenced in package.json but missing from package.nls.json');
        assert.deepEqual(Object.keys(english).filter(key => !used.has(key)), [], 'in package.nls.json but not referenced by package.json');
    });

    for (const locale of LOCALES) {
        describe(locale, () => {
            const messages = translated(locale);

            it('has exactly the keys of package.nls.json', () => {
                assert.deepEqual(Object.keys(english).filter(key => !(key in messages)), [], `missing from package.nls.${locale}.json`);
                assert.deepEqual(Object.keys(messages).filter(key => !(key in english)), [], `extra in package.nls.${locale}.json`);
            });

            it('translates every text (only names stay as in English)', () => {
                const untranslated = Object.keys(english).filter(key => messages[key] === english[key] && !(NAMES[locale] ?? []).includes(key));
                assert.deepEqual(untranslated, []);
            });

            it('keeps command links, inline code and matcher names as in English', () => {
                for (const [key, text] of Object.entries(english)) {
                    if (key.endsWith('.media')) continue;
                    assert.deepEqual(fixedParts(messages[key] ?? ''), fixedParts(text), `${key} in package.nls.${locale}.json`);
                }
            });

            it('points each walkthrough step at a page of its own language, with the same code as the English page', () => {
                const local = localizeManifest(manifest, messages as NlsMessages, english);
                const steps = local.contributes.walkthroughs.flatMap(w => w.steps);
                assert.ok(steps.length > 0);
                for (const step of steps) {
                    const page = step.media.markdown;
                    assert.ok(page.startsWith(`walkthroughs/${locale}/`), `${step.id}: ${page}`);
                    assert.ok(existsSync(path.join(root, page)), `${page} exists`);
                    const englishPage = english[`walkthrough.getting-started.${step.id}.media`] ?? '';
                    assert.equal(path.basename(page), path.basename(englishPage));
                    assert.deepEqual(markdownCode(read(page)), markdownCode(read(englishPage)), page);
                    assert.notEqual(read(page), read(englishPage));
                }
            });
        });
    }

    it('ships every language: vsce packs the nls files and every localized walkthrough page', () => {
        // `vsce ls` applies .vscodeignore exactly as `vsce package` does, without bundling.
        const listed = execFileSync(path.join(root, 'node_modules', '.bin', 'vsce'), ['ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' }).split('\n');
        const pages = LOCALES.flatMap(locale => Object.values(localizeManifest(manifest, translated(locale) as NlsMessages, english).contributes.walkthroughs)
            .flatMap(w => w.steps.map(step => step.media.markdown)));
        for (const file of ['package.nls.json', ...LOCALES.map(locale => `package.nls.${locale}.json`), ...pages]) {
            assert.ok(listed.includes(file), `${file} is not packed`);
        }
    });
});
