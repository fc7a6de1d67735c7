/**
 * The resolved playbook model: a plain, JSON-serialisable description of one playbook with
 * every reference resolved to a name. The runner and the exports (`playbook export --format
 * json|yaml|markdown|html`) read it; it is versioned (`modelVersion`) and documented in
 * docs/runner.md. Add fields freely; renaming or removing one means a new `modelVersion`.
 */

import type {
    BusinessTimeModel, CalendarModel, LayerModel, OverrideModel, RestrictionModel, TimeConditionModel,
} from './playbook-time-model.js';
import type {
    CadenceModel, CommunicationGateModel, ComparisonModel, IncidentPolicyModel, MeasureModel, NamedAudienceModel, PagingUrgency,
    ParameterModel, ParameterSettingModel, ProcedureModel, RecipientRef, SeverityPolicyModel, SubTeamModel,
} from './playbook-model-response.js';

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
    /** Qualification names (`qualified trained-commander`). */
    qualifications?: string[];
}

export interface TeamModel {
    name: string;
    title?: string;
    /** Person names. */
    members: string[];
    /** The team's own ways to reach it (a shared mailbox, a desk phone), when it has any. */
    contacts?: ContactModel[];
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
    /** `covers hours of <calendar>`: on call only inside that calendar's hours. */
    coverageCalendar?: string;
    /** `only …` lines of the rotation's own members (their layer). */
    restrictions?: RestrictionModel[];
    /** `layer` blocks, after the layer of the rotation's own members (if it has any). */
    layers?: LayerModel[];
    overrides?: OverrideModel[];
    /** The rotation's leader or owner. */
    owner?: PartyRef;
    /** What the outgoing person does at each hand-off. */
    handoffDuties?: string[];
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
    /** Set when the role is filled during the incident (designated, volunteers, optional, defaulted). */
    fill?: RoleFillModel;
    /** How many people hold the role at once; absent when the playbook does not say. */
    cardinality?: { min: number; max?: number };
    /** Qualification names a holder must have. */
    requires?: string[];
    /** Roles and rotations the same person must not hold at the same time as this role. */
    excludes?: PartyRef[];
    /** The holder is relieved after this long, and checks in on this cadence meanwhile. */
    relief?: { afterSeconds: number; checkInEverySeconds?: number };
    /** Holders that apply only in some severities (`during`) or hours (`inside hours of`); `holders` lists them all. */
    conditionalHolders?: ConditionalHoldingModel[];
}

/** How a role is filled during the incident. */
export interface RoleFillModel {
    /** Roles whose holders name this role's holder when the incident starts. */
    designatedBy: string[];
    /** `designated at start`: named when the incident starts, by nobody in particular. */
    atStart: boolean;
    volunteers: boolean;
    optional: boolean;
    /** The role whose holder takes this one unless someone else is named. */
    defaultFrom?: string;
}

/** One time- or severity-dependent `assign` line. */
export interface ConditionalHoldingModel {
    holders: PartyRef[];
    backups: PartyRef[];
    /** Severity names; empty means every severity. */
    severities: string[];
    condition?: TimeConditionModel;
}

/** `merge scribe into commander during sev3`: in those severities one person holds both. */
export interface RoleMergeModel {
    roles: string[];
    into: string;
    /** Severity names; empty means every severity. */
    severities: string[];
}

export interface SeverityModel {
    name: string;
    title?: string;
    description?: string;
    /** 0 is the most severe (the first declared). */
    rank: number;
    respondSeconds?: number;
    resolveSeconds?: number;
    /** A resolve target in business time. */
    businessResolve?: BusinessTimeModel;
    escalation?: string;
    updateEverySeconds?: number;
    coverage?: '24x7' | 'business-hours';
    /** The declarer may pick this level when declaring, instead of a trigger's criteria. */
    declared?: boolean;
    /** `none`: a ticket, nobody is paged and no escalation is needed. */
    paging?: PagingUrgency | 'none';
}

