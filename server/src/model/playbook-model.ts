import { AstUtils, type AstNode, type LangiumDocument } from 'langium';
import {
    isChannel, isDecision, isDrill, isEscalationPath, isPerson, isPhase,
    isReview, isRole, isRotation, isStep, isTeam, isTrigger,
    type Channel, type CommunicationRule, type Decision, type EscalationPath, type Person,
    type Phase, type Playbook, type Review, type Role, type Rotation, type Severity, type Step, type Team, type Trigger,
} from '../language/generated/ast.js';
import type { RoleHolderReader, RoleHolding } from '../workspace/playbook-role-holding.js';
import { contactModels, optional, partyOf, partyRef, partyRefs, refNames } from './playbook-model-refs.js';
import { businessTime, peopleParts, personExtras, roleExtras } from './playbook-people-models.js';
import { referencedCalendars, rotationModel, timeConditionModel } from '../time/playbook-schedule-of.js';
import { playbookCommunicationRules, playbookSeverities, usedPlans, usedScale } from '../language/playbook-shared.js';
import {
    audienceText, channelExtras, communicationExtras, criterionModel, levelExtras, responseParts, reviewExtras, severityExtras, stepExtras, triggerExtras,
} from './playbook-model-response.js';
import { PLAYBOOK_MODEL_VERSION, type ChannelModel, type CommunicationRuleModel, type EscalationPathModel, type FlowItemModel, type PersonModel, type PhaseModel, type PlaybookModel, type ReviewModel, type RoleModel, type SeverityModel, type TeamModel, type TriggerModel } from '../../../protocol/src/playbook-model-types.js';

/** The definitions a playbook uses, collected once, in first-seen order. */
interface Collected {
    roles: Map<string, Role>;
    people: Map<string, Person>;
    teams: Map<string, Team>;
    rotations: Map<string, Rotation>;
    escalations: Map<string, EscalationPath>;
    channels: Map<string, Channel>;
}

/**
 * Resolves one linked playbook into the plain model the runner and the exports read. Who
 * holds each role comes from `holders`, the one reading of the workspace's assignments
 * (`roleHoldersOf(shared)`). Unresolved references are left out, never guessed.
 */
export function toPlaybookModel(playbook: Playbook, holders: RoleHolderReader): PlaybookModel {
    const collected = collect(playbook, holders);
    const severities = playbookSeverities(playbook);
    const review = playbook.elements.find(isReview);
    return {
        modelVersion: PLAYBOOK_MODEL_VERSION,
        name: playbook.name,
        ...optional('title', playbook.title),
        ...optional('version', playbook.version),
        ...optional('description', playbook.description),
        ...optional('owner', partyRef(playbook.owner)),
        ...optional('reviewed', playbook.reviewed),
        ...optional('reviewEverySeconds', playbook.reviewEvery),
        ...optional('source', documentUri(playbook)),
        roles: [...collected.roles.values()].map(role => roleModel(holders.holding(role, playbook))),
        people: [...collected.people.values()].map(personModel),
        teams: [...collected.teams.values()].map(teamModel),
        rotations: [...collected.rotations.values()].map(rotationModel),
        severities: severities.map(severityModel),
        triggers: playbook.elements.filter(isTrigger).map(triggerModel),
        escalations: [...collected.escalations.values()].map(escalationModel),
        channels: [...collected.channels.values()].map(channelModel),
        communications: communicationModels(playbookCommunicationRules(playbook)),
        phases: playbook.elements.filter(isPhase).map(phaseModel),
        ...optional('review', review ? reviewModel(review) : undefined),
        drills: playbook.elements.filter(isDrill).map(drill => ({
            kind: drill.kind,
            ...optional('title', drill.title),
            ...optional('everySeconds', drill.every),
            ...optional('last', drill.last),
        })),
        ...peopleParts(playbook, [...collected.rotations.values()].map(referencedCalendars)),
        ...responseParts(playbook, (item, owner) => isStep(item) ? stepModel(item, owner) : decisionModel(item as Decision, owner)),
    };
}

