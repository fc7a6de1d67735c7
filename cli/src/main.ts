import { closest } from './args.js';
import { checkCommand } from './commands/check-command.js';
import { exportCommand } from './commands/export-command.js';
import { fmtCommand } from './commands/fmt-command.js';
import { importCommand } from './commands/import-command.js';
import { rulesCommand } from './commands/rules-command.js';
import { simulateCommand } from './commands/simulate-command.js';
import { EXIT, VERSION, type CliIo, type Command } from './io.js';
import { messages } from './messages.js';
import { activeLocale, setActiveLocale } from '../../l10n/src/index.js';
import { takeLocaleOption } from './locale-option.js';

export type { CliIo } from './io.js';

const COMMANDS: Readonly<Record<string, Command>> = {
    check: checkCommand,
    fmt: fmtCommand,
    export: exportCommand,
    import: importCommand,
    rules: rulesCommand,
    simulate: simulateCommand,
};

/** Runs the CLI with the given arguments and returns the exit code; only bin.ts applies it. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
    // The language of every message of this run (docs/l10n.md), restored afterwards for callers in-process.
    const previous = activeLocale();
    const chosen = takeLocaleOption(argv, io.env);
    try {
        if ('usage' in chosen) {
            io.err(chosen.usage);
            return EXIT.usage;
        }
        setActiveLocale(chosen.locale);
        return await dispatch(chosen.argv, io);
    } finally {
        setActiveLocale(previous);
    }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
    const [command, ...rest] = argv;
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
        // With no command at all the user did not ask for help: show it, but as a usage error.
        (command === undefined ? io.err : io.out)(messages.usage);
        return command === undefined ? EXIT.usage : EXIT.clean;
    }
    if (command === '-v' || command === '--version') {
        io.out(VERSION);
        return EXIT.clean;
    }
    const handler = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!handler) {
        const options = ['--help', '--version'];
        const suggestion = closest(command, command.startsWith('-') ? options : Object.keys(COMMANDS));
        if (command.startsWith('-')) {
            io.err(suggestion
                ? messages.unknownProgramOptionHint({ option: command, suggestion })
                : messages.unknownProgramOption({ option: command }));
        } else {
            io.err(suggestion ? messages.unknownCommandHint({ command, suggestion }) : messages.unknownCommand({ command }));
        }
        return EXIT.usage;
    }
    return handler(rest, io);
}
