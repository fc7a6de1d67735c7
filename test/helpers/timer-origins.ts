import { promisify } from 'node:util';

/**
 * Where each pending timer of the test process was created. Node lists live timers only as
 * "Timeout" (`process.getActiveResourcesInfo()`; `_getActiveHandles()` leaves them out), so a
 * timer that holds mocha's process after the last test could not be traced to its code. Loaded
 * by the root hooks before any test file, this wraps the global setTimeout/setInterval: each
 * timer's creation stack is kept while it is pending and dropped when it fires (a timeout) or is
 * cleared. Mocha keeps its own references to the original functions, so its test limits are
 * untouched. The exit watchdog prints the timers still pending and holding the process.
 */

interface PendingTimer {
    timer: NodeJS.Timeout;
    delay: number;
    repeats: boolean;
    stack: string;
}

const pending = new Map<NodeJS.Timeout, PendingTimer>();

/** The frames of the creation stack outside this file, at most six. */
function origin(): string {
    const frames = (new Error().stack ?? '').split('\n').slice(1).filter(line => !line.includes('timer-origins'));
    return frames.slice(0, 6).map(line => line.trim().replace(/^at /, '')).join(' < ');
}

type TimerFunction = (callback: (...args: unknown[]) => void, delay?: number, ...args: unknown[]) => NodeJS.Timeout;

function record(original: TimerFunction, repeats: boolean): TimerFunction {
    return function recorded(this: unknown, callback, delay, ...args) {
        if (typeof callback !== 'function') return original.call(this, callback, delay, ...args);
        // Filled in right after: the wrapper needs the timer to drop it when it fires.
        const timer: NodeJS.Timeout = original.call(this, function fired(this: unknown, ...callArgs: unknown[]) {
            if (!repeats) pending.delete(timer);
            return callback.apply(this, callArgs);
        }, delay, ...args);
        pending.set(timer, { timer, delay: delay ?? 0, repeats, stack: origin() });
        return timer;
    };
}

function forget(original: (timer?: NodeJS.Timeout | string | number) => void): (timer?: NodeJS.Timeout | string | number) => void {
    return function cleared(timer) {
        if (timer && typeof timer === 'object') pending.delete(timer);
        original(timer);
    };
}

let installed = false;

/** Wraps the global timer functions once; util.promisify(setTimeout) keeps working. */
export function recordTimerOrigins(): void {
    if (installed) return;
    installed = true;
    const g = globalThis as unknown as Record<string, unknown>;
    for (const [name, repeats] of [['setTimeout', false], ['setInterval', true]] as const) {
        const original = g[name] as TimerFunction & { [promisify.custom]?: unknown };
        const wrapped = record(original, repeats) as TimerFunction & { [promisify.custom]?: unknown };
        if (original[promisify.custom]) wrapped[promisify.custom] = original[promisify.custom];
        g[name] = wrapped;
    }
    for (const name of ['clearTimeout', 'clearInterval']) {
        g[name] = forget(g[name] as (timer?: NodeJS.Timeout | string | number) => void);
    }
}

/** The timers still pending that keep the process alive (ref'd), one line each with where they were made. */
export function pendingTimers(): string[] {
    return [...pending.values()]
        .filter(entry => entry.timer.hasRef() && !(entry.timer as unknown as { _destroyed?: boolean })._destroyed)
        .map(entry => `${entry.repeats ? 'setInterval' : 'setTimeout'} of ${entry.delay} ms, made at ${entry.stack}`);
}
