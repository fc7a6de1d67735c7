import { EXIT_GRACE_MS } from './limits.js';
import { pendingTimers } from './timer-origins.js';

interface Handle {
    constructor?: { name?: string };
    spawnargs?: string[];
    pid?: number;
    kill?: (signal: string) => void;
    _handle?: { fd?: number };
}

/**
 * The live handles (Node's own list; the public getActiveResourcesInfo gives only their kinds).
 * Node 24 leaves timers out of it: timer-origins.ts lists those.
 */
function liveHandles(): Handle[] {
    return ((process as unknown as { _getActiveHandles?: () => Handle[] })._getActiveHandles?.() ?? []);
}

/** One line for a handle: what kind it is and what it belongs to, as far as Node says. */
function describe(handle: Handle): string {
    const kind = handle.constructor?.name ?? typeof handle;
    if (handle.spawnargs) return `${kind} pid ${handle.pid}: ${handle.spawnargs.join(' ')}`;
    if (handle._handle?.fd !== undefined && handle._handle.fd >= 0) return `${kind} on fd ${handle._handle.fd}`;
    return kind;
}

/**
 * Mocha (without `exit: true`) exits once the event loop is empty. Something a test leaves
 * alive would hold it for ever, and CI would see a run that passed and never ended (stop 24
 * timed out so). This timer, armed after the last test and unref'd so that it holds nothing
 * itself, names what is still alive, kills the child processes among it and exits: mocha's own exit listener keeps the exit
 * code at the number of failures, so the leak is reported without changing the result.
 */
export function armExitWatchdog(): void {
    const timer = setTimeout(() => {
        const resources = process.getActiveResourcesInfo().join(', ');
        const live = liveHandles();
        const handles = [...live.map(describe), ...pendingTimers()].map(line => `  - ${line}`).join('\n');
        // A child left behind would outlive the run (and hold CI's job): it goes with it.
        for (const handle of live) if (handle.spawnargs) handle.kill?.('SIGKILL');
        process.stderr.write(`\nThe test process was still alive ${EXIT_GRACE_MS / 1000} s after the last test, held by: ${resources}\n${handles}\n`
            + 'Exiting with mocha\'s result. Find what a test leaves running (docs/development.md, "Mocha exits on its own").\n');
        process.exit();
    }, EXIT_GRACE_MS);
    timer.unref();
}
