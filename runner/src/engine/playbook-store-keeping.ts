/**
 * Opening a playbook's run store from a key-value storage of text: VS Code's workspace state
 * (client/src/runner/playbook-runner-storage.ts) and the standalone page's localStorage
 * (runner/src/webview/playbook-standalone-host.ts) both open it here, so that the key and
 * "keep a bad store aside, never drop it" are written once.
 */
import { runStoreKey, unreadableStoreKey, type Millis, type RunnerStore } from '../../../protocol/src/playbook-run-store.js';
import { emptyStore, parseStore } from './playbook-store.js';

/** A storage of text by key. `write` with `undefined` removes the key; it returns what the storage returns (a promise in VS Code). */
export interface StoreSlots<W> {
    read(key: string): string | undefined;
    write(key: string, text: string | undefined): W;
}

/** The store to run with; when the stored text was not a store, why and where it was kept. */
export interface OpenedStore<W> {
    store: RunnerStore;
    unreadable?: { error: string; keptAs: string };
    /** What the storage returned for the writes that kept the text aside: await them where writes are asynchronous. */
    writes: W[];
}

/**
 * Reads a playbook's store. Nothing stored: an empty store. Text that is not a valid store is
 * copied under `unreadableStoreKey` and only then removed from the store's key (so a failing
 * second write leaves the text twice, never nowhere), and the runner starts from an empty store.
 */
export function openStore<W>(slots: StoreSlots<W>, playbook: string, now: Millis): OpenedStore<W> {
    const key = runStoreKey(playbook);
    const text = slots.read(key);
    if (text === undefined) {
        return { store: emptyStore(playbook), writes: [] };
    }
    const parsed = parseStore(text, playbook);
    if ('store' in parsed) {
        return { store: parsed.store, writes: [] };
    }
    const keptAs = unreadableStoreKey(playbook, now);
    const writes = [slots.write(keptAs, text), slots.write(key, undefined)];
    return { store: emptyStore(playbook), unreadable: { error: parsed.error, keptAs }, writes };
}
