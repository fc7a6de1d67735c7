import * as path from 'node:path';
import type { PlaybookModel } from '../../../protocol/src/playbook-model-types.js';
import { parseCommandArgs, type OptionSpec } from '../args.js';
import { readPlaybook, shownPath } from '../files.js';
import { EXIT, VERSION, type CliIo } from '../io.js';
import { messages } from '../messages.js';
import { writeOutput } from './output.js';
import { choice } from './option-values.js';

const OPTIONS: Readonly<Record<string, OptionSpec>> = {
    output: { type: 'string', short: 'o' },
    help: { type: 'boolean', short: 'h' },
};

/** A located problem with the input: the JSON path and what is wrong there. */
interface ImportProblem {
    where: string;
    message: string;
}

/** The importers; each turns parsed JSON into playbook text, or throws a located problem. Loaded only when asked for. */
const IMPORTERS: Readonly<Record<string, (input: unknown, source: string) => Promise<string>>> = {
    cacao: async (input, source) => {
        const { fromCacao } = await import('../../../interop/src/cacao/cacao-import.js');
        return writeModel(fromCacao(input), messages.importedFrom({ format: 'CACAO 2.0', source, version: VERSION }));
    },
    pagerduty: async (input, source) => {
        const { fromPagerDuty } = await import('../../../interop/src/pagerduty/pagerduty-import.js');
        return formatted(fromPagerDuty(input, messages.importedFrom({ format: 'PagerDuty', source, version: VERSION })));
    },
};

async function writeModel(model: PlaybookModel, header: string): Promise<string> {
    const { writePlaybook } = await import('../../../interop/src/playbook-writer.js');
    return formatted(writePlaybook(model, header));
}

/** Every import ends in the canonical layout, as `playbook fmt` would leave it. */
async function formatted(text: string): Promise<string> {
    return (await import('../../../server/src/lsp/format-text.js')).formatPlaybookText(text);
}

function isImportProblem(error: unknown): error is Error & ImportProblem {
    return error instanceof Error && typeof (error as Partial<ImportProblem>).where === 'string';
}

/** `playbook import cacao|pagerduty FILE [-o OUT]`: another tool's playbook or on-call setup as playbook text. */
export async function importCommand(argv: readonly string[], io: CliIo): Promise<number> {
    const args = parseCommandArgs(argv, OPTIONS, 'import');
    if (!args.ok) {
        io.err(args.message);
        return EXIT.usage;
    }
    const { values, positionals } = args;
    if (values.help) {
        io.out(messages.importUsage);
        return EXIT.clean;
    }
    if (positionals.length !== 2) {
        io.err(messages.importNeedsFormatAndFile);
        return EXIT.usage;
    }
    const format = choice('FORMAT', positionals[0]!, Object.keys(IMPORTERS));
    if (!format.ok) {
        io.err(format.message);
        return EXIT.usage;
    }
    const file = path.resolve(io.cwd, positionals[1]!);
    const shown = shownPath(file, io.cwd);
    const read = await readPlaybook(file, shown);
    if ('problem' in read) {
        io.err(read.problem.message);
        return EXIT.usage;
    }
    let input: unknown;
    try {
        input = JSON.parse(read.text);
    } catch (error) {
        io.err(messages.importNotJson({ path: shown, reason: (error as Error).message }));
        return EXIT.usage;
    }
    try {
        const text = await IMPORTERS[format.value!]!(input, path.basename(file));
        return await writeOutput(text, values.output as string | undefined, io, [file]) ? EXIT.clean : EXIT.usage;
    } catch (error) {
        if (isImportProblem(error)) {
            io.err(messages.importProblem({ path: shown, where: error.where, message: error.message }));
            return EXIT.usage;
        }
        throw error;
    }
}
