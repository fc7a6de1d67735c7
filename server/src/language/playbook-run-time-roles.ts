import type { Role } from './generated/ast.js';

/**
 * True for a role filled during the incident rather than by an `assign` line: designated by
 * another role or at the start, filled by volunteers, optional, or defaulting to another role's
 * holder. `unassigned-role` does not apply to it; `designator-unheld` and `no-designation-pool` do.
 */
export function isFilledAtRunTime(role: Role): boolean {
    return role.designators.length > 0 || role.atStart || role.volunteers || role.optional || role.defaultFrom !== undefined;
}

/** True when something says who fills a run-time role: a designator, volunteers or a default. */
export function hasDesignationPool(role: Role): boolean {
    return role.designators.length > 0 || role.volunteers || role.defaultFrom !== undefined;
}
