import type { Translation } from '../../../l10n/src/index.js';
import type { responseRuleMessagesSource } from './rule-messages-response.js';

export const responseRuleMessagesPl: Translation<typeof responseRuleMessagesSource> = {
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
