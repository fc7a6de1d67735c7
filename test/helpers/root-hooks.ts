import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { armExitWatchdog } from './exit-watchdog.js';
import { leftoverServers } from './server-session.js';
import { recordTimerOrigins } from './timer-origins.js';

// Before any test file is loaded: a timer left holding the process can then be traced to its code.
recordTimerOrigins();

// The language servers the tests start run their bundle, as the first start on a machine does,
// and build no start-up snapshot into the user's cache (bin/snapshot.js): the snapshot's own
// tests (test/packaging/startup-snapshot.test.ts) turn it on in a folder of their own.
// PLAYBOOK_SNAPSHOT=on npm test runs every server test from snapshots, in a temporary cache.
const snapshotCache = process.env.PLAYBOOK_SNAPSHOT === undefined ? undefined : mkdtempSync(path.join(tmpdir(), 'playbook-test-cache-'));
if (snapshotCache === undefined) {
    process.env.PLAYBOOK_SNAPSHOT = 'off';
} else {
    process.env.XDG_CACHE_HOME = snapshotCache;
}

/**
 * Mocha's root hooks (.mocharc.json `require`). After the last test, nothing a test started may
 * still run: mocha then exits because the event loop is empty, not because it is told to
 * (`exit: true` hid such leaks; docs/development.md). Should something still hold it, the exit
 * watchdog names it and exits a minute later, with mocha's result.
 */
export const mochaHooks = {
    afterAll(): void {
        armExitWatchdog();
        if (snapshotCache !== undefined) {
            rmSync(snapshotCache, { recursive: true, force: true });
        }
        const left = leftoverServers();
        if (left.length > 0) {
            throw new Error(`Language servers left running by tests (now killed): ${left.join('; ')}. Stop each session in an after hook.`);
        }
    },
};
