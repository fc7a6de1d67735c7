// Child processes with a time limit, started in their own process group so that everything they
// spawn (code-server's extension host and file watcher, chromium's helpers) is stopped with them.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { createWriteStream } from 'node:fs';

/** What a finished command left behind. */
export interface CommandResult {
    code: number | null;
    timedOut: boolean;
}

const running = new Set<number>();

/** Sends `signal` to the whole process group led by `pid`; ignores groups that are already gone. */
function signalGroup(pid: number, signal: NodeJS.Signals): void {
    try {
        process.kill(-pid, signal);
    } catch {
        // The group has exited already.
    }
}

/** Stops a process group: SIGTERM, then SIGKILL if it is still there after `graceMs`. */
export async function stopGroup(child: ChildProcess, graceMs = 5_000): Promise<void> {
    const pid = child.pid;
    if (pid === undefined) {
        return;
    }
    running.delete(pid);
    if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise<void>(resolve => child.once('exit', () => resolve()));
        signalGroup(pid, 'SIGTERM');
        const timer = setTimeout(() => signalGroup(pid, 'SIGKILL'), graceMs);
        await exited;
        clearTimeout(timer);
    }
    // Children that outlived their leader (an extension host, a watcher) are still in the group.
    signalGroup(pid, 'SIGKILL');
}

/** Kills every group still running: the last resort on exit, signals and uncaught errors. */
export function killAllGroups(): void {
    for (const pid of running) {
        signalGroup(pid, 'SIGKILL');
    }
    running.clear();
}

/** Starts a command in a new process group; its output goes to `logFile` when given, else the caller reads it. */
export function startGroup(command: string, args: string[], options: SpawnOptions & { logFile?: string }): ChildProcess {
    const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    if (child.pid !== undefined) {
        running.add(child.pid);
        child.once('exit', () => running.delete(child.pid!));
    }
    if (options.logFile) {
        const out = createWriteStream(options.logFile, { flags: 'a' });
        child.stdout?.pipe(out);
        child.stderr?.pipe(out);
    }
    return child;
}

/** Runs a command to its end or until `timeoutMs`, when its whole group is stopped. */
export async function runCommand(command: string, args: string[], options: SpawnOptions & { logFile?: string; timeoutMs: number }): Promise<CommandResult> {
    const child = startGroup(command, args, options);
    if (!options.logFile) {
        child.stdout?.pipe(process.stdout, { end: false });
        child.stderr?.pipe(process.stderr, { end: false });
    }
    let timedOut = false;
    const timer = setTimeout(() => {
        timedOut = true;
        void stopGroup(child);
    }, options.timeoutMs);
    const code = await new Promise<number | null>((resolve, reject) => {
        child.once('error', reject);
        child.once('close', resolve);
    });
    clearTimeout(timer);
    signalGroup(child.pid!, 'SIGKILL');
    return { code, timedOut };
}

/** Rejects with a located message unless the command exited 0. */
export async function mustRun(what: string, command: string, args: string[], options: SpawnOptions & { logFile?: string; timeoutMs: number }): Promise<void> {
    const result = await runCommand(command, args, options);
    if (result.timedOut) {
        throw new Error(`${what} did not finish within ${options.timeoutMs / 1000} s${options.logFile ? `; see ${options.logFile}` : ''}.`);
    }
    if (result.code !== 0) {
        throw new Error(`${what} failed with exit code ${result.code}${options.logFile ? `; see ${options.logFile}` : ''}.`);
    }
}
