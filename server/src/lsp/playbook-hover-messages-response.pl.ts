import type { Translation } from '../../../l10n/src/index.js';
import type { responseHoverMessagesSource } from './playbook-hover-messages-response.js';

export const responseHoverMessagesPl: Translation<typeof responseHoverMessagesSource> = {
    responseHoverMessages: {
        measureCount: 'Liczba: liczba całkowita od 0.',
        measurePercent: 'Wartość procentowa od 0.',
        measureDuration: 'Czas trwania od 0.',
        measureValues: 'Jedna z wartości: {values}',
        parameter: 'Parametr typu {type}; teksty używają go jako symbolu zastępczego w nawiasach klamrowych.',
        parameterDefault: 'Domyślnie: {value}',
        parameterAsked: 'Pytanie o wartość przy rozpoczęciu przebiegu.',
        audienceMembers: 'Członkowie: {members}',
        procedure: 'Można ją rozpocząć w dowolnej chwili incydentu; {steps, plural, one {# krok} few {# kroki} many {# kroków} other {# kroku}}.',
        procedureWhen: 'Kiedy: {when}',
        subTeam: 'Podzespół, który menedżer ds. incydentów może tworzyć dowolnie wiele razy; członkowie raportują przez kierującego.',
        subTeamLeader: 'Kierujący: `{leader}`',
        subTeamTask: 'Zadanie: {task}',
        declared: 'Osoba ogłaszająca incydent może wybrać ten poziom przy jego ogłoszeniu.',
        pagingNone: 'Bez wzywania: tylko zgłoszenie, nikt nie jest wzywany.',
        paging: 'Wzywa z pilnością {urgency}.',
        stepDuring: 'Tylko przy {severities}: na innym poziomie nie jest potrzebny, a to, co na niego czeka, idzie dalej.',
    },
};
