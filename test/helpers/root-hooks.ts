import { armExitWatchdog } from './exit-watchdog.js';
import { leftoverServers } from './server-session.js';
import { recordTimerOrigins } from './timer-origins.js';

// Before any test file is loaded: a timer left holding the process can then be traced to its code.
recordTimerOrigins();

/**
 * Mocha's root hooks (.mocharc.json `require`). After the last test, nothing a test started may
 * still run: mocha then exits because the event loop is empty, not because it is told to
 * (`exit: true` hid such leaks; docs/development.md). Should something still hold it, the exit
 * watchdog names it and exits a minute later, with mocha's result.
 */
export const mochaHooks = {
    afterAll(): void {
        armExitWatchdog();
        const left = leftoverServers();
        if (left.length > 0) {
            throw new Error(`Language servers left running by tests (now killed): ${left.join('; ')}. Stop each session in an after hook.`);
        }
    },
};
