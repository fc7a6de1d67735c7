import { EmptyFileSystem } from 'langium';
import { createPlaybookServices } from '../../../server/src/language/playbook-module.js';
import { parseCommandArgs, type OptionSpec } from '../args.js';
import { loadConfig } from '../config.js';
import { decodePlaybook, describeError, expandPaths, MAX_FILE_BYTES, readPlaybook, shownPath } from '../files.js';
import { EXIT, type CliIo } from '../io.js';
import { messages } from '../messages.js';
import { writeFileSafely } from '../safe-write.js';

const OPTIONS: Readonly<Record<string, OptionSpec>> = {
    check: { type: 'boolean' },
    stdin: { type: 'boolean' },
    config: { type: 'string', short: 'c' },
    help: { type: 'boolean', short: 'h' },
};

/** The editor's formatter, loaded only when `fmt` runs: it pulls in the LSP services, which `check` must not pay for. */
async function loadFormatter(): Promise<(text: string) => Promise<string>> {
    const module = await import('../../../server/src/lsp/format-text.js');
    return module.formatPlaybookText;
}

/** `playbook fmt [paths...] [--check]`: rewrites files in the canonical layout, or lists those that would change. */
export async function fmtCommand(argv: readonly string[], io: CliIo): Promise<number> {
    const args = parseCommandArgs(argv, OPTIONS, 'fmt');
    if (!args.ok) {
        io.err(args.message);
        return EXIT.usage;
    }
    if (args.values.help) {
        io.out(messages.fmtUsage);
        return EXIT.clean;
    }
    const loaded = await loadConfig(io.cwd, args.values.config as string | undefined, []);
    if ('usage' in loaded) {
        io.err(loaded.usage);
        return EXIT.usage;
    }
    if (args.values.stdin === true) {
        return formatStdin(args.positionals, io);
    }
    const checkOnly = args.values.check === true;
    const { files, problems } = await expandPaths(args.positionals.length > 0 ? args.positionals : ['.'], io.cwd, loaded.ignore);
    const format = await loadFormatter();
    // The formatter leaves a file with syntax errors as it is; parsing first lets fmt say so.
    const parser = createPlaybookServices(EmptyFileSystem).Playbook.parser.LangiumParser;
    let changed = 0;
    let broken = 0;
    let failed = problems.length > 0;
    problems.forEach(p => io.err(p.message));
    for (const file of files) {
        const shown = shownPath(file, io.cwd);
        const read = await readPlaybook(file, shown);
        if ('problem' in read) {
            io.err(read.problem.message);
            failed = true;
            continue;
        }
        const parsed = parser.parse(read.text);
        if (parsed.lexerErrors.length > 0 || parsed.parserErrors.length > 0) {
            io.err(messages.cannotFormat({ path: shown }));
            broken++;
            continue;
        }
        const formatted = await format(read.text);
        if (formatted === read.text) {
            continue;
        }
        changed++;
        if (checkOnly) {
            io.out(messages.wouldReformat({ path: shown }));
            continue;
        }
        try {
            await writeFileSafely(file, formatted);
            io.out(messages.reformatted({ path: shown }));
        } catch (error) {
            io.err(messages.cannotWrite({ path: shown, reason: describeError(error as NodeJS.ErrnoException) }));
            failed = true;
        }
    }
    if (failed) {
        return EXIT.usage;
    }
    // Rewriting is success; --check turns "would change" into a failure for CI, and a file
    // that cannot be formatted is one in either mode.
    return (checkOnly && changed > 0) || broken > 0 ? EXIT.findings : EXIT.clean;
}

/** `playbook fmt --stdin`: the standard input in the canonical layout on the standard output, as editors' format filters expect. */
async function formatStdin(positionals: readonly string[], io: CliIo): Promise<number> {
    if (positionals.length > 0) {
        io.err(messages.stdinWithPaths({ command: 'fmt' }));
        return EXIT.usage;
    }
    const decoded = decodePlaybook(io.readStdin ? await io.readStdin(MAX_FILE_BYTES) : Buffer.alloc(0), '<stdin>');
    if ('problem' in decoded) {
        io.err(decoded.problem.message);
        return EXIT.usage;
    }
    const parsed = createPlaybookServices(EmptyFileSystem).Playbook.parser.LangiumParser.parse(decoded.text);
    if (parsed.lexerErrors.length > 0 || parsed.parserErrors.length > 0) {
        io.err(messages.stdinCannotFormat);
        return EXIT.findings;
    }
    const formatted = await (await loadFormatter())(decoded.text);
    // out() ends the line itself.
    io.out(formatted.endsWith('\n') ? formatted.slice(0, -1) : formatted);
    return EXIT.clean;
}
