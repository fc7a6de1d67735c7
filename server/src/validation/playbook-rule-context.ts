import type { ValidationAcceptor } from 'langium';
import type { PlaybookConfig } from '../../config/playbook-config.js';
import type { PlaybookWorkspaceFacts } from '../playbook-workspace-facts.js';

/** What every rule check receives besides its node. */
export interface RuleContext {
    accept: ValidationAcceptor;
    config: PlaybookConfig;
    /** Today as YYYY-MM-DD, from the injectable clock. */
    today: string;
    facts: PlaybookWorkspaceFacts;
}
