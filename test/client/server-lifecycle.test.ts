import { strict as assert } from 'node:assert';
import { CONFIG_FILE_SETTING, PlaybookServerLifecycle, type ServerLifecycleSurface } from '../../client/src/playbook-server-lifecycle.js';

/** A VS Code event with a fire button, and a count of who listens. */
function emitter<T>() {
    const listeners = new Set<(value: T) => void>();
    const event = (listener: (value: T) => void) => {
        listeners.add(listener);
        return { dispose: () => listeners.delete(listener) };
    };
    return { event, fire: (value: T) => listeners.forEach(l => l(value)), listening: () => listeners.size };
}

/** A fake VS Code and client: restarts are held until the test lets them finish. */
function fakeSurface() {
    const configuration = emitter<{ affectsConfiguration(section: string): boolean }>();
    const folders = emitter<unknown>();
    const trust = emitter<void>();
    const log: string[] = [];
    const held: Array<() => void> = [];
    let configFile = '';
    let restarts = 0;
    const surface: ServerLifecycleSurface = {
        onDidChangeConfiguration: configuration.event,
        onDidChangeWorkspaceFolders: folders.event,
        onDidGrantWorkspaceTrust: trust.event,
        configFile: () => configFile,
        restart: () => new Promise<void>(resolve => {
            restarts++;
            log.push(`restart ${restarts} reads configFile "${configFile}"`);
            held.push(resolve);
        }),
        log: line => log.push(line),
    };
    return {
        surface, log,
        changeSetting: (section: string) => configuration.fire({ affectsConfiguration: s => section === s || section.startsWith(`${s}.`) }),
        setConfigFile: (value: string) => configFile = value,
        changeFolders: () => folders.fire({ added: [], removed: [] }),
        grantTrust: () => trust.fire(),
        /** Lets the oldest held restart finish, then lets the lifecycle react. */
        finish: async () => {
            held.shift()?.();
            await new Promise(resolve => setImmediate(resolve));
        },
        restarts: () => restarts,
        listening: () => configuration.listening() + folders.listening() + trust.listening(),
    };
}

const settle = () => new Promise(resolve => setImmediate(resolve));

describe('the language server follows what it reads only at start-up (VS Code client, fake surface)', () => {
    it('restarts when playbook.configFile changes, reading the new value', async () => {
        const fake = fakeSurface();
        new PlaybookServerLifecycle(fake.surface);
        fake.setConfigFile('config/rules.yaml');
        fake.changeSetting(CONFIG_FILE_SETTING);
        await settle();
        assert.deepEqual(fake.log, [
            'Restarting the language server: the setting playbook.configFile changed.',
            'restart 1 reads configFile "config/rules.yaml"',
        ]);
    });

    it('does not restart for other settings (they apply without a restart)', async () => {
        const fake = fakeSurface();
        new PlaybookServerLifecycle(fake.surface);
        fake.changeSetting('playbook.validation.enabled');
        fake.changeSetting('editor.tabSize');
        await settle();
        assert.equal(fake.restarts(), 0);
    });

    it('restarts when workspace folders are added or removed', async () => {
        const fake = fakeSurface();
        new PlaybookServerLifecycle(fake.surface);
        fake.changeFolders();
        await settle();
        assert.equal(fake.restarts(), 1);
        assert.equal(fake.log[0], 'Restarting the language server: the workspace folders changed.');
    });

    it('restarts on a grant of workspace trust only when a configFile is set', async () => {
        const fake = fakeSurface();
        new PlaybookServerLifecycle(fake.surface);
        fake.grantTrust();
        await settle();
        assert.equal(fake.restarts(), 0);
        fake.setConfigFile('rules.yaml');
        fake.grantTrust();
        await settle();
        assert.equal(fake.restarts(), 1);
    });

    it('folds the changes made while a restart waits into one more restart, which reads the latest setting', async () => {
        const fake = fakeSurface();
        const lifecycle = new PlaybookServerLifecycle(fake.surface);
        const first = lifecycle.restart('command');
        await settle();
        assert.equal(fake.restarts(), 1);
        // While the first restart runs: three changes, all served by one restart after it.
        fake.setConfigFile('a.yaml');
        fake.changeSetting(CONFIG_FILE_SETTING);
        fake.changeFolders();
        fake.setConfigFile('b.yaml');
        fake.changeSetting(CONFIG_FILE_SETTING);
        await settle();
        assert.equal(fake.restarts(), 1, 'a second restart began before the first had finished');
        await fake.finish();
        await first;
        assert.equal(fake.restarts(), 2);
        await fake.finish();
        assert.deepEqual(fake.log, [
            'Restarting the language server: asked for with the command Restart Language Server.',
            'restart 1 reads configFile ""',
            'Restarting the language server: the setting playbook.configFile changed.',
            'Restarting the language server: the workspace folders changed.',
            'restart 2 reads configFile "b.yaml"',
        ]);
    });

    it('says so in the output when a restart fails, and restarts again on the next change', async () => {
        const fake = fakeSurface();
        let fail = true;
        const surface = { ...fake.surface, restart: () => fail ? Promise.reject(new Error('spawn ENOENT')) : fake.surface.restart() };
        const lifecycle = new PlaybookServerLifecycle(surface);
        await lifecycle.restart('command');
        assert.deepEqual(fake.log, [
            'Restarting the language server: asked for with the command Restart Language Server.',
            'The language server could not be restarted: spawn ENOENT',
        ]);
        fail = false;
        fake.changeFolders();
        await settle();
        assert.equal(fake.restarts(), 1);
    });

    it('stops listening when disposed', async () => {
        const fake = fakeSurface();
        const lifecycle = new PlaybookServerLifecycle(fake.surface);
        assert.equal(fake.listening(), 3);
        lifecycle.dispose();
        assert.equal(fake.listening(), 0);
        fake.changeFolders();
        await settle();
        assert.equal(fake.restarts(), 0);
    });
});
