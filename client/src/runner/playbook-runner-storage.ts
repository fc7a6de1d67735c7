import type { Memento } from 'vscode';
import { runStoreKey, type RunnerStore } from '../../../protocol/src/playbook-run-store.js';
import { openStore } from '../../../runner/src/engine/playbook-store-keeping.js';
import { clientMessages } from '../messages.js';

/**
 * Reads a playbook's runs from the extension's workspace state. Whatever is stored is kept as
 * JSON text; text that is not a valid store is moved under another key and reported, never dropped.
 */
export async function loadRunnerStore(memento: Memento, playbook: string, now: number): Promise<{ store: RunnerStore; problem?: string }> {
    const opened = openStore({ read: key => memento.get<string>(key), write: (key, text) => memento.update(key, text) }, playbook, now);
    await Promise.all(opened.writes);
    const { unreadable } = opened;
    return unreadable ? { store: opened.store, problem: clientMessages.runStorageProblem({ problem: unreadable.error, key: unreadable.keptAs }) } : { store: opened.store };
}

/** Saves a playbook's runs (called on every action in the runner). */
export function saveRunnerStore(memento: Memento, store: RunnerStore): Thenable<void> {
    return memento.update(runStoreKey(store.playbook), JSON.stringify(store));
}
