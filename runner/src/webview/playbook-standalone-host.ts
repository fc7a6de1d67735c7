/** The standalone page: the model is embedded in the file, runs live in localStorage, exports download. */
import type { PlaybookModel } from '../../../protocol/src/playbook-model-types.js';
import { LOCALES, matchLocale, SOURCE_LOCALE, type Locale } from '../../../l10n/src/index.js';
import { isPlaybookModel } from '../engine/playbook-live-edit.js';
import { runStoreKey, type RunnerStore } from '../../../protocol/src/playbook-run-store.js';
import { mergeStores, sameContent } from '../engine/playbook-run-log.js';
import { emptyStore, parseStore } from '../engine/playbook-store.js';
import { openStore } from '../engine/playbook-store-keeping.js';
import { say } from '../playbook-runner-strings.js';
import type { RunnerHost } from './playbook-runner-app.js';

/** The id of the `<script type="application/json">` element that carries the model. */
export const MODEL_ELEMENT_ID = 'playbook-model';

/** Reads the embedded model; undefined when the page carries none or it is not a model. */
export function embeddedModel(): PlaybookModel | undefined {
    const text = document.getElementById(MODEL_ELEMENT_ID)?.textContent;
    try {
        const value: unknown = text ? JSON.parse(text) : undefined;
        return isPlaybookModel(value) ? value : undefined;
    } catch {
        return undefined;
    }
}

/**
 * Where the page keeps the responder's choice of language: one key for every exported playbook,
 * since a person reads one language whichever plan they open.
 */
export const LOCALE_STORAGE_KEY = 'incident-playbook-runner:locale';

/** The language the page opens in: the responder's stored choice, else the one it was exported in (`<html lang>`, from `playbook export --locale`), else English. */
export function pageLocale(): Locale {
    let stored: string | null = null;
    try {
        stored = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    } catch {
        // Storage refused (a file: page in a locked-down browser): the exported language still applies.
    }
    const chosen = LOCALES.find(locale => locale === stored);
    return chosen ?? matchLocale(document.documentElement.lang) ?? SOURCE_LOCALE;
}

/** Keeps the responder's choice of language for the next time the page opens. */
export function storeLocale(locale: Locale): void {
    try {
        window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
    } catch {
        // Without storage the choice lasts as long as the page: the progress warning already says storage is unavailable.
    }
}

/**
 * Loads the stored runs. Text that is not a valid store is never dropped: it is copied under
 * another key (`…:unreadable:<time>`) and reported, and the runner starts from an empty store.
 */
export function loadStore(playbook: string, now: number): { store: RunnerStore; problems: string[] } {
    const key = runStoreKey(playbook);
    let storage: Storage;
    try {
        storage = window.localStorage;
        storage.getItem(key);
    } catch {
        return { store: emptyStore(playbook), problems: [say('storageUnavailable')] };
    }
    const { store, unreadable } = openStore({
        read: k => storage.getItem(k) ?? undefined,
        write: (k, text) => text === undefined ? storage.removeItem(k) : storage.setItem(k, text),
    }, playbook, now);
    return { store, problems: unreadable ? [say('storageProblem', { problem: unreadable.error, key: unreadable.keptAs })] : [] };
}

/**
 * The host of the standalone page. Every save reads what is stored first and writes the union
 * (another tab of the same file may have saved since); `storage` events bring another tab's
 * saves in as they happen (`onOtherTab`), and a tab whose copy holds events the stored one
 * lacks writes the union back, so that every tick ends up in storage, whichever tab made it.
 */
export function standaloneHost(playbook: string, onProblem: (problem: string) => void, onOtherTab: (store: RunnerStore) => RunnerStore): RunnerHost {
    let warned = false;
    const key = runStoreKey(playbook);
    const write = (store: RunnerStore): RunnerStore | undefined => {
        try {
            const stored = window.localStorage.getItem(key);
            const parsed = stored === null ? undefined : parseStore(stored, playbook);
            const merged = parsed && 'store' in parsed ? mergeStores(store, parsed.store) : store;
            window.localStorage.setItem(key, JSON.stringify(merged));
            return merged;
        } catch {
            if (!warned) {
                warned = true;
                onProblem(say('storageUnavailable'));
            }
            return undefined;
        }
    };
    window.addEventListener('storage', event => {
        if (event.key !== key || event.newValue === null) return;
        const parsed = parseStore(event.newValue, playbook);
        if (!('store' in parsed)) return; // the next load keeps unreadable text aside and says so
        const ours = onOtherTab(parsed.store);
        if (!sameContent(mergeStores(ours, parsed.store), parsed.store)) write(ours);
    });
    return {
        save: write,
        exportFile(format, fileName, content) {
            const blob = new Blob([content], { type: format === 'markdown' ? 'text/markdown' : 'application/json' });
            const link = document.createElement('a');
            link.href = URL.createObjectURL(blob);
            link.download = fileName;
            document.body.append(link);
            link.click();
            link.remove();
            setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
        },
        async copy(text) {
            try {
                await navigator.clipboard.writeText(text);
                return true;
            } catch {
                return false;
            }
        },
    };
}
