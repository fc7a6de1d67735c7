/** Every user-facing sentence of the CLI, in one place so that it can be translated. */
export const messages = {
    usage: `Usage: playbook <command> [options]

Commands:
  check [paths...]   Lint playbook files (directories are searched for *.playbook)

Options:
  -h, --help         Show this help
  -v, --version      Show the version`,
    checkUsage: `Usage: playbook check [paths...]

Checks *.playbook files and the files they import, linked as one workspace.
Exit code: 0 clean, 1 errors found, 2 usage or input errors.`,
    unknownCommand: (p: { command: string }) => `Unknown command "${p.command}". Run "playbook --help" for the list of commands.`,
    unknownOption: (p: { detail: string }) => `${p.detail}. Run "playbook --help" for the options.`,
    pathNotFound: (p: { path: string }) => `${p.path}: no such file or directory`,
    noPlaybooks: (p: { path: string }) => `${p.path}: no *.playbook files found`,
    unreadable: (p: { path: string; reason: string }) => `${p.path}: cannot read the file (${p.reason})`,
    binaryFile: (p: { path: string }) => `${p.path}: this is a binary file, not a playbook`,
    notUtf8: (p: { path: string }) => `${p.path}: the file is not valid UTF-8; save it as UTF-8`,
    tooLarge: (p: { path: string; megabytes: number }) => `${p.path}: the file is larger than ${p.megabytes} MB; split it into several playbooks`,
    summary: (p: { errors: number; warnings: number; files: number }) => `${p.errors} errors, ${p.warnings} warnings in ${p.files} files`,
} as const;
