import { strict as assert } from 'node:assert';
import type { Memento } from 'vscode';
import { runStoreKey, unreadableStoreKey } from '../../protocol/src/playbook-run-store.js';
import { openStore } from '../../runner/src/engine/playbook-store-keeping.js';
import { emptyStore } from '../../runner/src/engine/playbook-store.js';
import { loadRunnerStore } from '../../client/src/runner/playbook-runner-storage.js';

const NOW = Date.UTC(2026, 0, 2, 3, 4, 5);

function slots(initial: Record<string, string>): { map: Map<string, string>; read(key: string): string | undefined; write(key: string, text: string | undefined): void } {
    const map = new Map(Object.entries(initial));
    return { map, read: key => map.get(key), write: (key, text) => void (text === undefined ? map.delete(key) : map.set(key, text)) };
}

/**
 * The run store's key (protocol/src/playbook-run-store.ts runStoreKey, unreadableStoreKey) and
 * "keep a bad store aside" (runner/src/engine/playbook-store-keeping.ts openStore): one home,
 * used by VS Code's workspace state (client/src/runner/playbook-runner-storage.ts) and the
 * standalone page's localStorage (runner/src/webview/playbook-standalone-host.ts).
 */
describe('run store keeping (runner/src/engine/playbook-store-keeping.ts)', () => {
    it('names the key after the playbook, the same in VS Code and in the page', () => {
        assert.equal(runStoreKey('data-breach'), 'incident-playbook-runner:data-breach');
        assert.equal(unreadableStoreKey('data-breach', NOW), 'incident-playbook-runner:data-breach:unreadable:2026-01-02T03:04:05.000Z');
    });

    it('opens an empty store when nothing is stored, writing nothing', () => {
        const storage = slots({});
        const opened = openStore(storage, 'p', NOW);
        assert.deepEqual(opened, { store: emptyStore('p'), writes: [] });
        assert.equal(storage.map.size, 0);
    });

    it('opens a stored store as it is', () => {
        const stored = { ...emptyStore('p') };
        const storage = slots({ [runStoreKey('p')]: JSON.stringify(stored) });
        assert.deepEqual(openStore(storage, 'p', NOW).store, stored);
        assert.deepEqual([...storage.map.keys()], [runStoreKey('p')]);
    });

    it('keeps unreadable text aside under its own key, says why, and starts afresh', () => {
        const storage = slots({ [runStoreKey('p')]: '{"storeVersion":1' });
        const opened = openStore(storage, 'p', NOW);
        assert.deepEqual(opened.store, emptyStore('p'));
        assert.equal(opened.unreadable?.keptAs, unreadableStoreKey('p', NOW));
        assert.match(opened.unreadable?.error ?? '', /^not JSON/);
        assert.deepEqual([...storage.map], [[unreadableStoreKey('p', NOW), '{"storeVersion":1']]);
    });

    it("VS Code's workspace state keeps it aside the same way and reports where", async () => {
        const map = new Map<string, unknown>([[runStoreKey('p'), 'garbage']]);
        const memento = {
            keys: () => [...map.keys()],
            get: (key: string) => map.get(key),
            update: (key: string, value: unknown) => { if (value === undefined) map.delete(key); else map.set(key, value); return Promise.resolve(); },
        } as unknown as Memento;
        const { store, problem } = await loadRunnerStore(memento, 'p', NOW);
        assert.deepEqual(store, emptyStore('p'));
        assert.deepEqual([...map], [[unreadableStoreKey('p', NOW), 'garbage']]);
        assert.ok(problem?.includes(unreadableStoreKey('p', NOW)), problem);
    });
});
