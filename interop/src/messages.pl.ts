import type { Translation } from '../../l10n/src/index.js';
import type { interopMessagesSource } from './messages.js';

export const interopMessagesPl: Translation<typeof interopMessagesSource> = {
    importErrors: {
        cacaoNotObject: 'oczekiwano obiektu JSON (playbooka CACAO)',
        cacaoNotPlaybook: 'oczekiwano „playbook”, a jest {found}',
        cacaoNoWorkflow: 'playbook CACAO wymaga przepływu pracy (workflow)',
        cacaoBadStart: 'nie wskazuje żadnego kroku przepływu pracy: {start}',
        cacaoUnknownStep: 'krok wskazuje ten identyfikator, ale przepływ pracy nie ma takiego kroku',
        pagerDutyNotObject: 'oczekiwano obiektu JSON z users, teams, schedules i escalation_policies',
        pagerDutyNoLists: 'oczekiwano co najmniej jednego z: {lists} (odpowiedzi list z API PagerDuty, scalone)',
        pagerDutyNotList: 'oczekiwano listy',
        pagerDutyNoId: 'oczekiwano obiektu z identyfikatorem tekstowym (id)',
        pagerDutyBadStart: 'oczekiwano daty i godziny',
        pagerDutyBadTurn: 'oczekiwano dodatniej liczby sekund',
    },
    writtenTexts: {
        pagerDutyApp: 'aplikacja PagerDuty: {label}',
        calendarName: '{playbook}: dyżury',
        shiftSummary: '{person} na dyżurze: {rotation}',
        shiftDescription: '{person} odpowiada za: {rotation}.',
        respondersAgent: 'Zespół reagowania na incydenty',
        parallelStep: 'Równolegle: {names}',
        answerVariable: 'Odpowiedź na pytanie: {question}',
        listSeparator: ', ',
    },
};
