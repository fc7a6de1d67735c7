/** The standalone runner: one self-contained, offline HTML file running the same engine and UI as the VS Code preview. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { escapeHtml } from '../../../escaping/src/html.js';
import { activeLocale, matchLocale, withLocale } from '../../../l10n/src/index.js';
import type { PlaybookModel } from '../../../protocol/src/playbook-model-types.js';
import { say } from '../playbook-runner-strings.js';

// Filled in by scripts/bundle.mjs (esbuild `define`) when a Node entry point is bundled, so that
// dist/cli.cjs carries the runner and needs no file beside it.
declare const PLAYBOOK_RUNNER_SCRIPT: string | undefined;
declare const PLAYBOOK_RUNNER_STYLE: string | undefined;

/** Where the runner's browser script and style come from. */
export interface RunnerHtmlOptions {
    /** The bundled runner script (dist/webview/runner.js); read from `assetsDir` when absent. */
    script?: string;
    /** The runner's CSS (dist/webview/runner.css); read from `assetsDir` when absent. */
    style?: string;
    /** The folder holding runner.js and runner.css; default: $PLAYBOOK_RUNNER_ASSETS, else ./dist/webview. */
    assetsDir?: string;
    /**
     * The language the page opens in (its `<html lang>`), until the responder picks another in
     * the page; default: the active locale, which the CLI sets from `--locale` or the environment.
     */
    lang?: string;
}

/** The folder buildRunnerHtml reads the assets from when they are neither given nor built in. */
export function defaultAssetsDir(): string {
    return process.env.PLAYBOOK_RUNNER_ASSETS ?? path.resolve('dist', 'webview');
}

/** The runner's script and style: given, built into the bundle, or read from the assets folder. Throws a located error when missing. */
export function runnerAssets(options: RunnerHtmlOptions = {}): { script: string; style: string } {
    const { script: builtScript, style: builtStyle } = builtAssets();
    const dir = options.assetsDir ?? defaultAssetsDir();
    const read = (file: string): string => {
        const full = path.join(dir, file);
        if (!existsSync(full)) {
            throw new Error(say('htmlAssetMissing', { file: full }));
        }
        return readFileSync(full, 'utf8');
    };
    return {
        script: options.script ?? builtScript ?? read('runner.js'),
        style: options.style ?? builtStyle ?? read('runner.css'),
    };
}

/**
 * Builds the page. Everything is inline: the model as JSON data (not script), the runner script
 * and the style, each allowed by its SHA-256 hash in the Content-Security-Policy, which allows
 * nothing else (no network, no inline handlers, no eval).
 */
export function buildRunnerHtml(model: PlaybookModel, options: RunnerHtmlOptions = {}): string {
    const { script, style } = runnerAssets(options);
    // A script element ends at the first `</script`, whatever JavaScript thinks of it.
    const safeScript = script.replace(/<\/(script)/gi, '<\\/$1');
    const safeStyle = style.replace(/<\/(style)/gi, '<\\/$1');
    const data = JSON.stringify(model).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')
        .replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
    const csp = [
        "default-src 'none'", `script-src '${sha256(safeScript)}'`, `style-src '${sha256(safeStyle)}'`,
        "img-src data:", "base-uri 'none'", "form-action 'none'",
    ].join('; ');
    const lang = matchLocale(options.lang) ?? activeLocale();
    const title = escapeHtml(withLocale(lang, () => say('pageTitle', { playbook: model.title ?? model.name })));
    return [
        '<!DOCTYPE html>',
        `<html lang="${lang}">`,
        '<head>',
        '<meta charset="utf-8">',
        // The policy holds no `"`, `&` or `<` (hashes are base64), so it is written as is and stays readable.
        `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="color-scheme" content="light dark">',
        `<title>${title}</title>`,
        `<style>${safeStyle}</style>`,
        '</head>',
        '<body>',
        `<div id="runner"><h1>${title}</h1></div>`,
        `<script type="application/json" id="playbook-model">${data}</script>`,
        `<script>${safeScript}</script>`,
        '</body>',
        '</html>',
        '',
    ].join('\n');
}

/** The assets the bundler wrote into this file; nothing when running unbundled (each name is referenced once, so the bundle holds one copy). */
function builtAssets(): { script?: string; style?: string } {
    try {
        return { script: PLAYBOOK_RUNNER_SCRIPT, style: PLAYBOOK_RUNNER_STYLE };
    } catch {
        return {}; // ReferenceError: not bundled
    }
}

function sha256(text: string): string {
    return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
