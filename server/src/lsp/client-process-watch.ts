/**
 * The editor's process a server is told to watch (`--clientProcessId N` or `--clientProcessId=N`),
 * as vscode-languageserver reads it from the command line.
 */
export function clientProcessId(argv: readonly string[]): number | undefined {
    for (let i = 2; i < argv.length; i++) {
        const [name, value] = argv[i]!.split('=', 2);
        if (name === '--clientProcessId') {
            const id = Number.parseInt(value ?? argv[i + 1] ?? '', 10);
            return Number.isNaN(id) ? undefined : id;
        }
    }
    return undefined;
}

/**
 * Calls `onGone` once the process named by `--clientProcessId` no longer exists, checking every
 * `periodMs` (3 s, vscode-languageserver's period). That library starts the same watch when its
 * module loads; a server started from a start-up snapshot loaded the module when the snapshot
 * was built, from a command line without the argument, so the server's snapshot entry
 * (server/src/main.ts) starts this one instead. Returns the timer, or undefined when no process
 * is named.
 */
export function watchClientProcess(argv: readonly string[], onGone: () => void, periodMs = 3_000): NodeJS.Timeout | undefined {
    const id = clientProcessId(argv);
    if (id === undefined) {
        return undefined;
    }
    const timer = setInterval(() => {
        try {
            process.kill(id, 0);
        } catch {
            clearInterval(timer);
            onGone();
        }
    }, periodMs);
    // The connection keeps the server running; this only ends it early.
    timer.unref();
    return timer;
}