function ownDocument(node: AstNode): LangiumDocument | undefined {
    try {
        return AstUtils.getDocument(node);
    } catch {
        return undefined; // a node built outside any document (tests, generators)
    }
}

function documentUri(node: AstNode): string | undefined {
    return ownDocument(node)?.uri.toString();
}

/** Walks from the playbook's own definitions to everything they reference, transitively. */
function collect(playbook: Playbook, holders: RoleHolderReader): Collected {
    const collected: Collected = {
        roles: new Map(), people: new Map(), teams: new Map(), rotations: new Map(), escalations: new Map(), channels: new Map(),
    };
    const queue: AstNode[] = [];
    const visit = (node: AstNode | undefined): void => {
        if (!node) {
            return;
        }
        const map = mapFor(collected, node);
        const name = (node as { name?: string }).name;
        if (map && name !== undefined && !map.has(name)) {
            map.set(name, node);
            queue.push(node);
        }
    };
    playbook.elements.forEach(visit);
    // What the playbook takes from its scale and communication plans counts as written in it.
    const shared = [...usedPlans(playbook).flatMap(plan => plan.rules), ...(usedScale(playbook)?.severities ?? [])];
    for (const node of [...AstUtils.streamAst(playbook), ...shared.flatMap(n => AstUtils.streamAst(n).toArray())]) {
        for (const reference of AstUtils.streamReferences(node)) {
            AstUtils.getReferenceNodes(reference.reference).forEach(visit);
        }
    }
    while (queue.length > 0) {
        const node = queue.shift()!;
        for (const reference of AstUtils.streamAst(node).flatMap(AstUtils.streamReferences)) {
            AstUtils.getReferenceNodes(reference.reference).forEach(visit);
        }
        if (isRole(node)) {
            const holding = holders.holding(node, playbook);
            [...holding.holders, ...holding.backups].forEach(visit);
        }
    }
    return collected;
}

function mapFor(collected: Collected, node: AstNode): Map<string, AstNode> | undefined {
    if (isRole(node)) return collected.roles;
    if (isPerson(node)) return collected.people;
    if (isTeam(node)) return collected.teams;
    if (isRotation(node)) return collected.rotations;
    if (isEscalationPath(node)) return collected.escalations;
    if (isChannel(node)) return collected.channels;
    return undefined;
}

function roleModel(holding: RoleHolding): RoleModel {
    const role = holding.role;
    return {
        name: role.name,
        ...optional('title', role.title),
        ...optional('section', role.section),
        critical: role.critical,
        duties: [...role.duties],
        aliases: [...role.aliases],
        holders: holding.holders.map(partyOf),
        backups: holding.backups.map(partyOf),
        assignedBy: holding.source,
        ...roleExtras(role, holding.conditionalHolders),
    };
}

function personModel(person: Person): PersonModel {
    return {
        name: person.name,
        ...optional('title', person.title),
        ...optional('timezone', person.timezone),
        contacts: contactModels(person.contacts),
        ...personExtras(person),
    };
}

function teamModel(team: Team): TeamModel {
    return {
        name: team.name, ...optional('title', team.title), members: refNames(team.members),
        ...(team.contacts.length > 0 ? { contacts: contactModels(team.contacts) } : {}),
    };
}

function severityModel(severity: Severity, rank: number): SeverityModel {
    return {
        name: severity.name,
        ...optional('title', severity.title),
        ...optional('description', severity.description),
        rank,
        ...optional('respondSeconds', severity.respond),
        ...optional('resolveSeconds', severity.resolve),
        ...optional('businessResolve', businessTime(severity.businessResolve)),
        ...optional('escalation', severity.escalation?.ref?.name),
        ...optional('updateEverySeconds', severity.updateEvery),
        ...optional('coverage', severity.coverage),
        ...severityExtras(severity),
    };
}

