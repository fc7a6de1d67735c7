import type { Translation } from '../../../l10n/src/index.js';
import type { peopleRuleMessagesSource } from './rule-messages-people.js';

export const peopleRuleMessagesPl: Translation<typeof peopleRuleMessagesSource> = {
    peopleRuleTexts: {
        'rotation-without-owner': {
            title: 'Rotacja bez właściciela',
            shortDescription: 'Rotacja dyżurów nie wskazuje właściciela (lidera), który dba o jej grafik, zamiany i zastępstwa.',
        },
        'override-outside-rotation': {
            title: 'Zastępstwo spoza rotacji',
            shortDescription: 'Zastępstwo stawia na dyżurze lub zastępuje kogoś, kto nie jest członkiem rotacji dyżurów.',
        },
        'calendar-conflict': {
            title: 'Konflikt kalendarzy',
            shortDescription: 'Dwie zależne od czasu zasady dla tej samej rzeczy (przypisania jednej roli, poziomy jednej eskalacji, zasady komunikacji dla jednych odbiorców) obowiązują jednocześnie.',
        },
        'calendar-hole': {
            title: 'Luka w kalendarzu',
            shortDescription: 'Zależne od czasu przypisania roli lub wersje poziomu eskalacji zostawiają godziny, w których żadne nie obowiązuje.',
        },
        'designator-unheld': {
            title: 'Nikt nie pełni roli wyznaczającej',
            shortDescription: 'Rola obsadzana w trakcie incydentu jest wyznaczana przez rolę, której nikt nie pełni.',
        },
        'no-designation-pool': {
            title: 'Brak sposobu obsadzenia',
            shortDescription: 'Rola obsadzana w trakcie incydentu nie ma wyznaczającego, ochotników ani roli domyślnej, więc nic nie mówi, jak zostanie obsadzona.',
        },
        'unqualified-holder': {
            title: 'Osoba bez kwalifikacji',
            shortDescription: 'Osoba pełniąca rolę albo członek zespołu lub rotacji, które ją pełnią, nie ma kwalifikacji wymaganej przez rolę.',
        },
        'exclusive-roles': {
            title: 'Role wykluczające się',
            shortDescription: 'Jedna osoba może zostać poproszona o jednoczesne pełnienie dwóch wykluczających się ról, bezpośrednio lub przez zespoły i rotacje dyżurów.',
        },
        'relief-without-successor': {
            title: 'Zmiana bez następcy',
            shortDescription: 'Rola, która po pewnym czasie zwalnia osobę pełniącą, nie ma komu jej przekazać.',
        },
    },
    peopleRuleMessages: {
        rotationWithoutOwner: 'Rotacja dyżurów „{rotation}” nie ma właściciela, który zatwierdza zamiany i łata luki. Dodaj do niej „owner <osoba lub rola>”.',
        overrideNotMember: 'Zastępstwo stawia na dyżurze: {person}, kto nie jest członkiem rotacji dyżurów „{rotation}”. Dodaj {person} do jej członków albo popraw nazwę.',
        overrideReplacedNotMember: 'Zastępstwo zastępuje: {person}, kto nie jest członkiem rotacji dyżurów „{rotation}”, więc nigdy nie obowiązuje. Popraw nazwę.',
        rotationGap: 'Nikt nie ma dyżuru w rotacji „{rotation}” w czasie: {windows}. Dodaj warstwę lub członków na te godziny albo poszerz jej ograniczenia.',
        severityGap: 'Poziom ważności „{severity}” wymaga reakcji {needs}, ale nikt nie ma dyżuru w rotacji „{rotation}” (powiadamianej przez ścieżkę eskalacji „{path}”) w czasie: {windows}. Pokryj te godziny albo dodaj poziom, który wtedy odpowiada.',
        assignmentConflict: 'Dwa zależne od czasu przypisania roli „{role}” obowiązują jednocześnie w czasie: {windows}. Niech ich kalendarze lub warunki stykają się bez nakładania.',
        levelConflict: 'Dwie wersje poziomu {level} ścieżki eskalacji „{path}” obowiązują jednocześnie w czasie: {windows}. Niech ich kalendarze lub warunki stykają się bez nakładania.',
        communicationConflict: 'Dwie zależne od czasu zasady komunikacji dla: {audience} obowiązują jednocześnie w czasie: {windows}. Niech ich kalendarze lub warunki stykają się bez nakładania.',
        assignmentHole: 'Każde przypisanie roli „{role}” zależy od czasu i żadne nie obowiązuje w czasie: {windows}, więc nikt jej wtedy nie pełni. Dodaj przypisanie bez warunku albo takie na te godziny.',
        levelHole: 'Każda wersja poziomu {level} ścieżki eskalacji „{path}” zależy od czasu i żadna nie obowiązuje w czasie: {windows}. Dodaj wersję bez warunku albo taką na te godziny.',
        designatorUnheld: 'Rolę „{role}” wyznacza „{designator}”, której nikt nie pełni, więc nikt nie wskazuje osoby pełniącej. Przypisz „{designator}” albo wskaż innego wyznaczającego.',
        noDesignationPool: 'Rola „{role}” jest obsadzana w trakcie incydentu, ale nic nie mówi, przez kogo. Dodaj „designated by <rola>”, „volunteers” lub „defaults to <rola>”.',
        unqualifiedHolder: '{through, select, team {Rola „{role}” wymaga „{qualification}”, czego brakuje: {person}, członek zespołu „{group}”, przez który pełni tę rolę. Dodaj „qualified {qualification}” do: {person} albo przypisz rolę komuś z kwalifikacją.} rotation {Rola „{role}” wymaga „{qualification}”, czego brakuje: {person}, członek rotacji dyżurów „{group}”, przez którą pełni tę rolę. Dodaj „qualified {qualification}” do: {person} albo przypisz rolę komuś z kwalifikacją.} other {Rola „{role}” wymaga „{qualification}”, czego brakuje: {person}. Dodaj „qualified {qualification}” do: {person} albo przypisz rolę komuś z kwalifikacją.}}',
        exclusiveDirect: '{person} pełni jednocześnie „{role}” i „{other}”, które się wykluczają. Przypisz jedną z nich komuś innemu.',
        exclusiveWindows: '{person} może zostać poproszony o pełnienie jednocześnie „{role}” i „{other}”, które się wykluczają: w czasie {windows} ma dyżur w obu. Przypisz jedną z nich komuś innemu albo zmień rotacje dyżurów.',
        reliefWithoutSuccessor: 'Rola „{role}” zwalnia osobę pełniącą po {after}, ale nikt nie może jej przejąć. Dodaj zastępcę, więcej członków jej rotacji lub zespołu albo rolę, która ją wyznacza.',
    },
    windowTexts: {
        recurringSameDay: 'co {startDay} {startTime}-{endTime} ({zone})',
        recurring: 'co {startDay} {startTime} do {endDay} {endTime} ({zone})',
        recurringDays: 'co {startDay} {startTime} przez {days, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}} ({zone})',
        once: 'od {startDate} {startTime} do {endDate} {endTime} ({zone})',
        more: '{shown} i {count, plural, one {# kolejne okno} few {# kolejne okna} many {# kolejnych okien} other {# kolejnego okna}}',
        listSeparator: '; ',
        needsAroundTheClock: 'całą dobę',
        needsBusinessHours: 'w godzinach pracy',
        needsCalendar: 'w godzinach kalendarza „{calendar}”',
    },
};
