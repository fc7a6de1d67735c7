import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { run, type CliIo } from '../../cli/src/main.js';
import { root } from './run-cli.js';

/** An io that records what a command writes, with the terminal and environment given. */
function recorder(options: { tty: boolean; env?: Record<string, string> }): CliIo & { stdout: string[]; stderr: string[] } {
    const stdout: string[] = [];
    const stderr: string[] = [];
    return {
        stdout, stderr,
        out: text => stdout.push(text),
        err: text => stderr.push(text),
        cwd: root,
        env: options.env ?? {},
        stdoutIsTTY: options.tty,
    };
}

const DATE = path.join('samples', 'invalid', 'invalid-date.playbook');

describe('run() in-process: returns the exit code, never exits', () => {
    it('returns 1 for errors and writes the report through the io', async () => {
        const io = recorder({ tty: false });
        assert.equal(await run(['check', DATE, '-f', 'compact'], io), 1);
        assert.equal(io.stdout.length, 1);
        assert.match(io.stdout[0]!, /^samples\/invalid\/invalid-date\.playbook:3:12: error: .* \[invalid-date\]$/);
    });

    it('colours stylish output on a terminal unless NO_COLOR is set', async () => {
        const tty = recorder({ tty: true });
        await run(['check', DATE], tty);
        assert.ok(tty.stdout.join('\n').includes('\u001b[31merror\u001b[39m'));
        const noColor = recorder({ tty: true, env: { NO_COLOR: '1' } });
        await run(['check', DATE], noColor);
        assert.ok(!noColor.stdout.join('\n').includes('\u001b['));
        const piped = recorder({ tty: false });
        await run(['check', DATE], piped);
        assert.ok(!piped.stdout.join('\n').includes('\u001b['));
    });

    it('returns 2 for a usage error, with the hint on the error stream', async () => {
        const io = recorder({ tty: false });
        assert.equal(await run(['export'], io), 2);
        assert.equal(io.stdout.length, 0);
        assert.match(io.stderr[0]!, /^"playbook export" needs exactly one playbook file/);
    });
});
