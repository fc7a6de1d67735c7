import * as path from 'node:path';
import { CODES } from '../../../server/src/validation/playbook-code-catalogue.js';
import { palette } from '../ansi.js';
import { parseCommandArgs, type OptionSpec } from '../args.js';
import { check, type CheckResult } from '../check.js';
import { parseRuleOverrides } from '../config.js';
import { WorkspaceDiscovery } from '../discovery.js';
import { EXIT, VERSION, type CliIo } from '../io.js';
import { messages } from '../messages.js';
import { REPORT_FORMATS } from '../report/formats.js';
import { terminalText } from '../report/terminal-text.js';
import { writeOutput } from './output.js';
import { reportTargets } from './report-targets.js';
import { printConfig } from './print-config.js';
import { readStdinPlaybook } from './stdin.js';
import { count } from './option-values.js';

const OPTIONS: Readonly<Record<string, OptionSpec>> = {
    format: { type: 'string', short: 'f', multiple: true },
    output: { type: 'string', short: 'o' },
    'output-file': { type: 'string', multiple: true },
    'max-warnings': { type: 'string' },
    rule: { type: 'string', multiple: true },
    config: { type: 'string', short: 'c' },
    'print-config': { type: 'string' },
    stdin: { type: 'boolean' },
    'stdin-filename': { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
    color: { type: 'boolean', negatable: true },
    help: { type: 'boolean', short: 'h' },
};

/** `playbook check [paths|globs...]`: lints, reports in the chosen format, and returns the worst exit code. */
export async function checkCommand(argv: readonly string[], io: CliIo): Promise<number> {
    const args = parseCommandArgs(argv, OPTIONS, 'check');
    if (!args.ok) {
        io.err(args.message);
        return EXIT.usage;
    }
    const { values, positionals } = args;
    if (values.help) {
        io.out(messages.checkUsage);
        return EXIT.clean;
    }
    const targets = reportTargets(values.format as string[] | undefined, values.output as string | undefined, values['output-file'] as string[] | undefined);
    const maxWarnings = count('--max-warnings', values['max-warnings']);
    if ('usage' in targets) {
        io.err(targets.usage);
        return EXIT.usage;
    }
    if (!maxWarnings.ok) {
        io.err(maxWarnings.message);
        return EXIT.usage;
    }
    const overrides = parseRuleOverrides((values.rule as string[] | undefined) ?? []);
    if ('usage' in overrides) {
        io.err(overrides.usage);
        return EXIT.usage;
    }
    const discovery = new WorkspaceDiscovery(io.cwd, overrides.rules, values.config as string | undefined);
    const explicit = discovery.explicitConfig();
    if (explicit && 'usage' in explicit) {
        io.err(explicit.usage);
        return EXIT.usage;
    }
    if (values['print-config'] !== undefined) {
        return printConfig(values['print-config'] as string, discovery, io);
    }
    if (values['stdin-filename'] !== undefined && values.stdin !== true) {
        io.err(messages.stdinFilenameAlone);
        return EXIT.usage;
    }
    const stdin = values.stdin === true ? await readStdinPlaybook(positionals, values['stdin-filename'] as string | undefined, io) : undefined;
    if (typeof stdin === 'number') {
        return stdin;
    }
    const checked = await check(positionals.length > 0 ? positionals : ['.'], { cwd: io.cwd, discovery, stdin });
    const configs = discovery.loaded();
    const configFindings = configs.flatMap(c => c.findings);
    // Config mistakes are findings of the config file, listed first, so that every format shows them in place.
    const result: CheckResult = {
        files: [...configs.filter(c => c.findings.length > 0 && c.file).map(c => c.file!), ...checked.files],
        findings: [...configFindings, ...checked.findings],
        problems: checked.problems,
    };
    const warnings = result.findings.filter(f => f.severity === 'warning').length;
    const shown: CheckResult = values.quiet ? { ...result, findings: result.findings.filter(f => f.severity === 'error') } : result;
    // Input problems always go to the standard error too, so that they are seen whatever the format.
    result.problems.forEach(p => io.err(terminalText(p.message)));
    // Every file read is an input: a report written over one would destroy it.
    const inputs = [...checked.read, ...configs.flatMap(c => c.file ? [path.resolve(io.cwd, c.file)] : [])];
    let written = true;
    for (const { format, output } of targets) {
        const toStdout = output === undefined || output === '-';
        const colours = palette({ flag: values.color as boolean | undefined, isTTY: io.stdoutIsTTY && toStdout, env: io.env });
        // A colour forced on (--color, FORCE_COLOR) is for a terminal or a log, never for a report file.
        const report = REPORT_FORMATS[format]!({ result: shown, rules: CODES, cwd: io.cwd, version: VERSION, colours: toStdout ? colours : palette({ flag: false, isTTY: false, env: {} }) });
        written = await writeOutput(report, output, io, inputs) && written;
    }
    const tooManyWarnings = maxWarnings.value !== undefined && warnings > maxWarnings.value;
    if (tooManyWarnings) {
        io.err(messages.tooManyWarnings({ warnings, max: maxWarnings.value! }));
    }
    // The worst outcome wins: usage, config or input errors (2) over findings (1) over clean (0).
    if (!written || result.problems.length > 0 || configFindings.length > 0) {
        return EXIT.usage;
    }
    return result.findings.some(f => f.severity === 'error') || tooManyWarnings ? EXIT.findings : EXIT.clean;
}
