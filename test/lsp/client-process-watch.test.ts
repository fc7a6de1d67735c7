import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { clientProcessId, watchClientProcess } from '../../server/src/lsp/client-process-watch.js';

describe('the editor process a server watches (--clientProcessId)', () => {
    it('is read as vscode-languageserver reads it: after the script, with = or as the next argument', () => {
        assert.equal(clientProcessId(['node', 'server', '--stdio', '--clientProcessId=123']), 123);
        assert.equal(clientProcessId(['node', 'server', '--clientProcessId', '456', '--stdio']), 456);
        assert.equal(clientProcessId(['node', 'server', '--stdio']), undefined);
        assert.equal(clientProcessId(['node', 'server', '--clientProcessId=x']), undefined);
        assert.equal(clientProcessId(['node', 'server', '--clientProcessId']), undefined);
        assert.equal(clientProcessId(['--clientProcessId=1', 'server']), undefined, 'Node\'s own arguments are not the server\'s');
    });

    it('calls back once the process is gone, and not while it runs', async () => {
        const editor = spawn(process.execPath, ['-e', 'setTimeout(() => undefined, 120_000)'], { stdio: 'ignore' });
        await new Promise(resolve => editor.once('spawn', resolve));
        let calls = 0;
        const gone = new Promise<void>(resolve => watchClientProcess(['node', 'server', `--clientProcessId=${editor.pid}`], () => {
            calls++;
            resolve();
        }, 10));
        await new Promise(resolve => setTimeout(resolve, 100));
        assert.equal(calls, 0, 'called back while the process ran');
        editor.kill();
        await gone;
        await new Promise(resolve => setTimeout(resolve, 50));
        assert.equal(calls, 1, 'called back more than once');
    });

    it('watches nothing without the argument', () => {
        assert.equal(watchClientProcess(['node', 'server', '--stdio'], () => assert.fail('called back')), undefined);
    });
});
