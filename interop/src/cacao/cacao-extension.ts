/**
 * The CACAO extension of ours: what a response plan says that CACAO 2.0 has no property for.
 * Its shape is documented in docs/interop.md (the `schema` URL of the extension definition);
 * version 1 carries the resolved playbook model (protocol/src/playbook-model-types.ts) without
 * the action plan, which the workflow itself carries.
 */
import type { BranchModel, PartyRef, PlaybookModel } from '../../../protocol/src/playbook-model-types.js';

/** The major version of the extension's shape. */
export const EXTENSION_VERSION = 1;

/** Where the extension's shape is described. */
export const EXTENSION_SCHEMA_URL = 'https://github.com/incident-playbooks/incident-playbooks/blob/main/docs/interop.md#the-cacao-extension';

/** On the playbook: its name and everything but the steps. */
export interface PlaybookExtension {
    playbook_name: string;
    model: PlaybookModel;
}

/** On each workflow step made from a step or decision: what puts it back in its phase and order. */
export interface StepExtension {
    item: 'step' | 'decision';
    name: string;
    phase: string;
    phase_title?: string;
    after: string[];
    owner?: string;
    branches?: BranchModel[];
    /** The severities a step is limited to (`during major`); CACAO has no place for them. */
    severities?: string[];
}

/** On each agent: the party it stands for. */
export interface AgentExtension {
    party: PartyRef;
    members?: string[];
    holders?: PartyRef[];
    backups?: PartyRef[];
}
