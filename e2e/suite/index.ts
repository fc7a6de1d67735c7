// The `extensionTestsPath` entry point: VS Code's extension host (code-server here, @vscode/test-electron
// on a desktop) loads this module and awaits run(); a rejection means failed tests.
import * as path from 'node:path';
import Mocha from 'mocha';

/** Runs the bundled in-host suite with mocha and rejects when any test fails. */
export async function run(): Promise<void> {
    const mocha = new Mocha({
        ui: 'bdd',
        // The host forwards console output line by line; colours would only add escape codes.
        color: false,
        reporter: 'spec',
        // Cold starts of the language server inside a shared 2-core machine can take a while.
        timeout: Number(process.env.PLAYBOOK_E2E_TEST_TIMEOUT_MS ?? 60_000),
    });
    mocha.addFile(path.join(__dirname, 'tests.cjs'));
    const failures = await new Promise<number>(resolve => mocha.run(resolve));
    if (failures > 0) {
        throw new Error(`${failures} in-host test(s) failed.`);
    }
}
