/**
 * The parts of a run that real response plans have beside the flow of steps (issues 13 and 14):
 * roles named during the incident and handed over on relief, severities that only rise,
 * sub-teams, the public status page, child incidents and merged duplicates. Pure: the reducer
 * (playbook-run.ts) applies the events here; the views ask what is due at `now`.
 */
import type { PlaybookModel, RoleModel, SeverityModel } from '../../../protocol/src/playbook-model-types.js';
import type { Millis, RunEvent } from '../../../protocol/src/playbook-run-store.js';
import { reliefStatus, type ReliefStatus } from '../../../server/src/time/relief.js';
import type { RunState, SubTeamState } from './playbook-run-types.js';

type ResponseEvent = Extract<RunEvent, { type: 'role-designated' | 'sub-team-formed' | 'sub-team-disbanded' | 'status-posted' | 'incident-split' | 'incident-merged' }>;

/** Applies one of the events above to a started run; false when it names nothing the playbook has, or repeats what holds. */
export function applyResponseEvent(model: PlaybookModel, state: RunState, event: ResponseEvent): boolean {
    switch (event.type) {
        case 'role-designated': {
            const holder = event.holder.trim();
            if (holder === '' || !model.roles.some(r => r.name === event.role) || currentHolder(state, event.role) === holder) return false;
            (state.designations[event.role] ??= []).push({ holder, at: event.at });
            return true;
        }
        case 'sub-team-formed': {
            const name = event.name.trim();
            if (name === '' || !model.subTeams?.some(t => t.name === event.subTeam) || activeSubTeams(state).some(t => t.name === name)) return false;
            state.subTeams.push({ name, template: event.subTeam, formedAt: event.at, ...(event.leader?.trim() ? { leader: event.leader.trim() } : {}) });
            return true;
        }
        case 'sub-team-disbanded': {
            const team = activeSubTeams(state).find(t => t.name === event.name);
            if (!team) return false;
            team.disbandedAt = event.at;
            return true;
        }
        case 'status-posted':
            if (state.status?.state === event.status) return false;
            state.status = { state: event.status, at: event.at };
            state.occurrences.push({ event: event.status, at: event.at });
            return true;
        case 'incident-split': {
            const name = event.child.trim();
            if (name === '' || state.children.some(c => c.name === name)) return false;
            state.children.push({ name, at: event.at, ...(event.lead?.trim() ? { lead: event.lead.trim() } : {}) });
            return true;
        }
        case 'incident-merged':
            if (state.merged.some(m => m.run === event.duplicate)) return false;
            state.merged.push({ run: event.duplicate, at: event.at });
            return true;
    }
}

/** The holder named during the run for a role, the latest hand-over winning; undefined when nobody was named. */
export function currentHolder(state: RunState, role: string): string | undefined {
    return state.designations[role]?.at(-1)?.holder;
}

/** The sub-teams not disbanded. */
export function activeSubTeams(state: RunState): SubTeamState[] {
    return state.subTeams.filter(t => t.disbandedAt === undefined);
}

/**
 * Whether the severity may change to `severity` now: a level of the playbook, not the current
 * one, and, where the playbook says `severities { only rise }`, not less severe than it.
 */
export function severityChangeAllowed(model: PlaybookModel, state: Pick<RunState, 'severity'>, severity: string): boolean {
    const target = model.severities.find(s => s.name === severity);
    if (!target || severity === state.severity) return false;
    const current = model.severities.find(s => s.name === state.severity);
    return !(model.severityPolicy?.onlyRise && current && target.rank > current.rank);
}

/** The levels the severity may be set to now, most severe first. */
export function allowedSeverities(model: PlaybookModel, state: Pick<RunState, 'severity'>): SeverityModel[] {
    return model.severities.filter(s => severityChangeAllowed(model, state, s.name));
}

/** True when some level is the declarer's to pick (`declared`): the runner asks for it rather than reading a trigger's criteria. */
export function declarerPicks(model: PlaybookModel): boolean {
    return model.severities.some(s => s.declared === true);
}

/**
 * The roles filled during the incident that still need a holder named: designated (by a role,
 * or at the start) or filled by volunteers, not optional, nobody named yet.
 */
export function rolesToDesignate(model: PlaybookModel, state: RunState): RoleModel[] {
    return model.roles.filter(role => role.fill !== undefined && !role.fill.optional && currentHolder(state, role.name) === undefined
        && (role.fill.designatedBy.length > 0 || role.fill.atStart || role.fill.volunteers));
}

/** A role with a relief time, who holds it and since when, and where the relief stands at `now`. */
export interface ReliefDue extends ReliefStatus {
    role: RoleModel;
    /** The holder named during the run, if any (else the playbook's holders hold it since the start). */
    holder?: string;
    since: Millis;
}

/** Every role with `relieve after`: counted from its last hand-over, or from the start. Stopped once the incident is resolved. */
export function reliefs(model: PlaybookModel, state: RunState, now: Millis): ReliefDue[] {
    if (!state.started || state.startedAt === undefined) return [];
    const clock = Math.min(now, state.resolvedAt ?? Infinity, state.closedAt ?? Infinity);
    return model.roles.flatMap(role => {
        if (!role.relief) return [];
        const last = state.designations[role.name]?.at(-1);
        // A run-time role with nobody named yet has nobody to relieve.
        if (!last && role.fill !== undefined && role.fill.defaultFrom === undefined && role.holders.length === 0) return [];
        const since = last?.at ?? state.startedAt!;
        return [{ role, since, ...(last ? { holder: last.holder } : {}), ...reliefStatus(role.relief, since, clock) }];
    });
}

/** A sub-team's time box: due `within` after it formed; met when it was disbanded in time. */
export function subTeamDeadline(model: PlaybookModel, team: SubTeamState): Millis | undefined {
    const template = model.subTeams?.find(t => t.name === team.template);
    return template?.timeboxSeconds !== undefined ? team.formedAt + template.timeboxSeconds * 1000 : undefined;
}

/** The next free name for a sub-team of a template: `forensics`, then `forensics 2`, … */
export function nextSubTeamName(state: RunState, template: string): string {
    const used = new Set(state.subTeams.map(t => t.name));
    if (!used.has(template)) return template;
    let n = 2;
    while (used.has(`${template} ${n}`)) n++;
    return `${template} ${n}`;
}
