/** The standalone page: the model is embedded in the file, runs live in localStorage, exports download. */
import type { PlaybookModel } from '../../../protocol/src/playbook-model-types.js';
import { isPlaybookModel } from '../engine/playbook-live-edit.js';
import type { RunnerStore } from '../../../protocol/src/playbook-run-store.js';
import { emptyStore, parseStore } from '../engine/playbook-store.js';
import { say } from '../playbook-runner-strings.js';
import type { RunnerHost } from './playbook-runner-app.js';

/** The id of the `<script type="application/json">` element that carries the model. */
export const MODEL_ELEMENT_ID = 'playbook-model';

/** The localStorage key of a playbook's runs. */
export function storageKey(playbook: string): string {
    return `incident-playbook-runner:${playbook}`;
}

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
 * Loads the stored runs. Text that is not a valid store is never dropped: it is copied under
 * another key (`…:unreadable:<time>`) and reported, and the runner starts from an empty store.
 */
export function loadStore(playbook: string, now: number): { store: RunnerStore; problems: string[] } {
    const key = storageKey(playbook);
    let storage: Storage;
    try {
        storage = window.localStorage;
        storage.getItem(key);
    } catch {
        return { store: emptyStore(playbook), problems: [say('storageUnavailable')] };
    }
    const text = storage.getItem(key);
    if (text === null) {
        return { store: emptyStore(playbook), problems: [] };
    }
    const parsed = parseStore(text, playbook);
    if ('store' in parsed) {
        return { store: parsed.store, problems: [] };
    }
    const aside = `${key}:unreadable:${new Date(now).toISOString()}`;
    storage.setItem(aside, text);
    storage.removeItem(key);
    return { store: emptyStore(playbook), problems: [say('storageProblem', { problem: parsed.error, key: aside })] };
}

/** The host of the standalone page. */
export function standaloneHost(playbook: string, onProblem: (problem: string) => void): RunnerHost {
    let warned = false;
    return {
        save(store) {
            try {
                window.localStorage.setItem(storageKey(playbook), JSON.stringify(store));
            } catch {
                if (!warned) {
                    warned = true;
                    onProblem(say('storageUnavailable'));
                }
            }
        },
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
