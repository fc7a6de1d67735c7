import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PlaybookInitializationOptions } from '../../protocol/src/playbook-initialization.js';
import { serverBuilt, startServer, type ServerSession } from '../helpers/server-session.js';

/** The `playbook.configFile` setting reaches the server as an initialization option and moves the config. */
describe('language server and the playbook.configFile setting', function () {
    let workspace: string;
    let session: ServerSession | undefined;

    after(async () => {
        await session?.stop();
        rmSync(workspace, { recursive: true, force: true });
    });

    it('reads the configuration from the configured path and reports its problems there', async () => {
        assert.ok(serverBuilt(), 'dist/server.cjs is missing: run "npm run build" first');
        workspace = mkdtempSync(path.join(tmpdir(), 'playbook-config-setting-'));
        mkdirSync(path.join(workspace, 'ci'));
        // The root file would be valid; the configured one has a mistake on line 2, column 3.
        writeFileSync(path.join(workspace, 'playbook.config.yaml'), 'rules: {}\n');
        writeFileSync(path.join(workspace, 'ci', 'rules.yaml'), 'rules:\n  no-such-rule: error\n');
        writeFileSync(path.join(workspace, 'a.playbook'), 'playbook x {}\n');
        const initializationOptions: PlaybookInitializationOptions = { configFile: 'ci/rules.yaml' };
        session = await startServer(workspace, { initializationOptions });
        const configured = pathToFileURL(path.join(workspace, 'ci', 'rules.yaml')).toString();
        const diagnostics = await session.waitForDiagnostics(configured, () => true);
        assert.equal(diagnostics.length, 1);
        assert.equal(diagnostics[0]!.code, 'invalid-config');
        assert.deepEqual(diagnostics[0]!.range.start, { line: 1, character: 2 });
        assert.match(JSON.stringify(diagnostics[0]!.message), /no-such-rule/);
    });
});
