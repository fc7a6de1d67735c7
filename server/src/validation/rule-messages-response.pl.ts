import type { Translation } from '../../../l10n/src/index.js';
import type { responseRuleMessagesSource } from './rule-messages-response.js';

export const responseRuleMessagesPl: Translation<typeof responseRuleMessagesSource> = {
    responseRuleTexts: {
        'measure-mismatch': {
            title: 'Niezgodna miara',
            shortDescription: 'Warunek lub tabela poziomów ważności używa miary z wartością złego rodzaju albo wartością spoza jej listy.',
            fullDescription: 'Liczbę porównuje się z liczbami całkowitymi, wartość procentową z procentami (`5%`), czas trwania z czasami (`15m`); miarę z listą wartości porównuje się przez `is` z jej własnymi wartościami i tylko takie miary mogą być wierszami i kolumnami tabeli poziomów ważności.',
        },
        'overlapping-criteria': {
            title: 'Nakładające się warunki',
            shortDescription: 'Dwa warunki jednego wyzwalacza prowadzące do różnych poziomów ważności są spełnione dla jednej wartości albo tabela przypisuje jedną kombinację dwa razy.',
            fullDescription: 'Gdy dwa kryteria jednego wyzwalacza porównują tę samą miarę, prowadzą do różnych poziomów ważności i oba mogą być spełnione dla jednej wartości (`>= 1000` i `<= 1000` są spełnione dla 1000), osoba reagująca nie wie, który poziom obowiązuje. Ustaw granice tak, aby się stykały, nie nakładając się (`> 1000` i `<= 1000`). Zgłaszana jest też tabela poziomów ważności, która przypisuje jedną kombinację dwóm poziomom.',
        },
        'criteria-gap': {
            title: 'Luka w warunkach',
            shortDescription: 'Wartości miar wyzwalacza nie prowadzą do żadnego poziomu ważności, a wyzwalacz nie ma „otherwise”.',
            fullDescription: 'Gdy wszystkie kryteria wyzwalacza porównują miary, a niektóre wartości nie spełniają żadnego z nich (`< 500` i `> 1000` pozostawiają otwarty przedział od 500 do 1000), incydent z tymi wartościami nie ma poziomu. Dodaj dla nich kryterium albo `otherwise <poziom ważności>`. Liczba przyjmuje tylko liczby całkowite, więc `> 1000` i `< 1001` nie pozostawiają luki; wartość procentowa lub czas trwania może być dowolna.',
        },
        'severity-table-gap': {
            title: 'Luka w tabeli poziomów',
            shortDescription: 'Tabela wpływu według pilności zostawia kombinację wartości bez poziomu.',
            fullDescription: 'Tabela poziomów ważności przypisuje poziom każdej kombinacji wartości miary wierszy i wartości miary kolumn; kombinacja bez poziomu pozostawia osobę ogłaszającą incydent bez odpowiedzi.',
        },
        'first-message-exceeds-target': {
            title: 'Pierwsza wiadomość po terminie',
            shortDescription: 'Pierwsza wiadomość zasady komunikacji ma termin późniejszy niż docelowy czas reakcji poziomu ważności, którego dotyczy, choć zasada mówi, że ma go poprzedzać.',
            fullDescription: 'Zasada z `first within <czas> before respond` obiecuje, że pierwsza wiadomość wyjdzie przed docelowym czasem reakcji poziomu ważności; gdy ten czas jest dłuższy niż docelowy czas reakcji poziomu, którego dotyczy zasada, obietnicy nie da się dotrzymać.',
        },
        'unreachable-audience': {
            title: 'Nieosiągalni odbiorcy',
            shortDescription: 'Każdy kanał, przez który informowani są odbiorcy, jest w gotowości lub należy do roli, której nikt nie pełni, podobnie jak ich kanały zapasowe.',
            fullDescription: 'Odbiorcy (lub wskazany adresat) są osiągalni, gdy co najmniej jeden kanał ich zasad komunikacji lub ich kanałów zapasowych działa (nie jest `standby`) i nie należy do roli, której nikt nie pełni. Kanał bez żadnego właściciela zgłasza zamiast tego reguła channel-owner.',
        },
        'comms-gate-unreachable': {
            title: 'Nieosiągalny warunek komunikacji',
            shortDescription: 'Zasada komunikacji czeka na krok, do którego nie prowadzi żadna ścieżka, albo na odpowiedź, której decyzja nie oferuje.',
            fullDescription: 'Zasada warunkowana przez `after <krok>` lub `after <decyzja> is <odpowiedź>` nigdy nie obowiązuje, gdy żadna ścieżka od początku planu nie dochodzi do kroku albo gdy decyzja nie ma gałęzi z tą odpowiedzią; odbiorcy nigdy nie zostaną wtedy poinformowani.',
        },
        'undefined-parameter': {
            title: 'Niezdefiniowany parametr',
            shortDescription: 'Symbol zastępczy \'{\'name\'}\' w tekście nie nazywa żadnego parametru playbooka.',
            fullDescription: 'Tytuły, sprawdzenia, pytania, szablony i teksty podzespołów mogą używać `\'{\'name\'}\'` dla parametru (`param name text`); symbol zastępczy, który nie wskazuje żadnego parametru, trafiłby do osób reagujących tak, jak jest zapisany.',
        },
        'unset-parameter': {
            title: 'Nieustawiony parametr',
            shortDescription: 'Parametr bez wartości domyślnej, którego nie ustawia żaden wyzwalacz i o który runner nie ma pytać.',
            fullDescription: 'Parametr dostaje wartość z `default`, z `set <parametr> to <wartość>` wyzwalacza albo od osoby reagującej przy rozpoczęciu przebiegu (`asked`); bez żadnego z nich jego symbole zastępcze nie mają wartości.',
        },
    },
    responseRuleMessages: {
        measureNotCompared: 'Miara „{measure}” ma listę wartości: porównuj ją przez „is” z jej wartościami, na przykład „{measure} is <wartość>”.',
        measureWrongLiteral: 'Miara „{measure}” to {kind}: porównuj ją z wartością tego rodzaju ({kind}), na przykład „{measure} > {example}”.',
        measureNotAList: 'Miara „{measure}” nie ma listy wartości, więc „is” nie może jej porównać. Użyj „>”, „>=”, „<” lub „<=” albo nadaj mierze wartości („measure {measure} of …”).',
        measureUnknownValue: '„{value}” nie jest wartością miary „{measure}” (jej wartości to {values}).',
        tableMeasureNotAList: 'Tabela poziomów ważności wymaga miar z listami wartości, a „{measure}” jej nie ma. Nadaj jej wartości („measure {measure} of high, medium, low”).',
        overlappingCriteria: 'W wyzwalaczu „{trigger}” warunki „{first}” (poziom ważności {firstSeverity}) i „{second}” (poziom ważności {secondSeverity}) są jednocześnie spełnione dla {value}. Niech granice stykają się bez nakładania, na przykład „> 1000” i „<= 1000”.',
        overlappingTableCell: 'Kombinacja {row}, {column} jest przypisana dwa razy: do {first} i do {second}. Zostaw jeden z dwóch wierszy.',
        criteriaGap: 'Wyzwalacz „{trigger}” nie daje poziomu ważności, gdy {measure} wynosi {value}: żaden warunek tego nie obejmuje i nie ma „otherwise”. Dodaj dla tego warunek lub „otherwise <poziom>”.',
        criteriaGapSeveral: 'Wyzwalacz „{trigger}” nie daje poziomu ważności, gdy {measure} wynosi {value} i żaden z jego innych warunków z miarą nie jest spełniony, a nie ma „otherwise”. Dodaj dla tego warunek lub „otherwise <poziom>”.',
        severityTableGap: 'Tabela {rows} według {columns} nie daje poziomu ważności dla {row}, {column} (kombinacje bez poziomu: {missing}). Dodaj „{row}, {column} then <poziom>”.',
        firstMessageExceedsTarget: 'Pierwsza wiadomość ma termin {first}, później niż docelowy czas reakcji poziomu ważności „{severity}” ({respond}), choć ta zasada mówi, że ma go poprzedzać. Skróć „first within” do {respond} lub mniej.',
        unreachableAudience: 'Nikt nie może dotrzeć do: {audience}: każdy kanał, przez który są informowani ({channels}), jest w gotowości (standby) albo należy do roli, której nikt nie pełni, podobnie jak ich kanały zapasowe. Przypisz rolę właściciela, zdejmij kanał z gotowości albo dodaj działający kanał zapasowy.',
        commsGateUnreachable: 'Ta zasada czeka na „{item}”, do którego nie prowadzi żadna ścieżka od początku planu, więc nigdy nie obowiązuje. Czekaj na krok, który jest osiągany, albo uczyń „{item}” osiągalnym.',
        commsGateNoAnswer: 'Ta zasada czeka, aż decyzja „{item}” otrzyma odpowiedź „{answer}”, ale decyzja nie ma takiej gałęzi, więc zasada nigdy nie obowiązuje. Użyj jednej z odpowiedzi decyzji.',
        commsGateNotADecision: 'Ta zasada czeka na odpowiedź „{item}”, który jest krokiem, a nie decyzją. Usuń „is …” albo czekaj na decyzję.',
        undefinedParameter: '„\'{\'{name}\'}\'” nie nazywa żadnego parametru tego playbooka, więc osoby reagujące przeczytałyby to dosłownie. Zadeklaruj go („param {name} text”) albo popraw pisownię.',
        reviewNoMeeting: '{review} jest wymagany dla niektórych poziomów, ale nie ma terminu spotkania. Dodaj „meeting within <czas>” obok terminu dokumentu.',
        unsetParameter: 'Parametr „{name}” nie ma wartości domyślnej, żaden wyzwalacz go nie ustawia, a runner nie ma o niego pytać. Dodaj „default <wartość>”, „asked” albo „set {name} to <wartość>” w wyzwalaczu.',
    },
    measureKindNames: {
        count: 'liczba całkowita',
        percent: 'procent',
        duration: 'czas trwania',
    },
};
