/**
 * The runner model's parts for roles filled at run time, qualifications, exclusions, relief,
 * severity- and time-dependent holders, role merges and business time (issue 13). playbook-model.ts
 * spreads them into its role, person and playbook models.
 */
import {
    isCalendar, isRoleMerge,
    type BusinessTime, type Calendar, type Person, type Playbook, type Role,
} from '../language/generated/ast.js';
import type { ConditionalHolders } from '../workspace/playbook-role-holding.js';
import type { ConditionalHoldingModel, PersonModel, PlaybookModel, RoleModel } from '../../../protocol/src/playbook-model-types.js';
import type { BusinessTimeModel, CalendarModel } from '../../../protocol/src/playbook-time-model.js';
import { isFilledAtRunTime } from '../language/playbook-run-time-roles.js';
import { calendarModel, referencedCalendars, timeConditionModel } from '../time/playbook-schedule-of.js';
import { optional, partyOf, partyRefs, refNames } from './playbook-model-refs.js';

/** What a role says about how it is filled, how many hold it, what it requires and excludes, and relief. */
export function roleExtras(role: Role, conditionalHolders: readonly ConditionalHolders[]): Partial<RoleModel> {
    const c = role.cardinality;
    // Who holds the role during some severities or hours: read from the one holding reading.
    const conditional = conditionalHolders.map((h): ConditionalHoldingModel => ({
        holders: h.holders.map(partyOf),
        backups: h.backups.map(partyOf),
        severities: h.severities.map(s => s.name),
        ...optional('condition', timeConditionModel(h.condition)),
    }));
    return {
        ...optional('fill', isFilledAtRunTime(role) ? {
            designatedBy: refNames(role.designators),
            atStart: role.atStart,
            volunteers: role.volunteers,
            optional: role.optional,
            ...optional('defaultFrom', role.defaultFrom?.ref?.name),
        } : undefined),
        ...optional('cardinality', c ? (c.max !== undefined ? { min: 0, max: c.max } : c.orMore ? { min: c.min ?? 1 } : { min: c.min ?? 1, max: c.min ?? 1 }) : undefined),
        ...optional('requires', role.requires.length > 0 ? refNames(role.requires) : undefined),
        ...optional('excludes', role.excludes.length > 0 ? partyRefs(role.excludes) : undefined),
        ...optional('relief', role.reliefAfter !== undefined ? { afterSeconds: role.reliefAfter, ...optional('checkInEverySeconds', role.checkInEvery) } : undefined),
        ...optional('conditionalHolders', conditional.length > 0 ? conditional : undefined),
    };
}

export function personExtras(person: Person): Partial<PersonModel> {
    return optional('qualifications', person.qualifications.length > 0 ? refNames(person.qualifications) : undefined);
}

export function businessTime(time: BusinessTime | undefined): BusinessTimeModel | undefined {
    return time && time.amount !== undefined && time.unit ? { amount: time.amount, unit: time.unit } : undefined;
}

/** The playbook-wide parts: every calendar it refers to, its business calendar and its role merges. */
export function peopleParts(playbook: Playbook, rotationCalendars: ReadonlyArray<Map<string, Calendar>>): Partial<PlaybookModel> {
    const calendars = new Map<string, CalendarModel>();
    for (const map of [referencedCalendars(playbook), ...rotationCalendars]) {
        for (const [name, calendar] of map) {
            if (!calendars.has(name)) calendars.set(name, calendarModel(calendar));
        }
    }
    const business = playbook.uses.map(u => u.ref).find(isCalendar);
    const merges = playbook.elements.filter(isRoleMerge).filter(m => m.target?.ref).map(m => ({
        roles: refNames(m.roles), into: m.target.ref!.name, severities: refNames(m.severities),
    }));
    return {
        ...optional('calendars', calendars.size > 0 ? [...calendars.values()] : undefined),
        ...optional('businessCalendar', business?.name),
        ...optional('merges', merges.length > 0 ? merges : undefined),
    };
}
