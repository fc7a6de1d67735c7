// A stand-in language pack for a display language. VS Code (and code-server) resolve `--locale`
// to English unless a language pack for it is installed, and report that English to extensions
// as `vscode.env.language`; language packs come from the Marketplace, which these machines cannot
// reach. A user who sets the display language to Traditional Chinese has the pack installed, so
// the run installs one too: a real language pack extension (contributes.localizations) that
// translates nothing of VS Code itself, so VS Code's own menus stay English while the display
// language, and with it every extension's, is zh-tw.
// VS Code learns of an installed pack through languagepacks.json in the user data folder, which
// its running server writes when a pack is installed from the UI; `--install-extension` in a
// separate process does not, so `registerLanguagePack` writes the entry as VS Code does.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { projectRoot } from './paths.js';
import { mustRun } from './processes.js';

/** The stand-in pack's extension id (publisher.name). */
export function languagePackId(locale: string): string {
    return `incident-playbooks-e2e.language-pack-${locale}-stand-in`;
}

/** Writes and packages the stand-in pack for `locale` under `root`; returns the .vsix. */
export async function standInLanguagePack(root: string, locale: string, logFile: string): Promise<string> {
    const folder = path.join(root, `language-pack-${locale}`);
    mkdirSync(path.join(folder, 'translations'), { recursive: true });
    const manifest = {
        name: `language-pack-${locale}-stand-in`,
        displayName: `Stand-in language pack ${locale} (end-to-end tests)`,
        description: `Makes ${locale} an available display language, with no translation of VS Code itself.`,
        publisher: 'incident-playbooks-e2e',
        version: '0.0.1',
        license: 'MIT',
        engines: { vscode: '*' },
        categories: ['Language Packs'],
        contributes: {
            localizations: [{ languageId: locale, languageName: locale, localizedLanguageName: locale, translations: [{ id: 'vscode', path: './translations/main.i18n.json' }] }],
        },
    };
    writeFileSync(path.join(folder, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    writeFileSync(path.join(folder, 'translations', 'main.i18n.json'), '{ "version": "1.0.0", "contents": {} }\n');
    const vsix = path.join(root, `language-pack-${locale}.vsix`);
    await mustRun('vsce package (stand-in language pack)', path.join(projectRoot, 'node_modules', '.bin', 'vsce'),
        ['package', '--allow-missing-repository', '--skip-license', '--out', vsix], { cwd: folder, logFile, timeoutMs: 120_000 });
    return vsix;
}

/**
 * Registers the installed pack in `userData/languagepacks.json`, the index VS Code's server reads
 * to resolve `--locale` (keyed by language, with a hash and the path of the `vscode` translations).
 */
export function registerLanguagePack(userData: string, installedFolder: string, locale: string): void {
    const translations = path.join(installedFolder, 'translations', 'main.i18n.json');
    const entry = {
        hash: createHash('md5').update(`${languagePackId(locale)}@0.0.1`).digest('hex'),
        extensions: [{ extensionIdentifier: { id: languagePackId(locale) }, version: '0.0.1' }],
        translations: { vscode: translations },
        label: locale,
    };
    writeFileSync(path.join(userData, 'languagepacks.json'), `${JSON.stringify({ [locale]: entry }, null, 2)}\n`);
}
