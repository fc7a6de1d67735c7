import { RULES } from '../../../server/src/validation/rules.js';
import { parseCommandArgs, type OptionSpec } from '../args.js';
import { EXIT, type CliIo } from '../io.js';
import { messages } from '../messages.js';
import { choice } from './option-values.js';

const OPTIONS: Readonly<Record<string, OptionSpec>> = {
    format: { type: 'string', short: 'f' },
    help: { type: 'boolean', short: 'h' },
};

/** `playbook rules [--format json]`: every rule with its id, default severity, description and docs link. */
export async function rulesCommand(argv: readonly string[], io: CliIo): Promise<number> {
    const args = parseCommandArgs(argv, OPTIONS, 'rules');
    if (!args.ok) {
        io.err(args.message);
        return EXIT.usage;
    }
    if (args.values.help) {
        io.out(messages.rulesUsage);
        return EXIT.clean;
    }
    if (args.positionals.length > 0) {
        io.err(messages.unexpectedArgument({ command: 'rules', argument: args.positionals[0]! }));
        return EXIT.usage;
    }
    const format = choice('--format', args.values.format, ['text', 'json'], 'text');
    if (!format.ok) {
        io.err(format.message);
        return EXIT.usage;
    }
    io.out(format.value === 'json' ? JSON.stringify(RULES, undefined, 2) : rulesTable());
    return EXIT.clean;
}

/** One aligned line per rule: id, default severity, description, docs link. */
function rulesTable(): string {
    const header = messages.rulesHeader;
    const idWidth = Math.max(header.id.length, ...RULES.map(r => r.id.length));
    const severityWidth = Math.max(header.severity.length, ...RULES.map(r => r.defaultSeverity.length));
    const line = (id: string, severity: string, rest: string) => `${id.padEnd(idWidth)}  ${severity.padEnd(severityWidth)}  ${rest}`;
    return [
        line(header.id, header.severity, header.description),
        ...RULES.map(r => line(r.id, r.defaultSeverity, `${r.description} ${r.docsUrl}`)),
    ].join('\n');
}
