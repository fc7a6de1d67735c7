import * as path from 'node:path';
import { effectiveLevel } from '../../../server/src/config/playbook-config.js';
import { RULE_IDS } from '../../../server/src/validation/playbook-code-catalogue.js';
import type { WorkspaceDiscovery } from '../discovery.js';
import { shownPath } from '../files.js';
import { EXIT, type CliIo } from '../io.js';

/**
 * `playbook check --print-config FILE`: what applies to that file, as ESLint's option of that
 * name shows it: the workspace root, the config file (or none), every rule's level after the
 * config and `--rule`, the rule options, ignore patterns and extra critical roles, as JSON.
 */
export function printConfig(file: string, discovery: WorkspaceDiscovery, io: CliIo): number {
    const absolute = path.resolve(io.cwd, file);
    const loaded = discovery.configOf(absolute);
    if ('usage' in loaded) {
        io.err(loaded.usage);
        return EXIT.usage;
    }
    const { root, configFile } = discovery.workspaceOf(absolute);
    const { config } = loaded;
    io.out(JSON.stringify({
        file: shownPath(absolute, io.cwd),
        workspaceRoot: shownPath(root, io.cwd),
        configFile: configFile === undefined ? null : shownPath(configFile, io.cwd),
        rules: Object.fromEntries(RULE_IDS.map(id => [id, effectiveLevel(config, id)])),
        ruleOptions: config.ruleOptions ?? {},
        ignore: config.ignore,
        criticalRoles: config.criticalRoles,
        problems: loaded.findings,
    }, undefined, 2));
    return loaded.findings.length > 0 ? EXIT.usage : EXIT.clean;
}
