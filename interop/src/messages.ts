import { defineMessages } from '../../l10n/src/index.js';
import { interopMessagesPl } from './messages.pl.js';
import { interopMessagesZhTw } from './messages.zh-TW.js';

export const interopMessagesSource = {
    /**
     * Why an imported file is refused; the CLI puts each after the JSON pointer of the place
     * (`importProblem: '{path}: at {where}: {message}'`).
     */
    importErrors: {
        cacaoNotObject: 'expected a JSON object (a CACAO playbook)',
        cacaoNotPlaybook: 'expected "playbook", found {found}',
        cacaoNoWorkflow: 'a CACAO playbook needs a workflow',
        cacaoBadStart: 'names no step of the workflow: {start}',
        cacaoUnknownStep: 'a step names this id, but the workflow has no such step',
        pagerDutyNotObject: 'expected a JSON object with users, teams, schedules and escalation_policies',
        pagerDutyNoLists: 'expected at least one of {lists} (the responses of PagerDuty\'s list endpoints, merged)',
        pagerDutyNotList: 'expected a list',
        pagerDutyNoId: 'expected an object with a string id',
        pagerDutyBadStart: 'expected a date and time',
        pagerDutyBadTurn: 'expected a positive number of seconds',
    },
    /** Texts the importers and exporters write into the files they make, in the active locale. */
    writtenTexts: {
        /** The contact of a person who is reached through PagerDuty's phone app. */
        pagerDutyApp: 'PagerDuty app: {label}',
        /** The iCalendar feed's name, each shift's summary and description. */
        calendarName: '{playbook}: on call',
        shiftSummary: '{person} on call: {rotation}',
        shiftDescription: '{person} answers for {rotation}.',
        /** CACAO: the agent that stands for the whole response team, a parallel step, a decision's variable. */
        respondersAgent: 'Incident response team',
        parallelStep: 'In parallel: {names}',
        answerVariable: 'The answer to: {question}',
        listSeparator: ', ',
    },
} as const;

const catalogue = defineMessages('interop.messages', interopMessagesSource, { 'zh-TW': interopMessagesZhTw, pl: interopMessagesPl });

export const importErrors = catalogue.importErrors;
export const writtenTexts = catalogue.writtenTexts;
