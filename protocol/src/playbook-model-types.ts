/**
 * The resolved playbook model: a plain, JSON-serialisable description of one playbook with
 * every reference resolved to a name. The runner and the exports (`playbook export --format
 * json|yaml|markdown|html`) read it; it is versioned (`modelVersion`) and documented in
 * docs/runner.md. Add fields freely; renaming or removing one means a new `modelVersion`.
 */

/** The version of the model's shape. */
export const PLAYBOOK_MODEL_VERSION = 1;

/** What kind of thing a reference names. */
export type PartyKind = 'role' | 'person' | 'team' | 'rotation';

/** A reference to a role, person, team or rotation, by name. */
export interface PartyRef {
    kind: PartyKind;
    name: string;
}

export interface ContactModel {
    kind: 'phone' | 'sms' | 'email' | 'chat' | 'app' | 'pager';
    value: string;
}

export interface PersonModel {
    name: string;
    title?: string;
    timezone?: string;
    contacts: ContactModel[];
}

export interface TeamModel {
    name: string;
    title?: string;
    /** Person names. */
    members: string[];
}

export interface HandoffModel {
    /** Seconds between two hand-offs. */
    everySeconds: number;
    day?: 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';
    /** `HH:MM`, wall-clock time in `timezone`. */
    time?: string;
    /** An IANA time zone; UTC when absent. */
    timezone?: string;
    /** `YYYY-MM-DD`: the first hand-off is the first `day` on or after it. */
    from?: string;
}

export interface RotationModel {
    name: string;
    title?: string;
    /** Person names, in hand-off order. */
    members: string[];
    handoff?: HandoffModel;
    coverage?: '24x7' | 'business-hours';
}

export interface RoleModel {
    name: string;
    title?: string;
    section?: string;
    critical: boolean;
    duties: string[];
    aliases: string[];
    /** People, teams or rotations holding the role. */
    holders: PartyRef[];
    backups: PartyRef[];
    /** Where the holders come from: an `assign` inside the playbook, the organisation's, or nobody. */
    assignedBy: 'playbook' | 'organisation' | 'none';
}

export interface SeverityModel {
    name: string;
    title?: string;
    description?: string;
    /** 0 is the most severe (the first declared). */
    rank: number;
    respondSeconds?: number;
    resolveSeconds?: number;
    escalation?: string;
    updateEverySeconds?: number;
    coverage?: '24x7' | 'business-hours';
}

export interface CriterionModel {
    condition: string;
    severity?: string;
}

export interface TriggerModel {
    name: string;
    title?: string;
    category?: string;
    source?: string;
    sourceDetail?: string;
    criteria: CriterionModel[];
    otherwise?: string;
    activators: PartyRef[];
    automatic: boolean;
    escalation?: string;
}

export interface EscalationLevelModel {
    number: number;
    delaySeconds: number;
    /** Seconds from the start of the path: the delays add up. */
    atSeconds: number;
    notify: PartyRef[];
}

export interface EscalationPathModel {
    name: string;
    title?: string;
    levels: EscalationLevelModel[];
    /** How many more times the levels run after the first pass. */
    repeat: number;
    /** The path that takes over when this one is exhausted. */
    then?: string;
}

export interface ChannelModel {
    name: string;
    kind: string;
    address: string;
    owner?: PartyRef;
    backup?: string;
    standby: boolean;
}

export type CommunicationEvent = 'start' | 'escalation' | 'severity-change' | 'resolve' | 'close';

export interface CommunicationRuleModel {
    /** Stable while the rule's audience, channels and timing stay the same. */
    id: string;
    audience: string;
    channels: string[];
    everySeconds?: number;
    event?: CommunicationEvent;
    /** Severity names; empty means every severity. */
    severities: string[];
    owner?: PartyRef;
    template?: string;
    approver?: PartyRef;
}

export interface StepModel {
    kind: 'step';
    name: string;
    title?: string;
    phase: string;
    /** Role name. */
    owner?: string;
    timeboxSeconds?: number;
    /** Explicit `after` names; empty means the previous item in flow order. */
    after: string[];
    checks: string[];
}

export interface BranchModel {
    /** `yes`, `no` or the quoted label. */
    label: string;
    target?: string;
}

export interface DecisionModel {
    kind: 'decision';
    name: string;
    question?: string;
    phase: string;
    owner?: string;
    timeboxSeconds?: number;
    after: string[];
    branches: BranchModel[];
}

export type FlowItemModel = StepModel | DecisionModel;

export interface PhaseModel {
    name: string;
    title?: string;
    items: FlowItemModel[];
}

export interface ReviewModel {
    title?: string;
    owner?: string;
    dueSeconds?: number;
    assessments: string[];
    followUps: string[];
    kpis: string[];
}

export interface DrillModel {
    kind: string;
    title?: string;
    everySeconds?: number;
    last?: string;
}

/** One playbook, resolved. */
export interface PlaybookModel {
    modelVersion: typeof PLAYBOOK_MODEL_VERSION;
    name: string;
    title?: string;
    version?: string;
    description?: string;
    owner?: PartyRef;
    reviewed?: string;
    reviewEverySeconds?: number;
    /** The URI of the file the playbook was read from, when known. */
    source?: string;
    roles: RoleModel[];
    people: PersonModel[];
    teams: TeamModel[];
    rotations: RotationModel[];
    severities: SeverityModel[];
    triggers: TriggerModel[];
    escalations: EscalationPathModel[];
    channels: ChannelModel[];
    communications: CommunicationRuleModel[];
    phases: PhaseModel[];
    review?: ReviewModel;
    drills: DrillModel[];
}
