import type { IndexManager } from 'langium';
import type { RoleHolderReader } from '../../workspace/playbook-role-holding.js';
import type { PlaybookWorkspaceFacts } from '../../workspace/playbook-workspace-facts.js';

/** What the quick fixes read from the workspace: the index, the organisation facts and who holds a role. */
export interface FixContext {
    readonly index: IndexManager;
    readonly facts: PlaybookWorkspaceFacts;
    readonly holders: RoleHolderReader;
}
