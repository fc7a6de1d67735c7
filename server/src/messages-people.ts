import { defineMessages } from '../../l10n/src/index.js';
import { peopleMessagesPl } from './messages-people.pl.js';
import { peopleMessagesZhTw } from './messages-people.zh-TW.js';

export const peopleMessagesSource = {
    /**
     * Hover texts of the constructs of people, roles and time (issue 13), kept beside messages.ts.
     * Whole sentences with named placeholders; names arrive as Markdown code (`name`).
     */
    peopleHoverMessages: {
        designatedBy: 'Filled when the incident starts: to be designated by {roles}.',
        designatedAtStart: 'Filled when the incident starts: designated at the start.',
        volunteers: 'May be filled by volunteers from the response team.',
        optional: 'Optional: the incident may run without it.',
        defaultsTo: 'Held by the holder of {role} unless someone else is named.',
        exactly: 'Held by exactly {count, plural, one {# person} other {# people}} at a time.',
        orMore: 'Held by {count, plural, one {# or more people} other {# or more people}} at a time.',
        upTo: 'Held by up to {count, plural, one {# person} other {# people}} at a time.',
        requires: 'Requires: {qualifications}.',
        excludes: 'The same person must not also hold: {others}.',
        relief: 'The holder is relieved after {after}.',
        reliefWithCheckIn: 'The holder is relieved after {after} and checks in every {every}.',
        owner: 'Owner: {owner}.',
        coversCalendar: 'On call only inside the hours of {calendar}.',
        layer: 'Layer {layer}: {members}.',
        only: 'Only {window}.',
        onlyCalendar: 'Only inside the hours of {calendar}.',
        override: 'Override: `{person}` on call from {start} to {end}.',
        overrideFor: 'Override: `{person}` on call for `{replaced}` from {start} to {end}.',
        handoffDuty: 'At each hand-off: {duty}',
        timezone: 'Time zone: {zone}.',
        hours: 'Open {window}.',
        holidays: '{count, plural, one {# holiday} other {# holidays}}.',
        qualified: 'Qualified: {qualifications}.',
        dayRange: '{first} to {last}',
        everyDay: 'every day',
        windowWithTime: '{days} {start} to {end}',
        /** A playbook severity that replaces the one of the same name in the scale the playbook uses. */
        overridesScaleSeverity: 'Overrides the severity `{name}` of the organisation\'s scale `{scale}` in this playbook.',
        /** A playbook's own channel, escalation path or calendar that hides the organisation's of the same name (issue 13.6). */
        overridesSharedChannel: 'Overrides the organisation\'s channel `{name}` (in {file}) in this playbook.',
        overridesSharedEscalation: 'Overrides the organisation\'s escalation path `{name}` (in {file}) in this playbook.',
        overridesSharedCalendar: 'Overrides the organisation\'s calendar `{name}` (in {file}) in this playbook.',
        /**
         * A playbook's own communication rule for an audience (or named recipient) that a
         * communication plan it uses also addresses: a rule is identified by whom it tells, and the
         * playbook's rules for that audience replace all of the plan's (issue 13.6).
         */
        overridesSharedRules: 'Replaces, in this playbook, {count, plural, one {the rule} other {the # rules}} for `{audience}` of the organisation\'s communication plan `{plan}` (in {file}).',
        listSeparator: ', ',
    },
} as const;

const catalogue = defineMessages('server.messagesPeople', peopleMessagesSource, { 'zh-TW': peopleMessagesZhTw, pl: peopleMessagesPl });

export const peopleHoverMessages = catalogue.peopleHoverMessages;
