/**
 * The parts of CACAO 2.0 (OASIS Collaborative Automated Course of Action Operations) that the
 * export writes and the import reads. The names are the specification's, in snake_case.
 */

export type CacaoStepType = 'start' | 'end' | 'action' | 'playbook-action' | 'parallel' | 'if-condition' | 'while-condition' | 'switch-condition';

export interface CacaoCommand {
    type: string;
    command?: string;
    description?: string;
}

export interface CacaoStep {
    type: CacaoStepType;
    name?: string;
    description?: string;
    /** Milliseconds. */
    timeout?: number;
    /** Milliseconds. */
    delay?: number;
    on_completion?: string;
    on_success?: string;
    on_failure?: string;
    commands?: CacaoCommand[];
    agent?: string;
    next_steps?: string[];
    condition?: string;
    on_true?: string;
    on_false?: string;
    switch?: string;
    cases?: Record<string, string>;
    step_extensions?: Record<string, unknown>;
}

export interface CacaoContact {
    email?: Record<string, string>;
    phone?: Record<string, string>;
    contact_details?: string;
}

export interface CacaoAgent {
    type: string;
    name: string;
    description?: string;
    contact?: CacaoContact;
    agent_target_extensions?: Record<string, unknown>;
}

export interface CacaoExtensionDefinition {
    type: 'extension-definition';
    name: string;
    description?: string;
    created_by: string;
    schema: string;
    version: string;
}

export interface CacaoVariable {
    type: string;
    description?: string;
    value?: string;
    constant?: boolean;
    external?: boolean;
}

export interface CacaoPlaybook {
    type: 'playbook';
    spec_version: 'cacao-2.0';
    id: string;
    name: string;
    description?: string;
    playbook_types?: string[];
    created_by: string;
    created: string;
    modified: string;
    labels?: string[];
    playbook_variables?: Record<string, CacaoVariable>;
    workflow_start: string;
    workflow: Record<string, CacaoStep>;
    agent_definitions?: Record<string, CacaoAgent>;
    extension_definitions?: Record<string, CacaoExtensionDefinition>;
    playbook_extensions?: Record<string, unknown>;
}
