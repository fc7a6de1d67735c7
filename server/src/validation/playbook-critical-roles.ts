import type { PlaybookConfig } from '../config/playbook-config.js';
import type { Role } from '../language/generated/ast.js';

/** Names and titles that say "this is the incident commander" (compared case-insensitively). */
const COMMANDER_NAMES = new Set(['commander', 'incident-commander', 'ic']);
const COMMANDER_TITLE = /^(major )?incident (commander|manager)$/i;

/**
 * The incident commander: a role in section `command` named `commander`, `incident-commander`
 * or `ic`, or whose title or an alias is "Incident commander", "Incident manager" or "Major
 * incident manager". A deputy ("Deputy incident commander") is not the commander.
 */
export function isIncidentCommander(role: Role): boolean {
    if (role.section !== 'command') {
        return false;
    }
    const titles = [role.title, ...role.aliases].filter((t): t is string => typeof t === 'string');
    return COMMANDER_NAMES.has(role.name.toLowerCase()) || titles.some(t => COMMANDER_TITLE.test(t.trim()));
}

/** Critical roles need a backup: the commander, roles marked `critical`, roles listed in the configuration. */
export function isCriticalRole(role: Role, config: PlaybookConfig): boolean {
    return role.critical || config.criticalRoles.includes(role.name) || isIncidentCommander(role);
}
