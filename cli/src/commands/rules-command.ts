import type { CodeInfo } from '../../../server/src/catalogue/playbook-code-info.js';
import { CODES, RULES } from '../../../server/src/validation/playbook-code-catalogue.js';
import { rulesIndexTexts } from '../../../server/src/validation/rule-messages.js';
import { parseCommandArgs, type OptionSpec } from '../args.js';
import { EXIT, type CliIo } from '../io.js';
import { messages } from '../messages.js';
import { choice } from './option-values.js';

const OPTIONS: Readonly<Record<string, OptionSpec>> = {
    format: { type: 'string', short: 'f' },
    help: { type: 'boolean', short: 'h' },
};

/**
 * `playbook rules [--format text|json|markdown]`: every rule of the code catalogue with its id,
 * default level, description and docs link. `markdown` prints docs/rules/README.md, which a test
 * keeps equal to this output.
 */
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
    const format = choice('--format', args.values.format, ['text', 'json', 'markdown'], 'text');
    if (!format.ok) {
        io.err(format.message);
        return EXIT.usage;
    }
    const output = format.value === 'json' ? JSON.stringify(rulesJson(), undefined, 2)
        : format.value === 'markdown' ? rulesMarkdown()
            : rulesTable();
    io.out(output);
    return EXIT.clean;
}

/** One rule as `playbook rules --format json` prints it. */
export interface RuleJson {
    id: string;
    title: string;
    defaultLevel: string;
    shortDescription: string;
    fullDescription: string;
    docsUrl: string;
    options: CodeInfo['options'];
    /** The names before the code catalogue (0.x): kept so that scripts reading them go on working. */
    defaultSeverity: string;
    description: string;
}

/** The rules as JSON: the catalogue's fields, plus the two older names of level and description. */
export function rulesJson(): RuleJson[] {
    return RULES.map(r => ({
        id: r.id, title: r.title, defaultLevel: r.defaultLevel, shortDescription: r.shortDescription,
        fullDescription: r.fullDescription, docsUrl: r.docsUrl, options: r.options,
        defaultSeverity: r.defaultLevel, description: r.shortDescription,
    }));
}

/** One aligned line per rule: id, default level, description, docs link. */
function rulesTable(): string {
    const header = messages.rulesHeader;
    const idWidth = Math.max(header.id.length, ...RULES.map(r => r.id.length));
    const levelWidth = Math.max(header.severity.length, ...RULES.map(r => r.defaultLevel.length));
    const line = (id: string, level: string, rest: string) => `${id.padEnd(idWidth)}  ${level.padEnd(levelWidth)}  ${rest}`;
    return [
        line(header.id, header.severity, header.description),
        ...RULES.map(r => line(r.id, r.defaultLevel, `${r.shortDescription} ${r.docsUrl}`)),
    ].join('\n');
}

/** docs/rules/README.md: the rules, then the codes that are not rules, each linking to its page. */
export function rulesMarkdown(): string {
    const t = rulesIndexTexts;
    const cell = (text: string) => text.replace(/\|/g, '\\|');
    const row = (code: CodeInfo) => `| [\`${code.id}\`](${code.id}.md) | ${code.defaultLevel} | ${cell(code.shortDescription)} |`;
    const others = CODES.filter(c => !c.configurable);
    return [
        t.heading, '', t.intro, '',
        t.tableHeader, '|---|---|---|', ...RULES.map(row), '',
        t.otherHeading, '', t.otherIntro, '',
        t.tableHeader, '|---|---|---|', ...others.map(row), '',
        t.generated,
    ].join('\n');
}
