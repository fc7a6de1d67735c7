import { defineMessages } from '../../l10n/src/index.js';
import { cliMessagesPl } from './messages.pl.js';
import { cliMessagesZhTw } from './messages.zh-TW.js';

export const cliMessagesSource = {
    /**
     * Every user-facing sentence of the CLI, in one place so that it can be translated. Each entry
     * is a whole sentence or a whole block with named placeholders.
     */
    messages: {
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
      --locale LOCALE      Write messages in en, zh-TW or pl (any command; default: the
                           first of LC_ALL, LC_MESSAGES and LANG that is set, else en)

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
        importNotJson: '{path}: not JSON: {reason}',
        importProblem: '{path}: at {where}: {message}',
        importedFrom: `Imported from {format} ({source}) by playbook import {version}.
Check it with "playbook check": what the source does not say is reported there.`,
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
        unknownCommand: 'Unknown command "{command}". Run "playbook --help" for the list of commands.',
        unknownCommandHint: 'Unknown command "{command}". Did you mean "{suggestion}"? Run "playbook --help" for the list of commands.',
        unknownOption: 'Unknown option "{option}". Run "playbook {command} --help" for the options.',
        unknownOptionHint: 'Unknown option "{option}". Did you mean "{suggestion}"? Run "playbook {command} --help" for the options.',
        unknownProgramOption: 'Unknown option "{option}". Run "playbook --help" for the commands and options.',
        unknownProgramOptionHint: 'Unknown option "{option}". Did you mean "{suggestion}"? Run "playbook --help" for the commands and options.',
        missingValue: 'The option "{option}" needs a value, as in "{option} VALUE".',
        unexpectedValue: 'The option "{option}" takes no value.',
        badChoice: '"{value}" is not a valid value for {option}. Use one of: {choices}.',
        badChoiceHint: '"{value}" is not a valid value for {option}. Did you mean "{suggestion}"? Use one of: {choices}.',
        badCount: '{option} needs a whole number of 0 or more, not "{value}".',
        badRuleOption: '--rule needs ID=LEVEL, as in "--rule unassigned-role=warning", not "{value}". Levels: off, hint, info, warning, error.',
        unknownRule: 'There is no rule "{id}". Run "playbook rules" for the list.',
        unknownRuleHint: 'There is no rule "{id}". Did you mean "{suggestion}"? Run "playbook rules" for the list.',
        unexpectedArgument: '"playbook {command}" takes no argument "{argument}". Run "playbook {command} --help" for its usage.',
        exportNeedsFile: '"playbook export" needs exactly one playbook file, as in "playbook export service-outage.playbook --format markdown".',
        simulateNeedsFile: '"playbook simulate" needs exactly one playbook file, as in "playbook simulate service-outage.playbook --events service-outage.simulate.yaml".',
        simulateNeedsEvents: '"playbook simulate" needs --events SCRIPT.yaml: the script of events and expectations to run.',
        simulateScriptProblem: '{path}:{line}:{column} error {message}',
        simulateFailure: '{path}:{line} expectation failed: {message}',
        exportNeedsFormat: '"playbook export" needs --format json, yaml, markdown, html, cacao, mermaid or ics.',
        exportOptionNeedsIcs: '{option} applies to --format ics only.',
        exportBadFrom: '--from needs a date written YYYY-MM-DD, not "{value}".',
        exportBadWeeks: '--weeks needs a whole number of weeks from 1 to 104, not "{value}".',
        exportUnknownRotation: '--rotation {name}: the playbook has no such rotation (its rotations: {names}).',
        exportNoRotation: 'The playbook {playbook} names no rotation, so there is no on-call calendar to write.',

        // Input problems: one line each, never a stack trace.
        pathNotFound: '{path}: no such file or directory',
        noPlaybooks: '{path}: no *.playbook files found',
        noMatches: '{pattern}: no *.playbook files match this pattern',
        allIgnored: '{path}: {count, plural, one {the one *.playbook file found here is ignored by the config} other {all # *.playbook files found here are ignored by the config}}; name a file or folder to check it anyway',
        unreadable: '{path}: cannot read the file ({reason})',
        binaryFile: '{path}: this is a binary file, not a playbook',
        notUtf8: '{path}: the file is not valid UTF-8; save it as UTF-8',
        tooLarge: '{path}: the file is larger than {megabytes} MB; split it into several playbooks',
        specialFile: {
            fifo: '{path}: is a FIFO (named pipe), not a file; only regular files are read',
            device: '{path}: is a device, not a file; only regular files are read',
            socket: '{path}: is a socket, not a file; only regular files are read',
            other: '{path}: is not a regular file; only regular files are read',
        },
        importNotPlaybook: 'The imported file "{path}" is not a playbook: only files named *.playbook can be imported.',
        importUnreadable: 'The imported file "{path}" cannot be read. {problem}',
        configNotFound: '{path}: the config file does not exist',
        cannotWrite: '{path}: cannot write the file ({reason})',
        badOutputFile: '--output-file needs FORMAT=FILE, as in "--output-file sarif=playbook.sarif", not "{value}".',
        outputFileUnknownFormat: '--output-file names the format "{format}", which this run does not write ({formats}). Add --format {format} to write it.',
        reportsShareOutput: 'Two reports would go to {output}; send all but one elsewhere with --output-file FORMAT=FILE.',
        reportsShareStdout: 'Two reports would go to the standard output; send all but one elsewhere with --output-file FORMAT=FILE.',
        stdinWithPaths: '"playbook {command} --stdin" reads the standard input only; name no paths, or leave out --stdin.',
        stdinCannotFormat: 'The standard input has syntax errors, so nothing was written; run "playbook check --stdin" on it to see them.',
        stdinFilenameAlone: '--stdin-filename names what the standard input stands for: use it with --stdin.',
        outputIsInput: '{path}: is one of the files being read; the report would overwrite it. Name another --output file.',
        stdoutFailed: 'playbook: cannot write the standard output ({reason})',
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
        summary: '{errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}} in {files, plural, one {# file} other {# files}}',
        tooManyWarnings: 'Too many warnings: {warnings, number}, and --max-warnings allows {max, number}.',
        junitSuiteName: 'playbook check',
        junitInputProblem: 'The file could not be checked.',
        sarifToolName: 'playbook',
        sarifToolFullName: 'Incident Playbooks linter',

        // fmt.
        wouldReformat: '{path}: would be reformatted',
        reformatted: '{path}: reformatted',
        cannotFormat: '{path}: has syntax errors, left as it is; run "playbook check {path}" to see them',

        // export.
        exportNoPlaybook: '{path}: the file holds no playbook to export',
        exportSeveralPlaybooks: '{path}: the file holds several playbooks ({names}); choose one with --playbook NAME',
        exportUnknownPlaybook: '{path}: there is no playbook "{name}" in this file; it holds {names}',
        exportHasErrors: '{path}: the playbook has {errors, plural, one {# error} other {# errors}}; run "playbook check {path}" and fix them before exporting',

        // export --format markdown: every fixed text of the document.
        markdown: {
            title: '# {title} (`{name}`)',
            owner: '- **Owner:** {owner}',
            version: '- **Version:** {version}',
            reviewed: '- **Last reviewed:** {date}',
            reviewedEvery: '- **Last reviewed:** {date}, reviewed every {every}',
            party: '{kind, select, role {{name} (role)} person {{name} (person)} team {{name} (team)} rotation {{name} (rotation)} other {{name}}}',
            none: '—',
            yes: 'yes',
            no: 'no',
            rolesHeading: '## Roles',
            rolesHeader: ['Role', 'Title', 'Section', 'Critical', 'Held by', 'Backups', 'Assigned in'],
            assignedBy: { playbook: 'this playbook', organisation: 'the organisation', none: 'nobody' } as Readonly<Record<string, string>>,
            dutiesOf: 'Duties of `{role}`:',
            severitiesHeading: '## Severities',
            severitiesHeader: ['Severity', 'Title', 'Respond within', 'Resolve within', 'Escalation', 'Updates every', 'Coverage'],
            triggersHeading: '## Triggers',
            triggerHeading: '### {title} (`{name}`)',
            category: '- **Category:** {category}',
            source: '- **Source:** {source}',
            sourceDetail: '- **Source:** {source}, {detail}',
            criterion: '- **When** {condition} **then** {severity}',
            otherwise: '- **Otherwise:** {severity}',
            activatedBy: '- **Activated by:** {parties}',
            activatedAutomatically: '- **Activated automatically** by the alert itself.',
            triggerEscalation: '- **Escalation:** {path}',
            escalationsHeading: '## Escalation paths',
            escalationHeading: '### {title} (`{name}`)',
            escalationHeader: ['Level', 'After', 'From the start', 'Notify'],
            escalationRepeat: '{times, plural, one {The levels run once more after the first pass.} other {The levels run # more times after the first pass.}}',
            escalationThen: 'When they are exhausted, escalation continues with `{path}`.',
            channelsHeading: '## Channels',
            channelsHeader: ['Channel', 'Kind', 'Address', 'Owner', 'Backup', 'Standby only'],
            communicationsHeading: '## Communication plan',
            communicationsHeader: ['Audience', 'Via', 'When', 'Severities', 'Owner', 'Template', 'Approved by'],
            every: 'every {duration}',
            onEvent: 'on {event}',
            allSeverities: 'all',
            stepsHeading: '## Steps',
            phaseHeading: '### {title} (`{name}`)',
            step: '**{title}** (`{name}`)',
            decision: '**Decide: {question}** (`{name}`)',
            stepOwner: 'owner {owner}',
            stepWithin: 'within {duration}',
            stepAfter: 'after {names}',
            check: '- [ ] {text}',
            branch: '- {label} → `{target}`',
            reviewHeading: '## Post-incident review',
            reviewTitle: '**{title}**',
            reviewOwner: '- **Owner:** {owner}',
            reviewDue: '- **Due within:** {duration}',
            assess: '- **Assess:** {text}',
            followUp: '- **Follow-up:** {text}',
            kpi: '- **KPI:** {text}',
            drillsHeading: '## Drills',
            drillsHeader: ['Kind', 'Title', 'Every', 'Last run'],
            contactsHeading: '## People, teams and rotations',
            peopleHeader: ['Person', 'Name', 'Time zone', 'Contacts'],
            contact: '{kind} {value}',
            teamsHeader: ['Team', 'Title', 'Members'],
            rotationsHeader: ['Rotation', 'Title', 'Members', 'Hand-off', 'Covers'],
            handoffEvery: 'every {duration}',
            handoffOn: 'on {day}',
            handoffAt: 'at {time}',
            handoffZone: '({timezone})',
            handoffFrom: 'from {date}',
            listSeparator: ', ',
            clauseSeparator: ' · ',
            generated: '<!-- Generated by playbook export {version}; edit the .playbook file instead. -->',
        },

        // rules.
        rulesHeader: { id: 'rule', severity: 'default', description: 'description' },
    },
} as const;

const catalogue = defineMessages('cli.messages', cliMessagesSource, { 'zh-TW': cliMessagesZhTw, pl: cliMessagesPl });

export const messages = catalogue.messages;
