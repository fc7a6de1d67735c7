import { AstUtils, type AstNode } from 'langium';
import {
    isIncidentPolicy, isMeasure, isNamedAudience, isParameter, isProcedure, isSeverityPolicy, isSubTeam,
    type Cadence, type Channel, type CommunicationRule, type Criterion, type EscalationLevel, type FlowItem, type Measure,
    type NamedAudience, type ParameterValue, type Playbook, type Recipient, type Review, type Severity, type Step, type Trigger,
} from '../language/generated/ast.js';
import { comparisonModel, comparisonText, measureKind } from '../language/playbook-measures.js';
import { audienceOf } from '../language/playbook-shared.js';
import type { CriterionModel, FlowItemModel, PlaybookModel } from '../../../protocol/src/playbook-model-types.js';
import type {
    CadenceModel, MeasureModel, NamedAudienceModel, ParameterValue as ParameterValueModel, RecipientRef,
} from '../../../protocol/src/playbook-model-response.js';
import { contactModels, optional, partyOf, partyRefs, refNames } from './playbook-model-refs.js';

/**
 * The model fields of issue 14's constructs (severity semantics, measures, conditional
 * communication, procedures, sub-teams, several incidents, the review's lifecycle,
 * parameters). playbook-model.ts calls these where each construct belongs.
 */

/** How playbook-model.ts turns a flow item into the model; procedures reuse it with their own name as the phase. */
export type FlowItemModeller = (item: FlowItem, owner: { name: string }) => FlowItemModel;

type Parts = Pick<PlaybookModel, 'measures' | 'audiences' | 'severityPolicy' | 'procedures' | 'subTeams' | 'incidents' | 'parameters'>;

/** The playbook-level parts; measures and audiences include the organisation's that the playbook refers to. */
export function responseParts(playbook: Playbook, flowItem: FlowItemModeller): Parts {
    const measures = referencedOrOwn(playbook, isMeasure);
    const audiences = referencedOrOwn(playbook, isNamedAudience);
    const policy = playbook.elements.find(isSeverityPolicy);
    const incidents = playbook.elements.find(isIncidentPolicy);
    const parts: Parts = {};
    if (measures.length > 0) parts.measures = measures.map(measureModel);
    if (audiences.length > 0) parts.audiences = audiences.map(audienceModel);
    if (policy) {
        parts.severityPolicy = {
            onlyRise: policy.onlyRise,
            unsureHigher: policy.unsureHigher,
            finalAtReview: policy.finalAtReview,
            tables: policy.tables.map(table => ({
                rows: table.rows.$refText,
                columns: table.columns.$refText,
                cells: table.cells.map(cell => ({ row: cell.row, column: cell.column, ...optional('severity', cell.severity.ref?.name) })),
            })),
        };
    }
    const procedures = playbook.elements.filter(isProcedure);
    if (procedures.length > 0) {
        parts.procedures = procedures.map(procedure => ({
            name: procedure.name,
            ...optional('title', procedure.title),
            ...optional('owner', procedure.owner?.ref?.name),
            ...optional('when', procedure.condition),
            items: procedure.items.map(item => flowItem(item, procedure)),
        }));
    }
    const subTeams = playbook.elements.filter(isSubTeam);
    if (subTeams.length > 0) {
        parts.subTeams = subTeams.map(team => ({
            name: team.name,
            ...optional('title', team.title),
            ...optional('leader', team.leader?.ref?.name),
            members: refNames(team.members),
            ...optional('channel', team.channelKind && team.channelAddress !== undefined ? { kind: team.channelKind, address: team.channelAddress } : undefined),
            ...optional('task', team.task),
            ...optional('timeboxSeconds', team.timebox),
        }));
    }
    if (incidents) parts.incidents = { splitBy: partyRefs(incidents.splitters), mergeBy: partyRefs(incidents.mergers) };
    const parameters = playbook.elements.filter(isParameter);
    if (parameters.length > 0) {
        parts.parameters = parameters.map(parameter => ({
            name: parameter.name,
            ...optional('title', parameter.title),
            type: parameter.type,
            ...optional('default', parameter.default ? parameterValue(parameter.default) : undefined),
            asked: parameter.asked,
        }));
    }
    return parts;
}

