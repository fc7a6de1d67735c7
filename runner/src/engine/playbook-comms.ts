/** Communication during a run: which updates are due when, and which event prompts wait for a "sent". */
import type { CommunicationRuleModel, PlaybookModel } from '../../../protocol/src/playbook-model-types.js';
import { escalationStatus } from './playbook-escalation.js';
import type { Millis } from '../../../protocol/src/playbook-run-store.js';
import type { RunState } from './playbook-run-types.js';

/** The id under which the severity's own `updates every` cadence is marked as sent. */
export const SEVERITY_CADENCE_ID = 'severity-updates';

export interface CommsDue {
    /** The rule id, or SEVERITY_CADENCE_ID. */
    id: string;
    rule?: CommunicationRuleModel;
    /** `cadence`: every N; `event`: prompted by an event; `once`: neither, so once at the start. */
    kind: 'cadence' | 'event' | 'once';
    /** When the next update is (or was) due; absent for an event rule whose event has not happened. */
    dueAt?: Millis;
    /** True when the update is due now or overdue and not sent since. */
    due: boolean;
    /** True for a cadence (or once) rule after the incident was resolved: its clock has stopped. */
    stopped?: boolean;
    /** Set while a gated rule waits for its gate: the step or answer (`exposed is yes`), or a condition in words the runner cannot judge. */
    waitingFor?: string;
    lastSent?: Millis;
    everySeconds?: number;
}

/** The rules that apply to the current severity: those with no `during`, or naming it. */
export function applicableRules(model: PlaybookModel, severity: string | undefined): CommunicationRuleModel[] {
    return model.communications.filter(rule => rule.severities.length === 0 || (severity !== undefined && rule.severities.includes(severity)));
}

/**
 * What is due at `now`. A cadence counts from the later of the last "sent" and the moment the
 * rule began to apply (the start or the last severity change); "sent" restarts the count.
 * An event rule is due from the latest occurrence of its event until sent after it; escalation
 * occurrences are the levels after the first that have fired.
 */
export function commsStatus(model: PlaybookModel, state: RunState, now: Millis): CommsDue[] {
    if (!state.started || state.severitySince === undefined) {
        return [];
    }
    const since = state.severitySince;
    const occurrences = [...state.occurrences];
    const escalation = escalationStatus(model, state, now);
    for (const firing of escalation.schedule) {
        const at = state.escalationSince! + firing.offset;
        if (firing.offset > 0 && at <= Math.min(now, escalation.acknowledgedAt ?? now)) {
            occurrences.push({ event: 'escalation', at });
        }
    }
    const result: CommsDue[] = applicableRules(model, state.severity).map(rule => {
        const lastSent = state.sent[rule.id];
        const sentPart = lastSent !== undefined ? { lastSent } : {};
        const opened = gateOpenedAt(rule, state);
        if (opened === undefined) {
            // A gated rule applies once its gate holds; a condition in words is for people to judge.
            const waitingFor = rule.gate ? `${rule.gate.item}${rule.gate.answer !== undefined ? ` is ${rule.gate.answer}` : ''}` : rule.gateCondition ?? comparisonText(rule.gateComparison);
            return { id: rule.id, rule, kind: rule.everySeconds !== undefined ? 'cadence' : rule.event ? 'event' : 'once', due: false, waitingFor, ...sentPart };
        }
        const applies = Math.max(since, opened);
        const first = rule.firstWithinSeconds !== undefined ? applies + rule.firstWithinSeconds * 1000 : undefined;
        if (rule.event) {
            const latest = occurrences.filter(o => o.event === rule.event).map(o => o.at).sort((a, b) => a - b).at(-1);
            const due = latest !== undefined && (lastSent === undefined || lastSent < latest);
            return { id: rule.id, rule, kind: 'event', ...(latest !== undefined ? { dueAt: latest } : {}), due, ...sentPart };
        }
        if (state.resolvedAt !== undefined) {
            return { id: rule.id, rule, kind: rule.everySeconds !== undefined ? 'cadence' : 'once', due: false, stopped: true, ...sentPart };
        }
        if (rule.everySeconds !== undefined) {
            // `first within`: the first message is due that long after the rule applies; then the cadence.
            // A cadence in stages (`every 20m for 2h then every 1h`): the stage is the one the last message fell in.
            const every = stageEvery(rule, Math.max(0, (lastSent ?? applies) - applies));
            const next = first !== undefined && lastSent === undefined ? { dueAt: first, due: now >= first } : cadence(applies, lastSent, every, now);
            return { id: rule.id, rule, kind: 'cadence', everySeconds: every, ...next, ...sentPart };
        }
        const dueAt = first ?? applies;
        return { id: rule.id, rule, kind: 'once', dueAt, due: lastSent === undefined && now >= dueAt, ...sentPart };
    });
    const severity = model.severities.find(s => s.name === state.severity);
    if (severity?.updateEverySeconds !== undefined && state.resolvedAt === undefined) {
        const lastSent = state.sent[SEVERITY_CADENCE_ID];
        result.push({
            id: SEVERITY_CADENCE_ID, kind: 'cadence', everySeconds: severity.updateEverySeconds,
            ...cadence(since, lastSent, severity.updateEverySeconds, now), ...(lastSent !== undefined ? { lastSent } : {}),
        });
    }
    return result;
}

/**
 * When a rule began to apply as far as its gate goes: at once without a gate; when the gate's
 * step was done or its decision answered so; never (undefined) before that, or when the gate is
 * a condition in words (`when data-class is special`) the runner cannot judge.
 */
function gateOpenedAt(rule: CommunicationRuleModel, state: RunState): Millis | undefined {
    if (rule.gateCondition !== undefined || rule.gateComparison !== undefined) return undefined;
    if (!rule.gate) return state.startedAt ?? 0;
    const item = state.items[rule.gate.item];
    if (!item || item.actedAt === undefined) return undefined;
    if (rule.gate.answer !== undefined) return item.branch === rule.gate.answer ? item.actedAt : undefined;
    return item.status === 'done' || item.branch !== undefined ? item.actedAt : undefined;
}

/** A measure's comparison as written: `data-class is special`, `users-affected > 1000`. */
function comparisonText(comparison: CommunicationRuleModel['gateComparison']): string {
    if (!comparison) return '';
    return comparison.values ? `${comparison.measure} is ${comparison.values.join(', ')}` : `${comparison.measure} ${comparison.operator ?? ''} ${comparison.amount ?? ''}`.trim();
}

/** The interval of a staged cadence `elapsed` milliseconds after the rule began to apply; the last stage has no end. */
export function stageEvery(rule: CommunicationRuleModel, elapsed: Millis): number {
    let end = 0;
    for (const stage of rule.cadence ?? []) {
        if (stage.forSeconds === undefined) return stage.everySeconds;
        end += stage.forSeconds * 1000;
        if (elapsed < end) return stage.everySeconds;
    }
    return rule.cadence?.at(-1)?.everySeconds ?? rule.everySeconds!;
}

function cadence(since: Millis, lastSent: Millis | undefined, everySeconds: number, now: Millis): { dueAt: Millis; due: boolean } {
    const base = Math.max(since, lastSent ?? since);
    const dueAt = base + everySeconds * 1000;
    return { dueAt, due: now >= dueAt };
}
