/**
 * Texts of the JSON Schema of playbook.config.yaml (server/src/config/playbook-config-schema.ts),
 * which editors show as hover and completion documentation. Kept beside messages.ts; whole
 * sentences with named placeholders.
 */
export const configSchemaTexts = {
    title: 'Incident Playbooks configuration (playbook.config.yaml)',
    description: 'Rule levels and options, files that playbook check skips, and extra critical roles. The language server and playbook check read the same file.',
    rules: 'Per-rule level (error, warning, info, hint or off), or a mapping with the level and the rule\'s options. Unlisted rules keep their default.',
    ignore: 'Files playbook check skips when it searches a folder: minimatch globs relative to the folder of this file. A file named on the command line is always checked.',
    criticalRoles: 'Roles that need a backup holder, besides the incident commander and roles marked critical (names as written after "role").',
    level: 'How loudly the rule reports: error, warning, info or hint; off turns it off.',
    ruleSettings: (p: { id: string }) => `The level of rule ${p.id} and its options; unset options take their defaults.`,
    rule: (p: { title: string; description: string; level: string }) => `${p.title}: ${p.description} Default level: ${p.level}.`,
    ruleMarkdown: (p: { title: string; description: string; level: string; url: string }) => `**${p.title}**: ${p.description}\n\nDefault level: \`${p.level}\`. [Documentation](${p.url})`,
    option: (p: { option: string; id: string; values: string; default: string }) => `Option ${p.option} of rule ${p.id}: ${p.values}. Default: ${p.default}.`,
} as const;
