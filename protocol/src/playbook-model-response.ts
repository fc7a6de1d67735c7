/**
 * The parts of the resolved playbook model for flow, severity and communication as real
 * response plans have them (issue 14): measures and structured criteria, severity semantics,
 * conditional and timed communication, procedures, sub-teams, several incidents, the review's
 * lifecycle and parameters. Every field is optional in `PlaybookModel` so that models stored by
 * an older version still load.
 */
import type { ContactModel, FlowItemModel, PartyKind, PartyRef } from './playbook-model-types.js';

/** What a measure holds: a whole number, a percentage, a duration (seconds) or one of its values. */
export type MeasureKind = 'count' | 'percent' | 'duration' | 'values';

export interface MeasureModel {
    name: string;
    title?: string;
    kind: MeasureKind;
    /** For `values` measures, in the order written. */
    values: string[];
}

/** `users-affected > 1000`, `error-rate >= 5%` (amount 5), `duration > 15m` (amount 900), `data-class is personal`. */
export interface ComparisonModel {
    measure: string;
    operator?: '>' | '>=' | '<' | '<=';
    /** Counts and percentages as written; durations in seconds. */
    amount?: number;
    /** For `is`: the values any one of which makes the comparison hold. */
    values?: string[];
}

/** How urgently a page goes out; `none` on a severity: a ticket, nobody is paged. */
export type PagingUrgency = 'high' | 'low';

export interface SeverityTableModel {
    rows: string;
    columns: string;
    cells: Array<{ row: string; column: string; severity?: string }>;
}

/** `severities { only rise  unsure means higher  final at review  table … }`. */
export interface SeverityPolicyModel {
    onlyRise: boolean;
    unsureHigher: boolean;
    finalAtReview: boolean;
    tables: SeverityTableModel[];
}

/** One stage of a communication rule's cadence: `every 20m for 2h`; the last stage has no end. */
export interface CadenceModel {
    everySeconds: number;
    forSeconds?: number;
}

/** A recipient named instead of a built-in audience: a party or an audience of the plan's own. */
export interface RecipientRef {
    kind: PartyKind | 'audience';
    name: string;
}

/** What must happen before a communication rule applies: a step done, or a decision answered so. */
export interface CommunicationGateModel {
    item: string;
    /** `yes`, `no` or the quoted label; absent: the item done or decided at all. */
    answer?: string;
}

export interface NamedAudienceModel {
    name: string;
    title?: string;
    description?: string;
    contacts: ContactModel[];
    members: PartyRef[];
}

/** A procedure the runner offers at any moment, outside the linear flow. Its items carry the procedure's name as `phase`. */
export interface ProcedureModel {
    name: string;
    title?: string;
    /** Role name. */
    owner?: string;
    when?: string;
    items: FlowItemModel[];
}

/** A sub-team template the commander instantiates zero or more times during a run. */
export interface SubTeamModel {
    name: string;
    title?: string;
    /** Role names. */
    leader?: string;
    members: string[];
    channel?: { kind: string; address: string };
    task?: string;
    timeboxSeconds?: number;
}

/** Who may split a run into child incidents, and who may merge a duplicate run into another. */
export interface IncidentPolicyModel {
    splitBy: PartyRef[];
    mergeBy: PartyRef[];
}

export type ParameterType = 'text' | 'number' | 'duration';

/** A parameter value: text, a number, or a duration in seconds. */
export type ParameterValue = string | number;

export interface ParameterModel {
    name: string;
    title?: string;
    type: ParameterType;
    default?: ParameterValue;
    /** The runner asks for it when a run starts. */
    asked: boolean;
}

export interface ParameterSettingModel {
    parameter: string;
    value: ParameterValue;
}

/** The states of a post-incident review, in order. */
export const REVIEW_STATES = ['draft', 'in-review', 'closed'] as const;
export type ReviewState = typeof REVIEW_STATES[number];