function triggerModel(trigger: Trigger): TriggerModel {
    return {
        name: trigger.name,
        ...optional('title', trigger.title),
        ...optional('category', trigger.category),
        ...optional('source', trigger.source),
        ...optional('sourceDetail', trigger.sourceDetail),
        criteria: trigger.criteria.map(criterionModel),
        ...optional('otherwise', trigger.otherwise?.ref?.name),
        activators: partyRefs(trigger.activators),
        automatic: trigger.automatic,
        ...optional('escalation', trigger.escalation?.ref?.name),
        ...triggerExtras(trigger),
    };
}

function escalationModel(path: EscalationPath): EscalationPathModel {
    let at = 0;
    return {
        name: path.name,
        ...optional('title', path.title),
        // A level's delay counts from the previous level, so the times add up.
        levels: path.levels.map(level => {
            const delay = level.delay ?? 0;
            at += delay;
            return { number: level.number, delaySeconds: delay, atSeconds: at, notify: partyRefs(level.targets), ...optional('condition', timeConditionModel(level.condition)), ...levelExtras(level) };
        }),
        repeat: path.repeat ?? 0,
        ...optional('then', path.next?.ref?.name),
    };
}

function channelModel(channel: Channel): ChannelModel {
    return {
        name: channel.name,
        kind: channel.kind,
        address: channel.address,
        ...optional('owner', partyRef(channel.owner)),
        ...optional('backup', channel.backup?.ref?.name),
        standby: channel.standby,
        ...channelExtras(channel),
    };
}

/** Rule ids come from what the rule says, so that they survive edits elsewhere in the file. */
function communicationModels(rules: CommunicationRule[]): CommunicationRuleModel[] {
    const used = new Map<string, number>();
    return rules.map(rule => {
        const channels = refNames(rule.channels);
        const timing = rule.event ? `on-${rule.event}` : rule.every !== undefined ? `every-${rule.every}s` : 'once';
        const base = `${audienceText(rule)}:${channels.join('+')}:${timing}`;
        const count = (used.get(base) ?? 0) + 1;
        used.set(base, count);
        return {
            id: count === 1 ? base : `${base}#${count}`,
            audience: audienceText(rule),
            channels,
            ...optional('everySeconds', rule.every),
            ...optional('event', rule.event),
            severities: refNames(rule.severities),
            ...optional('owner', partyRef(rule.owner)),
            ...optional('template', rule.template),
            ...optional('condition', timeConditionModel(rule.condition)),
            ...communicationExtras(rule),
        };
    });
}

function phaseModel(phase: Phase): PhaseModel {
    return {
        name: phase.name,
        ...optional('title', phase.title),
        items: phase.items.map((item): FlowItemModel => isStep(item) ? stepModel(item, phase) : decisionModel(item as Decision, phase)),
    };
}

function stepModel(step: Step, phase: { name: string }): FlowItemModel {
    return {
        kind: 'step',
        name: step.name,
        ...optional('title', step.title),
        phase: phase.name,
        ...optional('owner', step.owner?.ref?.name),
        ...optional('timeboxSeconds', step.timebox),
        ...optional('businessTimebox', businessTime(step.businessTimebox)),
        after: refNames(step.dependsOn),
        checks: step.checks.map(check => check.text),
        ...stepExtras(step),
    };
}

function decisionModel(decision: Decision, phase: { name: string }): FlowItemModel {
    return {
        kind: 'decision',
        name: decision.name,
        ...optional('question', decision.question),
        phase: phase.name,
        ...optional('owner', decision.owner?.ref?.name),
        ...optional('timeboxSeconds', decision.timebox),
        after: isDecision(decision) ? refNames(decision.dependsOn) : [],
        branches: decision.branches.map(branch => ({
            label: branch.answer ?? branch.label ?? '',
            ...optional('target', branch.target.ref?.name),
        })),
    };
}

function reviewModel(review: Review): ReviewModel {
    return {
        ...optional('title', review.title),
        ...optional('owner', review.owner?.ref?.name),
        ...optional('dueSeconds', review.due),
        ...optional('businessDue', businessTime(review.businessDue)),
        assessments: [...review.assessments],
        followUps: [...review.followUps],
        kpis: [...review.kpis],
        ...reviewExtras(review),
    };
}
