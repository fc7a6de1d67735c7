import { defineMessages } from '../../../l10n/src/index.js';
import { responseHoverMessagesPl } from './playbook-hover-messages-response.pl.js';
import { responseHoverMessagesZhTw } from './playbook-hover-messages-response.zh-TW.js';

export const responseHoverMessagesSource = {
    /**
     * Hover lines for the definitions of issue 14 (measures, parameters, audiences, procedures,
     * sub-teams) and the severity semantics; whole lines with named placeholders, as in the
     * hoverMessages of server/src/messages.ts.
     */
    responseHoverMessages: {
        measureCount: 'A count: a whole number from 0.',
        measurePercent: 'A percentage from 0.',
        measureDuration: 'A duration from 0.',
        measureValues: 'One of: {values}',
        parameter: 'Parameter of type {type}; texts use it as a placeholder in braces.',
        parameterDefault: 'Default: {value}',
        parameterAsked: 'Asked for when a run starts.',
        audienceMembers: 'Members: {members}',
        procedure: 'Can be started at any moment of the incident; {steps, plural, one {# step} other {# steps}}.',
        procedureWhen: 'When: {when}',
        subTeam: 'A sub-team the commander may form any number of times; members report through the leader.',
        subTeamLeader: 'Leader: `{leader}`',
        subTeamTask: 'Task: {task}',
        declared: 'The declarer may pick this level when declaring the incident.',
        pagingNone: 'Non-paging: a ticket, nobody is paged.',
        paging: 'Pages with {urgency} urgency.',
        /** A step limited to some severities (`step form-team … during major`). */
        stepDuring: 'Only during {severities}: at another level it is not needed, and what waits for it goes on.',
    },
} as const;

const catalogue = defineMessages('server.hoverMessagesResponse', responseHoverMessagesSource, { 'zh-TW': responseHoverMessagesZhTw, pl: responseHoverMessagesPl });

export const responseHoverMessages = catalogue.responseHoverMessages;
