import { parseArgs } from 'node:util';
import { check } from './check.js';
import { messages } from './messages.js';

declare const PLAYBOOK_VERSION: string | undefined;

/** Runs the CLI with the given arguments; returns the exit code. Only this module decides it. */
export async function run(argv: readonly string[], out: (line: string) => void, err: (line: string) => void): Promise<number> {
    const [command, ...rest] = argv;
    if (command === undefined || command === '-h' || command === '--help') {
        out(messages.usage);
        return command === undefined ? 2 : 0;
    }
    if (command === '-v' || command === '--version') {
        out(typeof PLAYBOOK_VERSION === 'string' ? PLAYBOOK_VERSION : '0.0.0');
        return 0;
    }
    if (command !== 'check') {
        err(messages.unknownCommand({ command }));
        return 2;
    }
    let parsed;
    try {
        parsed = parseArgs({ args: [...rest], allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
    } catch (error) {
        err(messages.unknownOption({ detail: (error as Error).message }));
        return 2;
    }
    if (parsed.values.help) {
        out(messages.checkUsage);
        return 0;
    }
    const result = await check(parsed.positionals.length > 0 ? parsed.positionals : ['.']);
    for (const problem of result.problems) {
        err(problem.message);
    }
    for (const f of result.findings) {
        out(`${f.file}:${f.line}:${f.column} ${f.severity} ${f.message} [${f.code}]`);
    }
    // The worst outcome decides: unreadable input (2) over findings (1) over clean (0).
    if (result.problems.length > 0) {
        return 2;
    }
    return result.findings.some(f => f.severity === 'error') ? 1 : 0;
}
