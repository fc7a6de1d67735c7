import { defineMessages } from '../../../l10n/src/index.js';
import { peopleRuleMessagesPl } from './rule-messages-people.pl.js';
import { peopleRuleMessagesZhTw } from './rule-messages-people.zh-TW.js';

import type { CodeTexts } from '../catalogue/playbook-code-info.js';

export const peopleRuleMessagesSource = {
    /**
     * The texts of the rules about people, roles and time (issue 13): rotations, calendars, roles
     * filled at run time, qualifications, exclusive roles and relief. Kept beside rule-messages.ts,
     * which spreads `peopleRuleTexts` into its `ruleTexts`. Whole sentences with named placeholders.
     */
    peopleRuleTexts: {
        'rotation-without-owner': {
            title: 'Rotation without owner',
            shortDescription: 'A rotation names no owner (leader) who keeps its schedule, swaps and overrides right.',
            fullDescription: 'Someone must own an on-call rotation: approve swaps and holiday overrides, fix gaps, and answer for it in review. Add `owner <person or role>` to the rotation.',
        },
        'override-outside-rotation': {
            title: 'Override outside rotation',
            shortDescription: 'An override puts someone on call, or replaces someone, who is not a member of the rotation.',
            fullDescription: 'An override swaps members of a rotation for a date range. A person who is not a member has not agreed to the rotation\'s duties and is not in its paging setup; a replaced person who is not a member is never on call, so the override does nothing. Add the person to the rotation\'s (or a layer\'s) members, or correct the name.',
        },
        'calendar-conflict': {
            title: 'Calendar conflict',
            shortDescription: 'Two time-dependent rules for the same thing (assignments of one role, levels of one escalation, communication rules for one audience) both apply at the same time.',
            fullDescription: 'Rules that apply only `inside hours of` or `outside hours of` a calendar must not overlap when they decide the same thing: at the overlapping hours the responder cannot tell which one applies. The message names the overlapping windows; change a calendar or a condition so that they meet without overlapping.',
        },
        'calendar-hole': {
            title: 'Calendar hole',
            shortDescription: 'Time-dependent assignments of a role, or time-dependent versions of an escalation level, leave hours in which none applies.',
            fullDescription: 'When every assignment of a role (or every version of an escalation level) applies only inside or outside a calendar\'s hours, together they must cover every hour; in the hours left over nobody holds the role, or the level notifies nobody. The message names the uncovered windows. Add an assignment or level without a condition, or one for the missing hours.',
        },
        'designator-unheld': {
            title: 'Designator unheld',
            shortDescription: 'A role filled at run time is designated by a role that nobody holds.',
            fullDescription: 'A role `designated by` another role is filled when the incident starts by whoever holds the designating role. When nobody holds that role, nobody names the holder. Assign the designating role, or name another designator.',
        },
        'no-designation-pool': {
            title: 'No designation pool',
            shortDescription: 'A role filled at run time has no designator, no volunteers and no default, so nothing says how it is filled.',
            fullDescription: 'A role that is `optional` or `designated at start` is filled during the incident, but somebody must fill it: a role that designates it (`designated by commander`), volunteers from the room (`volunteers`), or another role whose holder takes it unless someone else is named (`defaults to deputy`).',
        },
        'unqualified-holder': {
            title: 'Unqualified holder',
            shortDescription: 'A holder of a role, or a member of a team or rotation that holds it, lacks a qualification the role requires.',
            fullDescription: 'A role that `requires` a qualification may only be held by people who are `qualified` for it; through a team or rotation, every member may be asked to hold it. Train and record the qualification, or assign the role to someone who has it.',
        },
        'exclusive-roles': {
            title: 'Exclusive roles',
            shortDescription: 'One person could be asked to hold two roles that exclude each other at the same time, directly or through teams and rotations.',
            fullDescription: 'A role that `excludes` another role, or being on call in a rotation, must not fall to the same person during one incident ("the commander is not also the technical lead"). Through rotations this is checked for the hours in which the person is on call in both. Assign the roles to different people, or change the rotations so that their turns do not meet.',
        },
        'relief-without-successor': {
            title: 'Relief without successor',
            shortDescription: 'A role that relieves its holder after a time has nobody to hand over to.',
            fullDescription: 'A role with `relieve after` hands over after that time; somebody must take over: a backup, another member of the rotation or team that holds it, another holder, or a role that designates it.',
        },
    },
    /** The diagnostics of those rules. */
    peopleRuleMessages: {
        rotationWithoutOwner: 'Rotation "{rotation}" has no owner to approve swaps and fix gaps. Add "owner <person or role>" to it.',
        overrideNotMember: 'The override puts {person} on call, who is not a member of rotation "{rotation}". Add {person} to its members or correct the name.',
        overrideReplacedNotMember: 'The override replaces {person}, who is not a member of rotation "{rotation}", so it never applies. Correct the name.',
        rotationGap: 'No one is on call in rotation "{rotation}" {windows}. Add a layer or members for those hours, or widen its restrictions.',
        severityGap: 'Severity "{severity}" needs a response {needs}, but no one is on call in rotation "{rotation}" (notified by escalation path "{path}") {windows}. Cover those hours, or add a level that answers then.',
        assignmentConflict: 'Two time-dependent assignments of the role "{role}" both apply {windows}. Make their calendars or conditions meet without overlapping.',
        levelConflict: 'Two versions of level {level} of escalation path "{path}" both apply {windows}. Make their calendars or conditions meet without overlapping.',
        communicationConflict: 'Two time-dependent communication rules for {audience} both apply {windows}. Make their calendars or conditions meet without overlapping.',
        assignmentHole: 'Every assignment of the role "{role}" depends on the time, and none applies {windows}, so nobody holds it then. Add an assignment without a condition, or one for those hours.',
        levelHole: 'Every version of level {level} of escalation path "{path}" depends on the time, and none applies {windows}. Add a version without a condition, or one for those hours.',
        designatorUnheld: 'The role "{role}" is designated by "{designator}", which nobody holds, so nobody names its holder. Assign "{designator}" or name another designator.',
        noDesignationPool: 'The role "{role}" is filled during the incident, but nothing says by whom. Add "designated by <role>", "volunteers" or "defaults to <role>".',
        /** `through` is `team` or `rotation` when the person holds through the group named `group` (then the empty text), else `person`. */
        unqualifiedHolder: '{through, select, team {{person}, who holds the role "{role}" as a member of team "{group}", lacks "{qualification}", which the role requires. Add "qualified {qualification}" to {person} or assign the role to someone qualified.} rotation {{person}, who holds the role "{role}" as a member of rotation "{group}", lacks "{qualification}", which the role requires. Add "qualified {qualification}" to {person} or assign the role to someone qualified.} other {The role "{role}" requires "{qualification}", which {person} lacks. Add "qualified {qualification}" to {person} or assign the role to someone qualified.}}',
        exclusiveDirect: '{person} holds both "{role}" and "{other}", which exclude each other. Assign one of them to someone else.',
        exclusiveWindows: '{person} could be asked to hold both "{role}" and "{other}", which exclude each other: {windows} they are on call for both. Assign one of them to someone else or change the rotations.',
        reliefWithoutSuccessor: 'The role "{role}" relieves its holder after {after}, but nobody can take over. Add a backup, more members to its rotation or team, or a role that designates it.',
    },
    /** How windows of time read inside those messages. */
    windowTexts: {
        /** A weekly pattern. */
        recurringSameDay: 'every {startDay} {startTime}-{endTime} ({zone})',
        /** A weekly pattern that ends on another day. */
        recurring: 'every {startDay} {startTime} to {endDay} {endTime} ({zone})',
        /** A weekly pattern a day or longer. */
        recurringDays: 'every {startDay} {startTime} for {days, plural, one {# day} other {# days}} ({zone})',
        /** A window seen once. */
        once: 'from {startDate} {startTime} to {endDate} {endTime} ({zone})',
        /** The windows shown, and how many more there are. */
        more: '{shown} and {count, plural, one {# more window} other {# more windows}}',
        listSeparator: '; ',
        /** What a severity's `coverage` asks for. */
        needsAroundTheClock: 'around the clock',
        needsBusinessHours: 'in business hours',
        needsCalendar: 'in the hours of calendar "{calendar}"',
    },
} as const;

const catalogue = defineMessages('server.ruleMessagesPeople', peopleRuleMessagesSource, { 'zh-TW': peopleRuleMessagesZhTw, pl: peopleRuleMessagesPl });

export const peopleRuleTexts: Readonly<Record<string, CodeTexts>> = catalogue.peopleRuleTexts;
export const peopleRuleMessages = catalogue.peopleRuleMessages;
export const windowTexts = catalogue.windowTexts;
