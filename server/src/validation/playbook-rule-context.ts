import type { ValidationAcceptor } from 'langium';
import type { PlaybookConfig } from '../config/playbook-config.js';
import type { RoleHolderReader } from '../workspace/playbook-role-holding.js';
import type { PlaybookWorkspaceFacts } from '../workspace/playbook-workspace-facts.js';

/** What every rule check receives besides its node. */
export interface RuleContext {
    accept: ValidationAcceptor;
    config: PlaybookConfig;
    /** Today as YYYY-MM-DD, from the injectable clock. */
    today: string;
    facts: PlaybookWorkspaceFacts;
    /** Who holds a role: the one reading (see workspace/playbook-role-holding.ts). */
    holders: RoleHolderReader;
}
