import type { LangiumSharedServices } from 'langium/lsp';
import { negotiateLocale, setActiveLocale } from '../../../l10n/src/index.js';

/**
 * The server speaks the client's language: the `locale` of the initialize request (VS Code sends
 * its display language, `zh-tw`, `pl`), matched onto our locales, English when it names none.
 * Set before the workspace is built, so the first diagnostics are already in that language.
 */
export function registerClientLocale(shared: LangiumSharedServices): void {
    shared.lsp.LanguageServer.onInitialize(params => {
        setActiveLocale(negotiateLocale([params.locale]));
    });
}
