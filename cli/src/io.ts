/** What a command may touch of the outside world; bin.ts passes the process's, tests their own. */
export interface CliIo {
    /** Writes text and a line break to the standard output. */
    out(text: string): void;
    /** Writes text and a line break to the standard error. */
    err(text: string): void;
    cwd: string;
    env: Readonly<Record<string, string | undefined>>;
    /** True when the standard output is a terminal (colours by default). */
    stdoutIsTTY: boolean;
    /** Reads the whole standard input (for `--stdin`), or at most `limit` bytes: undefined when there is more; an empty input when absent. */
    readStdin?(limit: number): Promise<Buffer | undefined>;
}

/** A command: parses its own arguments and returns its exit code. */
export type Command = (argv: readonly string[], io: CliIo) => Promise<number>;

/** Exit codes: the worst one wins. */
export const EXIT = { clean: 0, findings: 1, usage: 2 } as const;

declare const PLAYBOOK_VERSION: string | undefined;

/** The version, set by the bundler from package.json. */
export const VERSION = typeof PLAYBOOK_VERSION === 'string' ? PLAYBOOK_VERSION : '0.0.0-dev';
