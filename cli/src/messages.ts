/** A count with the noun in English singular or plural; a translation replaces this with its own plural rules. */
function plural(count: number, one: string, other: string): string {
    return `${count} ${count === 1 ? one : other}`;
}

/**
 * Every user-facing sentence of the CLI, in one place so that it can be translated. Each entry
 * is a whole sentence or a whole block with named placeholders.
 */
export const messages = {
    usage: `Usage: playbook <command> [options]

Lint, format and export incident response playbooks (*.playbook files).

Commands:
  check [paths|globs...]   Lint playbook files (the default path is the current folder)
  fmt [paths...]           Rewrite playbook files in the canonical layout
  export FILE              Write a playbook as json, yaml, markdown, a standalone html runner, CACAO 2.0 or Mermaid diagrams
  import FORMAT FILE       Turn a CACAO 2.0 playbook or a PagerDuty export into a playbook file
  rules                    List every rule with its default severity and docs link
  simulate FILE            Run a playbook headless from a script of events and check expectations

Options:
  -h, --help               Show this help, or a command's help after the command
  -v, --version            Show the version

Exit codes: 0 clean, 1 problems found, 2 usage or input errors.
Run "playbook <command> --help" for the options of a command.`,
    checkUsage: `Usage: playbook check [paths|globs...] [options]

Checks *.playbook files, and the files they import, linked as one workspace. Folders are
searched recursively (node_modules and .git are skipped); globs are expanded. The config's
ignore patterns apply to what searching finds; a file or folder named here is always checked.

Options:
  -f, --format NAME        stylish (default), compact, json, sarif, github, junit, gitlab
                           or checkstyle; repeat it to write several reports in one run
  -o, --output FILE        Write the report to FILE instead of the standard output
      --output-file FORMAT=FILE  Write that format's report to FILE (repeatable)
      --max-warnings N     Exit 1 when there are more than N warnings
      --rule ID=LEVEL      Set a rule to off, hint, info, warning or error (repeatable)
  -c, --config FILE        Use this config file for every file, instead of each file's
                           nearest playbook.config.yaml
      --stdin              Check the text on the standard input instead of files
      --stdin-filename PATH  The path that text stands for (its imports, config and
                           the name in the report; default <stdin> in this folder)
      --print-config FILE  Print what applies to FILE (workspace root, config file, rule
                           levels, ignore patterns) as JSON, and check nothing
  -q, --quiet              Report errors only
      --color, --no-color  Force colours on or off (default: on when writing to a terminal
                           and NO_COLOR is not set)
  -h, --help               Show this help

Exit codes: 0 clean, 1 errors (or more warnings than --max-warnings), 2 usage, config or
input errors. The worst outcome wins.`,
    fmtUsage: `Usage: playbook fmt [paths|globs...] [options]

Rewrites *.playbook files in the canonical layout, as the editor's "Format Document" does.
Files with syntax errors are left as they are, and reported (exit 1).

Options:
      --check              Change nothing; list the files that would change and exit 1 if any
      --stdin              Format the standard input to the standard output (a filter for
                           editors); exit 1, writing nothing, when it has syntax errors
  -c, --config FILE        Use this config file (for its ignore patterns)
  -h, --help               Show this help`,
    exportUsage: `Usage: playbook export FILE --format json|yaml|markdown|html|cacao|mermaid|ics [options]

Writes the resolved model of one playbook (roles with holders and backups, severities,
triggers, escalation timelines, channels, communication rules, steps) for other tools, as a
readable document, as the standalone step-through runner, as a CACAO 2.0 playbook, as Mermaid
diagrams (the flow of steps and each escalation path), or as an iCalendar feed of who is on
call (one event per shift). A file with errors is refused. See docs/interop.md.

Options:
  -f, --format NAME        json, yaml, markdown, html, cacao, mermaid or ics (required)
  -o, --output FILE        Write to FILE instead of the standard output
      --playbook NAME      The playbook to export when the file holds several
      --from YYYY-MM-DD    ics: the first day of the feed, from 00:00 UTC (default: today)
      --weeks N            ics: how many weeks the feed covers, 1 to 104 (default: 4)
      --rotation NAME      ics: only this rotation (default: every rotation of the playbook)
  -h, --help               Show this help`,
    importUsage: `Usage: playbook import cacao|pagerduty FILE [options]

cacao: turns a CACAO 2.0 playbook (JSON) into playbook text: its workflow as steps and
decisions, its agents as roles (an individual also as a person holding the role), timeouts as
time boxes. A playbook exported by "playbook export --format cacao" comes back whole.
pagerduty: turns a PagerDuty export (the users, teams, schedules and escalation_policies of its
REST API, merged into one JSON object) into an organisation file: people with contact methods,
teams, rotations with layers, restrictions and overrides, escalation paths.
Run "playbook check" on the result: it reports what the source did not say. See docs/interop.md.

Options:
  -o, --output FILE        Write to FILE instead of the standard output
  -h, --help               Show this help`,
    importNeedsFormatAndFile: `"playbook import" needs a format and one file, as in "playbook import cacao playbook.json".`,
    importNotJson: (p: { path: string; reason: string }) => `${p.path}: not JSON: ${p.reason}`,
    importProblem: (p: { path: string; where: string; message: string }) => `${p.path}: at ${p.where}: ${p.message}`,
    importedFrom: (p: { format: string; source: string; version: string }) => `Imported from ${p.format} (${p.source}) by playbook import ${p.version}.\nCheck it with "playbook check": what the source does not say is reported there.`,
    simulateUsage: `Usage: playbook simulate FILE --events SCRIPT.yaml [options]

Runs one playbook through the runner's engine, without a screen, from a script of timed
events (start, done, skip, answer, acknowledge, severity, note, resolve) and checks the
script's expectations (ready, not-ready, state, paged, due). See docs/simulate.md.

Options:
      --events FILE        The script (YAML; required)
      --playbook NAME      The playbook to run when the file holds several
  -f, --format NAME        markdown (default) or json
  -h, --help               Show this help

Exit codes: 0 every expectation held, 1 one failed (each printed in words), 2 a bad script
(with its line and column), a playbook with errors, or a usage error.`,
    rulesUsage: `Usage: playbook rules [options]

Lists every rule: its id, default level, one-line description and docs link.

Options:
  -f, --format NAME        text (default), json, or markdown (docs/rules/README.md)
  -h, --help               Show this help`,

    // Usage errors.
    unknownCommand: (p: { command: string }) => `Unknown command "${p.command}". Run "playbook --help" for the list of commands.`,
    unknownCommandHint: (p: { command: string; suggestion: string }) =>
        `Unknown command "${p.command}". Did you mean "${p.suggestion}"? Run "playbook --help" for the list of commands.`,
    unknownOption: (p: { option: string; command: string }) =>
        `Unknown option "${p.option}". Run "playbook ${p.command} --help" for the options.`,
    unknownOptionHint: (p: { option: string; command: string; suggestion: string }) =>
        `Unknown option "${p.option}". Did you mean "${p.suggestion}"? Run "playbook ${p.command} --help" for the options.`,
    unknownProgramOption: (p: { option: string }) => `Unknown option "${p.option}". Run "playbook --help" for the commands and options.`,
    unknownProgramOptionHint: (p: { option: string; suggestion: string }) =>
        `Unknown option "${p.option}". Did you mean "${p.suggestion}"? Run "playbook --help" for the commands and options.`,
    missingValue: (p: { option: string }) => `The option "${p.option}" needs a value, as in "${p.option} VALUE".`,
    unexpectedValue: (p: { option: string }) => `The option "${p.option}" takes no value.`,
    badChoice: (p: { option: string; value: string; choices: string }) =>
        `"${p.value}" is not a valid value for ${p.option}. Use one of: ${p.choices}.`,
    badChoiceHint: (p: { option: string; value: string; choices: string; suggestion: string }) =>
        `"${p.value}" is not a valid value for ${p.option}. Did you mean "${p.suggestion}"? Use one of: ${p.choices}.`,
    badCount: (p: { option: string; value: string }) => `${p.option} needs a whole number of 0 or more, not "${p.value}".`,
    badRuleOption: (p: { value: string }) =>
        `--rule needs ID=LEVEL, as in "--rule unassigned-role=warning", not "${p.value}". Levels: off, hint, info, warning, error.`,
    unknownRule: (p: { id: string }) => `There is no rule "${p.id}". Run "playbook rules" for the list.`,
    unknownRuleHint: (p: { id: string; suggestion: string }) => `There is no rule "${p.id}". Did you mean "${p.suggestion}"? Run "playbook rules" for the list.`,
    unexpectedArgument: (p: { command: string; argument: string }) =>
        `"playbook ${p.command}" takes no argument "${p.argument}". Run "playbook ${p.command} --help" for its usage.`,
    exportNeedsFile: `"playbook export" needs exactly one playbook file, as in "playbook export service-outage.playbook --format markdown".`,
    simulateNeedsFile: `"playbook simulate" needs exactly one playbook file, as in "playbook simulate service-outage.playbook --events service-outage.simulate.yaml".`,
    simulateNeedsEvents: `"playbook simulate" needs --events SCRIPT.yaml: the script of events and expectations to run.`,
    simulateScriptProblem: (p: { path: string; line: number; column: number; message: string }) => `${p.path}:${p.line}:${p.column} error ${p.message}`,
    simulateFailure: (p: { path: string; line: number; message: string }) => `${p.path}:${p.line} expectation failed: ${p.message}`,
    exportNeedsFormat: `"playbook export" needs --format json, yaml, markdown, html, cacao, mermaid or ics.`,
    exportOptionNeedsIcs: (p: { option: string }) => `${p.option} applies to --format ics only.`,
    exportBadFrom: (p: { value: string }) => `--from needs a date written YYYY-MM-DD, not "${p.value}".`,
    exportBadWeeks: (p: { value: string }) => `--weeks needs a whole number of weeks from 1 to 104, not "${p.value}".`,
    exportUnknownRotation: (p: { name: string; names: string }) => `--rotation ${p.name}: the playbook has no such rotation (its rotations: ${p.names}).`,
    exportNoRotation: (p: { playbook: string }) => `The playbook ${p.playbook} names no rotation, so there is no on-call calendar to write.`,

    // Input problems: one line each, never a stack trace.
    pathNotFound: (p: { path: string }) => `${p.path}: no such file or directory`,
    noPlaybooks: (p: { path: string }) => `${p.path}: no *.playbook files found`,
    noMatches: (p: { pattern: string }) => `${p.pattern}: no *.playbook files match this pattern`,
    allIgnored: (p: { path: string; count: number }) =>
        `${p.path}: all ${p.count} *.playbook files found here are ignored by the config; name a file or folder to check it anyway`,
    unreadable: (p: { path: string; reason: string }) => `${p.path}: cannot read the file (${p.reason})`,
    binaryFile: (p: { path: string }) => `${p.path}: this is a binary file, not a playbook`,
    notUtf8: (p: { path: string }) => `${p.path}: the file is not valid UTF-8; save it as UTF-8`,
    tooLarge: (p: { path: string; megabytes: number }) => `${p.path}: the file is larger than ${p.megabytes} MB; split it into several playbooks`,
    specialFile: {
        fifo: (p: { path: string }) => `${p.path}: is a FIFO (named pipe), not a file; only regular files are read`,
        device: (p: { path: string }) => `${p.path}: is a device, not a file; only regular files are read`,
        socket: (p: { path: string }) => `${p.path}: is a socket, not a file; only regular files are read`,
        other: (p: { path: string }) => `${p.path}: is not a regular file; only regular files are read`,
    },
    importNotPlaybook: (p: { path: string }) =>
        `The imported file "${p.path}" is not a playbook: only files named *.playbook can be imported.`,
    importUnreadable: (p: { path: string; problem: string }) => `The imported file "${p.path}" cannot be read. ${p.problem}`,
    configNotFound: (p: { path: string }) => `${p.path}: the config file does not exist`,
    cannotWrite: (p: { path: string; reason: string }) => `${p.path}: cannot write the file (${p.reason})`,
    badOutputFile: (p: { value: string }) => `--output-file needs FORMAT=FILE, as in "--output-file sarif=playbook.sarif", not "${p.value}".`,
    outputFileUnknownFormat: (p: { format: string; formats: string }) =>
        `--output-file names the format "${p.format}", which this run does not write (${p.formats}). Add --format ${p.format} to write it.`,
    reportsShareOutput: (p: { output: string }) =>
        `Two reports would go to ${p.output === '-' ? 'the standard output' : p.output}; send all but one elsewhere with --output-file FORMAT=FILE.`,
    stdinWithPaths: (p: { command: string }) => `"playbook ${p.command} --stdin" reads the standard input only; name no paths, or leave out --stdin.`,
    stdinCannotFormat: 'The standard input has syntax errors, so nothing was written; run "playbook check --stdin" on it to see them.',
    stdinFilenameAlone: '--stdin-filename names what the standard input stands for: use it with --stdin.',
    outputIsInput: (p: { path: string }) =>
        `${p.path}: is one of the files being read; the report would overwrite it. Name another --output file.`,
    stdoutFailed: (p: { reason: string }) => `playbook: cannot write the standard output (${p.reason})`,
    fileErrors: {
        EACCES: 'permission denied',
        EPERM: 'operation not permitted',
        EISDIR: 'it is a folder',
        ELOOP: 'too many symbolic links, or a link that points to itself',
        ENOENT: 'no such file or directory',
        EMFILE: 'too many open files',
        EIO: 'input/output error',
        ENOSPC: 'no space left on the device',
        EDQUOT: 'the disk quota is used up',
        EROFS: 'the file system is read-only',
        EFBIG: 'the file is too large for the file system',
    } as Readonly<Record<string, string>>,

    // Reports.
    summary: (p: { errors: number; warnings: number; files: number }) =>
        `${plural(p.errors, 'error', 'errors')}, ${plural(p.warnings, 'warning', 'warnings')} in ${plural(p.files, 'file', 'files')}`,
    tooManyWarnings: (p: { warnings: number; max: number }) =>
        `Too many warnings: ${p.warnings}, and --max-warnings allows ${p.max}.`,
    junitSuiteName: 'playbook check',
    junitInputProblem: 'The file could not be checked.',
    sarifToolName: 'playbook',
    sarifToolFullName: 'Incident Playbooks linter',

    // fmt.
    wouldReformat: (p: { path: string }) => `${p.path}: would be reformatted`,
    reformatted: (p: { path: string }) => `${p.path}: reformatted`,
    cannotFormat: (p: { path: string }) => `${p.path}: has syntax errors, left as it is; run "playbook check ${p.path}" to see them`,

    // export.
    exportNoPlaybook: (p: { path: string }) => `${p.path}: the file holds no playbook to export`,
    exportSeveralPlaybooks: (p: { path: string; names: string }) =>
        `${p.path}: the file holds several playbooks (${p.names}); choose one with --playbook NAME`,
    exportUnknownPlaybook: (p: { path: string; name: string; names: string }) =>
        `${p.path}: there is no playbook "${p.name}" in this file; it holds ${p.names}`,
    exportHasErrors: (p: { path: string; errors: number }) =>
        `${p.path}: the playbook has ${plural(p.errors, 'error', 'errors')}; run "playbook check ${p.path}" and fix them before exporting`,

    // export --format markdown: every fixed text of the document.
    markdown: {
        title: (p: { title: string; name: string }) => `# ${p.title} (\`${p.name}\`)`,
        owner: (p: { owner: string }) => `- **Owner:** ${p.owner}`,
        version: (p: { version: string }) => `- **Version:** ${p.version}`,
        reviewed: (p: { date: string }) => `- **Last reviewed:** ${p.date}`,
        reviewedEvery: (p: { date: string; every: string }) => `- **Last reviewed:** ${p.date}, reviewed every ${p.every}`,
        party: (p: { kind: string; name: string }) => `${p.name} (${p.kind})`,
        none: '—',
        yes: 'yes',
        no: 'no',
        rolesHeading: '## Roles',
        rolesHeader: ['Role', 'Title', 'Section', 'Critical', 'Held by', 'Backups', 'Assigned in'],
        assignedBy: { playbook: 'this playbook', organisation: 'the organisation', none: 'nobody' } as Readonly<Record<string, string>>,
        dutiesOf: (p: { role: string }) => `Duties of \`${p.role}\`:`,
        severitiesHeading: '## Severities',
        severitiesHeader: ['Severity', 'Title', 'Respond within', 'Resolve within', 'Escalation', 'Updates every', 'Coverage'],
        triggersHeading: '## Triggers',
        triggerHeading: (p: { title: string; name: string }) => `### ${p.title} (\`${p.name}\`)`,
        category: (p: { category: string }) => `- **Category:** ${p.category}`,
        source: (p: { source: string }) => `- **Source:** ${p.source}`,
        sourceDetail: (p: { source: string; detail: string }) => `- **Source:** ${p.source}, ${p.detail}`,
        criterion: (p: { condition: string; severity: string }) => `- **When** ${p.condition} **then** ${p.severity}`,
        otherwise: (p: { severity: string }) => `- **Otherwise:** ${p.severity}`,
        activatedBy: (p: { parties: string }) => `- **Activated by:** ${p.parties}`,
        activatedAutomatically: '- **Activated automatically** by the alert itself.',
        triggerEscalation: (p: { path: string }) => `- **Escalation:** ${p.path}`,
        escalationsHeading: '## Escalation paths',
        escalationHeading: (p: { title: string; name: string }) => `### ${p.title} (\`${p.name}\`)`,
        escalationHeader: ['Level', 'After', 'From the start', 'Notify'],
        escalationRepeat: (p: { times: number }) => `The levels run ${p.times} more times after the first pass.`,
        escalationThen: (p: { path: string }) => `When they are exhausted, escalation continues with \`${p.path}\`.`,
        channelsHeading: '## Channels',
        channelsHeader: ['Channel', 'Kind', 'Address', 'Owner', 'Backup', 'Standby only'],
        communicationsHeading: '## Communication plan',
        communicationsHeader: ['Audience', 'Via', 'When', 'Severities', 'Owner', 'Template', 'Approved by'],
        every: (p: { duration: string }) => `every ${p.duration}`,
        onEvent: (p: { event: string }) => `on ${p.event}`,
        allSeverities: 'all',
        stepsHeading: '## Steps',
        phaseHeading: (p: { title: string; name: string }) => `### ${p.title} (\`${p.name}\`)`,
        step: (p: { title: string; name: string }) => `**${p.title}** (\`${p.name}\`)`,
        decision: (p: { question: string; name: string }) => `**Decide: ${p.question}** (\`${p.name}\`)`,
        stepOwner: (p: { owner: string }) => `owner ${p.owner}`,
        stepWithin: (p: { duration: string }) => `within ${p.duration}`,
        stepAfter: (p: { names: string }) => `after ${p.names}`,
        check: (p: { text: string }) => `- [ ] ${p.text}`,
        branch: (p: { label: string; target: string }) => `- ${p.label} → \`${p.target}\``,
        reviewHeading: '## Post-incident review',
        reviewTitle: (p: { title: string }) => `**${p.title}**`,
        reviewOwner: (p: { owner: string }) => `- **Owner:** ${p.owner}`,
        reviewDue: (p: { duration: string }) => `- **Due within:** ${p.duration}`,
        assess: (p: { text: string }) => `- **Assess:** ${p.text}`,
        followUp: (p: { text: string }) => `- **Follow-up:** ${p.text}`,
        kpi: (p: { text: string }) => `- **KPI:** ${p.text}`,
        drillsHeading: '## Drills',
        drillsHeader: ['Kind', 'Title', 'Every', 'Last run'],
        contactsHeading: '## People, teams and rotations',
        peopleHeader: ['Person', 'Name', 'Time zone', 'Contacts'],
        contact: (p: { kind: string; value: string }) => `${p.kind} ${p.value}`,
        teamsHeader: ['Team', 'Title', 'Members'],
        rotationsHeader: ['Rotation', 'Title', 'Members', 'Hand-off', 'Covers'],
        handoffEvery: (p: { duration: string }) => `every ${p.duration}`,
        handoffOn: (p: { day: string }) => `on ${p.day}`,
        handoffAt: (p: { time: string }) => `at ${p.time}`,
        handoffZone: (p: { timezone: string }) => `(${p.timezone})`,
        handoffFrom: (p: { date: string }) => `from ${p.date}`,
        listSeparator: ', ',
        clauseSeparator: ' · ',
        generated: (p: { version: string }) => `<!-- Generated by playbook export ${p.version}; edit the .playbook file instead. -->`,
    },

    // rules.
    rulesHeader: { id: 'rule', severity: 'default', description: 'description' },
} as const;