/** The playbook's own definitions of a type, then those of the organisation it refers to, each once. */
function referencedOrOwn<T extends AstNode & { name: string }>(playbook: Playbook, is: (node: unknown) => node is T): T[] {
    const found = new Map<string, T>();
    for (const element of playbook.elements) {
        if (is(element)) found.set(element.name, element);
    }
    for (const node of AstUtils.streamAst(playbook)) {
        for (const reference of AstUtils.streamReferences(node)) {
            for (const target of AstUtils.getReferenceNodes(reference.reference)) {
                if (is(target) && !found.has(target.name)) found.set(target.name, target);
            }
        }
    }
    return [...found.values()];
}

function measureModel(measure: Measure): MeasureModel {
    return { name: measure.name, ...optional('title', measure.title), kind: measureKind(measure), values: [...measure.values] };
}

function audienceModel(audience: NamedAudience): NamedAudienceModel {
    return {
        name: audience.name,
        ...optional('title', audience.title),
        ...optional('description', audience.description),
        contacts: contactModels(audience.contacts),
        members: partyRefs(audience.members),
    };
}

function parameterValue(value: ParameterValue): ParameterValueModel | undefined {
    return value.text ?? value.number ?? value.duration;
}

export function criterionModel(criterion: Criterion): CriterionModel {
    const comparison = criterion.comparison;
    return {
        condition: criterion.condition ?? (comparison ? comparisonText(comparison) : ''),
        ...optional('comparison', comparison ? comparisonModel(comparison) : undefined),
        ...optional('severity', criterion.severity.ref?.name),
    };
}

export function severityExtras(severity: Severity) {
    return { ...(severity.declared ? { declared: true } : {}), ...optional('paging', severity.paging) };
}

export function triggerExtras(trigger: Trigger) {
    const settings = trigger.settings.flatMap(setting => {
        const value = parameterValue(setting.value);
        return value === undefined ? [] : [{ parameter: setting.parameter.$refText, value }];
    });
    return settings.length > 0 ? { settings } : {};
}

export function levelExtras(level: EscalationLevel) {
    return optional('paging', level.paging);
}

export function channelExtras(channel: Channel) {
    return channel.policies.length > 0 ? { policies: [...channel.policies] } : {};
}

export function stepExtras(step: Step) {
    return {
        ...optional('escalate', step.escalate?.ref?.name),
        ...(step.severities.length > 0 ? { severities: refNames(step.severities) } : {}),
    };
}

export function reviewExtras(review: Review) {
    return {
        ...optional('meetingDueSeconds', review.meetingDue),
        ...(review.requiredFor.length > 0 ? { requiredFor: refNames(review.requiredFor) } : {}),
        ...(review.attendees.length > 0 ? { attendees: partyRefs(review.attendees) } : {}),
    };
}

/** Whom the rule tells, as the model's `audience` text: the built-in audience, or the named recipient. */
export function audienceText(rule: CommunicationRule): string {
    return audienceOf(rule) ?? '';
}

export function communicationExtras(rule: CommunicationRule) {
    const approvers = partyRefs(rule.approvers);
    const cadence = cadenceStages(rule);
    return {
        ...optional('approver', approvers[0]),
        ...(approvers.length > 1 ? { approvers } : {}),
        ...optional('recipient', recipientRef(rule.recipient?.ref)),
        ...optional('firstWithinSeconds', rule.first),
        ...(rule.beforeRespond ? { firstBeforeRespond: true } : {}),
        ...(cadence.length > 1 ? { cadence } : {}),
        ...optional('gate', rule.gate ? { item: rule.gate.$refText, ...optional('answer', rule.gateAnswer ?? rule.gateLabel) } : undefined),
        ...optional('gateCondition', rule.gateCondition),
        ...optional('gateComparison', rule.gateComparison ? comparisonModel(rule.gateComparison) : undefined),
        ...optional('paging', rule.paging),
    };
}

/** The stages of a cadence, first to last: `every 20m for 2h then every 1h`. */
export function cadenceStages(rule: CommunicationRule): CadenceModel[] {
    const stages: CadenceModel[] = [];
    let stage: CommunicationRule | Cadence | undefined = rule.every !== undefined ? rule : undefined;
    while (stage?.every !== undefined) {
        stages.push({ everySeconds: stage.every, ...optional('forSeconds', stage.everyFor) });
        stage = stage.later;
    }
    return stages;
}

function recipientRef(target: Recipient | undefined): RecipientRef | undefined {
    if (!target) return undefined;
    return isNamedAudience(target) ? { kind: 'audience', name: target.name } : partyOf(target);
}
