import type { Translation } from '../../../l10n/src/index.js';
import type { peopleRuleMessagesSource } from './rule-messages-people.js';

export const peopleRuleMessagesPl: Translation<typeof peopleRuleMessagesSource> = {
    peopleRuleTexts: {
        'rotation-without-owner': {
            title: 'Rotacja bez właściciela',
            shortDescription: 'Rotacja dyżurów nie wskazuje właściciela (lidera), który dba o jej grafik, zamiany i zastępstwa.',
            fullDescription: 'Rotacja dyżurów musi mieć właściciela: kogoś, kto zatwierdza zamiany i zastępstwa w święta, uzupełnia luki i odpowiada za nią w przeglądzie. Dodaj do rotacji `owner <osoba lub rola>`.',
        },
        'override-outside-rotation': {
            title: 'Zastępstwo spoza rotacji',
            shortDescription: 'Zastępstwo stawia na dyżurze lub zastępuje kogoś, kto nie jest członkiem rotacji dyżurów.',
            fullDescription: 'Zastępstwo zamienia członków rotacji na dany okres. Osoba, która nie jest członkiem, nie zgodziła się na obowiązki rotacji i nie ma jej w ustawieniach wzywania; zastępowana osoba, która nie jest członkiem, nigdy nie ma dyżuru, więc zastępstwo nic nie zmienia. Dodaj osobę do członków rotacji (lub warstwy) albo popraw nazwę.',
        },
        'calendar-conflict': {
            title: 'Konflikt kalendarzy',
            shortDescription: 'Dwie zależne od czasu zasady dla tej samej rzeczy (przypisania jednej roli, poziomy jednej eskalacji, zasady komunikacji dla jednych odbiorców) obowiązują jednocześnie.',
            fullDescription: 'Zasady obowiązujące tylko `inside hours of` lub `outside hours of` kalendarza nie mogą się nakładać, gdy rozstrzygają o tym samym: w godzinach nakładania się osoba reagująca nie wie, która obowiązuje. Komunikat podaje nakładające się okna; zmień kalendarz lub warunek tak, aby się stykały, nie nakładając się.',
        },
        'calendar-hole': {
            title: 'Luka w kalendarzu',
            shortDescription: 'Zależne od czasu przypisania roli lub wersje poziomu eskalacji zostawiają godziny, w których żadne nie obowiązuje.',
            fullDescription: 'Gdy każde przypisanie roli (albo każda wersja poziomu eskalacji) obowiązuje tylko w godzinach kalendarza lub poza nimi, razem muszą pokrywać każdą godzinę; w pozostałych godzinach nikt nie pełni roli albo poziom nikogo nie powiadamia. Komunikat podaje niepokryte okna. Dodaj przypisanie lub poziom bez warunku albo dla brakujących godzin.',
        },
        'designator-unheld': {
            title: 'Nikt nie pełni roli wyznaczającej',
            shortDescription: 'Rola obsadzana w trakcie incydentu jest wyznaczana przez rolę, której nikt nie pełni.',
            fullDescription: 'Rolę `designated by` inną rolą obsadza na początku incydentu osoba pełniąca rolę wyznaczającą. Gdy nikt jej nie pełni, nikt nie wskazuje osoby pełniącej rolę. Przypisz rolę wyznaczającą albo wskaż innego wyznaczającego.',
        },
        'no-designation-pool': {
            title: 'Brak sposobu obsadzenia',
            shortDescription: 'Rola obsadzana w trakcie incydentu nie ma wyznaczającego, ochotników ani roli domyślnej, więc nic nie mówi, jak zostanie obsadzona.',
            fullDescription: 'Rola `optional` lub `designated at start` jest obsadzana w trakcie incydentu, ale ktoś musi ją obsadzić: rola, która ją wyznacza (`designated by commander`), ochotnicy z sali (`volunteers`) albo inna rola, której osoba pełniąca przejmuje ją, jeśli nie wskazano nikogo innego (`defaults to deputy`).',
        },
        'unqualified-holder': {
            title: 'Osoba bez kwalifikacji',
            shortDescription: 'Osoba pełniąca rolę albo członek zespołu lub rotacji, które ją pełnią, nie ma kwalifikacji wymaganej przez rolę.',
            fullDescription: 'Rolę, która `requires` kwalifikacji, mogą pełnić tylko osoby mające tę kwalifikację (`qualified`); przez zespół lub rotację o jej pełnienie może zostać poproszony każdy członek. Przeszkol i zapisz kwalifikację albo przypisz rolę komuś, kto ją ma.',
        },
        'exclusive-roles': {
            title: 'Role wykluczające się',
            shortDescription: 'Jedna osoba może zostać poproszona o jednoczesne pełnienie dwóch wykluczających się ról, bezpośrednio lub przez zespoły i rotacje dyżurów.',
            fullDescription: 'Rola, która `excludes` inną rolę (lub dyżur w rotacji), nie może przypaść tej samej osobie w jednym incydencie („menedżer ds. incydentów nie jest zarazem liderem technicznym”). W przypadku rotacji sprawdza się godziny, w których osoba ma dyżur w obu. Przypisz role różnym osobom albo zmień rotacje tak, aby ich dyżury się nie spotykały.',
        },
        'relief-without-successor': {
            title: 'Zmiana bez następcy',
            shortDescription: 'Rola, która po pewnym czasie zwalnia osobę pełniącą, nie ma komu jej przekazać.',
            fullDescription: 'Rola z `relieve after` jest przekazywana po tym czasie; ktoś musi ją przejąć: zastępca, inny członek rotacji lub zespołu, który ją pełni, inna osoba pełniąca rolę albo rola, która ją wyznacza.',
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