export interface CriterionModel {
    /** The condition as written: the quoted text, or the comparison's source (`users-affected > 1000`). */
    condition: string;
    /** Present when the criterion compares a measure. */
    comparison?: ComparisonModel;
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
    /** `set <parameter> to <value>` lines. */
    settings?: ParameterSettingModel[];
}

export interface EscalationLevelModel {
    number: number;
    delaySeconds: number;
    /** Seconds from the start of the path: the delays add up. */
    atSeconds: number;
    notify: PartyRef[];
    /** The level applies only inside or outside a calendar's hours. */
    condition?: TimeConditionModel;
    paging?: PagingUrgency;
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
    /** Channel-use policies in plain words. */
    policies?: string[];
}

/** Incident events; investigating, identified, monitoring and resolved are the public status states; review-published follows the review. */
export type CommunicationEvent = 'start' | 'escalation' | 'severity-change' | 'resolve' | 'close'
    | 'investigating' | 'identified' | 'monitoring' | 'resolved' | 'review-published';

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
    /** The first of `approvers`, kept for readers of model version 1. */
    approver?: PartyRef;
    /** Everyone who must approve a message before it goes out. */
    approvers?: PartyRef[];
    /** The rule applies only inside or outside a calendar's hours. */
    condition?: TimeConditionModel;
    /** When the rule names a role, team, person or audience of the plan's own; `audience` then holds that name. */
    recipient?: RecipientRef;
    /** The first message is due this long after the rule starts to apply. */
    firstWithinSeconds?: number;
    /** The first message must also precede the severity's respond target. */
    firstBeforeRespond?: boolean;
    /** The cadence in stages (`every 20m for 2h then every 1h`); `everySeconds` is the first stage's. */
    cadence?: CadenceModel[];
    /** The rule applies once this step is done or this decision answered so. */
    gate?: CommunicationGateModel;
    /** The rule applies once this holds, in words. */
    gateCondition?: string;
    /** The rule applies once this comparison of a measure holds. */
    gateComparison?: ComparisonModel;
    paging?: PagingUrgency;
}

export interface StepModel {
    kind: 'step';
    name: string;
    title?: string;
    phase: string;
    /** Role name. */
    owner?: string;
    timeboxSeconds?: number;
    /** A time box in business time (`within 2 business-days`). */
    businessTimebox?: BusinessTimeModel;
    /** Explicit `after` names; empty means the previous item in flow order. */
    after: string[];
    checks: string[];
    /** The escalation path the step starts when done. */
    escalate?: string;
    /** Severity names the step is limited to (`during major`); absent: every severity. */
    severities?: string[];
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
    /** A due time in business time (`within 5 business-days`). */
    businessDue?: BusinessTimeModel;
    /** The review meeting is due this long after the incident closes; `dueSeconds` is the document's. */
    meetingDueSeconds?: number;
    /** Severity names for which the review is required; empty: every severity. */
    requiredFor?: string[];
    attendees?: PartyRef[];
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
    /** The calendars rotations, restrictions, time-dependent rules and business time refer to. */
    calendars?: CalendarModel[];
    severities: SeverityModel[];
    triggers: TriggerModel[];
    escalations: EscalationPathModel[];
    channels: ChannelModel[];
    communications: CommunicationRuleModel[];
    phases: PhaseModel[];
    review?: ReviewModel;
    drills: DrillModel[];
    /** The calendar business time is counted in (`uses <calendar>`); Monday to Friday 09:00-17:00 UTC when absent. */
    businessCalendar?: string;
    /** Roles merged into one holder in some severities. */
    merges?: RoleMergeModel[];
    measures?: MeasureModel[];
    audiences?: NamedAudienceModel[];
    severityPolicy?: SeverityPolicyModel;
    procedures?: ProcedureModel[];
    subTeams?: SubTeamModel[];
    incidents?: IncidentPolicyModel;
    parameters?: ParameterModel[];
}
