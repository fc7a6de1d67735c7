import type { Memento } from 'vscode';
import type { RunnerStore } from '../../../protocol/src/playbook-run-store.js';
import { emptyStore, parseStore } from '../../../runner/src/engine/playbook-store.js';
import { clientMessages } from '../messages.js';

/** The key of a playbook's runs; the same name the standalone page uses in localStorage. */
export function storeKey(playbook: string): string {
    return `incident-playbook-runner:${playbook}`;
}

/**
 * Reads a playbook's runs from the extension's workspace state. Whatever is stored is kept as
 * JSON text; text that is not a valid store is moved under another key and reported, never dropped.
 */
export async function loadRunnerStore(memento: Memento, playbook: string, now: number): Promise<{ store: RunnerStore; problem?: string }> {
    const key = storeKey(playbook);
    const text = memento.get<string>(key);
    if (text === undefined) {
        return { store: emptyStore(playbook) };
    }
    const parsed = parseStore(text, playbook);
    if ('store' in parsed) {
        return { store: parsed.store };
    }
    const aside = `${key}:unreadable:${new Date(now).toISOString()}`;
    await memento.update(aside, text);
    await memento.update(key, undefined);
    return { store: emptyStore(playbook), problem: clientMessages.runStorageProblem({ problem: parsed.error, key: aside }) };
}

/** Saves a playbook's runs (called on every action in the runner). */
export function saveRunnerStore(memento: Memento, store: RunnerStore): Thenable<void> {
    return memento.update(storeKey(store.playbook), JSON.stringify(store));
}
