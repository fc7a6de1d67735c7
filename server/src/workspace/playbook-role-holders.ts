import type { AstNode, LangiumSharedCoreServices } from 'langium';
import type { Role } from '../language/generated/ast.js';
import { enclosingPlaybook, readRoleHolding, type RoleHolderReader, type RoleHolding } from './playbook-role-holding.js';
import type { PlaybookWorkspaceFacts } from './playbook-workspace-facts.js';

/**
 * Who holds a role, answered from the cached workspace facts: a lookup of the role's
 * assignments in the playbook being read and in the organisation, never a walk over the
 * workspace. Rules, hover, the code lens, inlay hints, the runner model and the exports all ask
 * here, so they cannot disagree.
 */
export class PlaybookRoleHolders implements RoleHolderReader {
    constructor(private readonly facts: PlaybookWorkspaceFacts) {}

    holding(role: Role, from?: AstNode): RoleHolding {
        const playbook = enclosingPlaybook(from);
        const local = playbook ? this.facts.playbookAssignmentsOf(playbook, role) : [];
        return readRoleHolding(role, local, this.facts.organisationAssignmentsOf(role));
    }
}

/** The role holders of the workspace's playbook language (the CLI, the server and the tests have one). */
export function roleHoldersOf(shared: LangiumSharedCoreServices): PlaybookRoleHolders {
    for (const services of shared.ServiceRegistry.all) {
        const holders = (services.workspace as { RoleHolders?: PlaybookRoleHolders }).RoleHolders;
        if (holders) {
            return holders;
        }
    }
    throw new Error('The playbook language services are not registered.');
}
