import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readInitializationOptions } from '../../protocol/src/playbook-initialization.js';
import { settingProblemText } from '../../server/src/lsp/playbook-setting-problems.js';
import { messageOf, serverBuilt, startServer, type ServerSession } from '../helpers/server-session.js';

/** protocol/src/playbook-initialization.ts readInitializationOptions, reported by server/src/lsp/playbook-setting-problems.ts. */
describe('settings of the wrong kind', () => {
    it('leaves out an option of the wrong kind and names its setting', () => {
        assert.deepEqual(readInitializationOptions({ configFile: 42, snippetsContributed: true }), {
            options: { snippetsContributed: true },
            problems: [{ setting: 'playbook.configFile', expected: 'string', actual: 'number' }],
        });
        assert.deepEqual(readInitializationOptions({ configFile: ['a'], snippetsContributed: 'yes' }).problems, [
            { setting: 'initializationOptions.snippetsContributed', expected: 'boolean', actual: 'string' },
            { setting: 'playbook.configFile', expected: 'string', actual: 'array' },
        ]);
    });

    it('takes unset, null and unknown options quietly, and options that are not an object as none', () => {
        assert.deepEqual(readInitializationOptions(undefined), { options: {}, problems: [] });
        assert.deepEqual(readInitializationOptions({ configFile: null, newerOption: 1 }), { options: {}, problems: [] });
        assert.deepEqual(readInitializationOptions('ci/rules.yaml').problems, [{ setting: 'initializationOptions', expected: 'object', actual: 'string' }]);
    });

    it('says what the setting should be', () => {
        assert.equal(settingProblemText({ setting: 'playbook.configFile', expected: 'string', actual: 'array' }),
            'The setting playbook.configFile should be a text, not a list. It is ignored until it is fixed, and its default is used.');
    });
});

describe('language server start-up with playbook.configFile of the wrong kind', function () {
    this.timeout(5 * 60_000);
    const sessions: ServerSession[] = [];
    let workspace: string;

    before(() => {
        workspace = mkdtempSync(path.join(tmpdir(), 'playbook-setting-kinds-'));
        // A configuration at the default place with a mistake: its diagnostic shows the default is used.
        writeFileSync(path.join(workspace, 'playbook.config.yaml'), 'rules:\n  no-such-rule: error\n');
    });

    after(async () => {
        for (const session of sessions) await session.stop();
        rmSync(workspace, { recursive: true, force: true });
    });

    for (const configFile of [42, ['ci/rules.yaml'], { path: 'x' }]) {
        it(`survives ${JSON.stringify(configFile)}, says which setting is wrong and uses the default configuration`, async () => {
            assert.ok(serverBuilt(), 'dist/server.cjs is missing: run "npm run build" first');
            const session = await startServer(workspace, { initializationOptions: { configFile } });
            sessions.push(session);
            const warning = session.waitForMessage(message => message.startsWith('The setting playbook.configFile'));
            const config = pathToFileURL(path.join(workspace, 'playbook.config.yaml')).toString();
            const diagnostics = await session.waitForDiagnostics(config, d => d.length > 0);
            assert.match(messageOf(diagnostics[0]!), /no-such-rule/);
            assert.match(await warning, /^The setting playbook\.configFile should be a text, not (a number|a list|an object)\./);
            assert.doesNotMatch(session.stderr(), /runtime abstraction|TypeError/);
        });
    }
});
