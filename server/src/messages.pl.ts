import type { Translation } from '../../l10n/src/index.js';
import type { serverMessagesSource } from './messages.js';

export const serverMessagesPl: Translation<typeof serverMessagesSource> = {
    messages: {
        unresolvedImport: 'Nie można znaleźć importowanego pliku „{path}”. Sprawdź ścieżkę: jest względna wobec tego pliku.',
        importOutsideWorkspace: 'Importowany plik „{path}” leży poza obszarem roboczym. Przenieś go do obszaru roboczego albo skopiuj to, czego potrzebujesz.',
        invalidDate: '„{text}” nie jest datą kalendarzową. Zapisuj daty jako RRRR-MM-DD, na przykład 2026-10-01.',
    },
    codeTexts: {
        'lexing-error': {
            title: 'Nieoczekiwany znak',
            shortDescription: 'Plik zawiera znak, od którego nie może zaczynać się żadne słowo języka.',
            fullDescription: 'Nazwy składają się z liter, cyfr, „_” i „-”; tekst umieszcza się w "cudzysłowach". Reszta wiersza jest odczytywana tak dobrze, jak się da, ale nic po tym znaku nie jest pewne.',
        },
        'parsing-error': {
            title: 'Błąd składni',
            shortDescription: 'Tekst nie jest zgodny z gramatyką języka: brakuje słowa, jest zbędne lub stoi w złym miejscu.',
            fullDescription: 'Komunikat mówi słowami, czego oczekiwano („poziom ważności po `then`”), a przy częstych pomyłkach, co napisać zamiast tego. Reguły nie są uruchamiane dla bloku, którego nie udało się sparsować.',
        },
        'linking-error': {
            title: 'Niezdefiniowana nazwa',
            shortDescription: 'Nazwa nie odnosi się do niczego zdefiniowanego w tym pliku, jego importach ani plikach organizacji.',
            fullDescription: 'Każde odwołanie (rola, osoba, zespół, rotacja dyżurów, poziom ważności, kanał, ścieżka eskalacji, krok) musi wskazywać definicję. Sprawdź pisownię albo ją zdefiniuj.',
        },
        'unresolved-import': {
            title: 'Nierozwiązany import',
            shortDescription: '`import` wskazuje plik, którego nie ma w obszarze roboczym.',
            fullDescription: 'Ścieżki importu są względne wobec importującego pliku. Definicji brakującego pliku nie można użyć, więc odwołania do nich również są zgłaszane.',
        },
        'import-outside-workspace': {
            title: 'Import spoza obszaru roboczego',
            shortDescription: '`import` wskazuje plik spoza obszaru roboczego.',
            fullDescription: 'Playbook może importować tylko pliki własnego obszaru roboczego, aby jego sprawdzanie nigdy nie czytało innych plików komputera.',
        },
        'invalid-date': {
            title: 'Nieprawidłowa data',
            shortDescription: 'Data ma postać RRRR-MM-DD, ale nie oznacza żadnego dnia kalendarza (2026-02-30).',
            fullDescription: 'Daty (przeglądy, ćwiczenia, przekazania dyżuru) zapisuje się jako RRRR-MM-DD i muszą istnieć w kalendarzu, inaczej reguły oparte na datach nie obliczą, co jest zaległe.',
        },
        'file-too-large': {
            title: 'Plik za duży',
            shortDescription: 'Plik jest większy niż 10 MB, do których czytane są pliki playbooków.',
            fullDescription: 'Większy plik nie jest w ogóle czytany, ani w edytorze, ani w CI, aby jeden plik nie zajmował minut i gigabajtów. Podziel go na mniejsze pliki.',
        },
        'invalid-config': {
            title: 'Nieprawidłowa konfiguracja',
            shortDescription: 'playbook.config.yaml zawiera błąd: niepoprawny YAML, nieznany klucz, regułę lub opcję albo złą wartość.',
            fullDescription: 'CLI kończy się kodem wyjścia 2, a edytor pokazuje problem w pliku konfiguracji, aby literówka w identyfikatorze reguły nigdy po cichu nie zmieniła tego, co jest sprawdzane.',
        },
    },
    tokenDescriptions: {
        ID: 'nazwę',
        STRING: 'tekst w cudzysłowie',
        DURATION: 'czas trwania, taki jak 10m lub 1h30m',
        DATE: 'datę, taką jak 2026-10-01',
        TIME: 'godzinę, taką jak 09:00',
        INT: 'liczbę',
    },
    syntaxMessages: {
        expectedButFound: 'Oczekiwano: {expected}, a znaleziono {found}.',
        expectedOneOfButFound: 'Oczekiwano jednego z: {expected}, a znaleziono {found}.',
        expectedEndButFound: 'Oczekiwano końca pliku, a znaleziono {found}. Czy brakuje klamry „\'}\'” albo jest o jedną za dużo?',
        found: '„{image}”',
        foundEnd: 'koniec pliku',
        unexpectedCharacters: 'Nieoczekiwany znak „{text}”. Nazwy składają się z liter, cyfr, „_” i „-”; tekst umieszcza się w "cudzysłowach".',
        listSeparator: ', ',
        durationRange: '„{text}” to zakres, a czas trwania jest jedną wartością: wybierz jeden czas, na przykład „{first}”.',
        durationNeedsUnit: 'Czas trwania ma dołączoną jednostkę: napisz „{number}m” (albo h, d, w, s). Czas roboczy zapisuje się „{number} business-days” tam, gdzie język na to pozwala.',
        oneOwner: 'Pasuje tu tylko jeden właściciel, a po nim następuje {found}. Aby podzielić pracę, uczyń właścicielem zespół albo daj roli zastępcę przez „assign <rola> to <kto> backup <kto>”.',
        commaNotAnd: 'Używaj przecinka między elementami („alice, bob”), a nie „and”.',
    },
    referenceKinds: {
        Person: 'osoby',
        Team: 'zespołu',
        Rotation: 'rotacji dyżurów',
        Role: 'roli',
        Holder: 'osoby, zespołu ani rotacji dyżurów',
        Party: 'osoby, zespołu, rotacji dyżurów ani roli',
        Severity: 'poziomu ważności',
        EscalationPath: 'ścieżki eskalacji',
        Channel: 'kanału',
        FlowItem: 'kroku ani decyzji',
        Recipient: 'odbiorców, osoby, zespołu, rotacji dyżurów ani roli',
        Measure: 'miary',
        Parameter: 'parametru',
    },
    linkingMessages: {
        undefinedName: 'Nie zdefiniowano tu ani w plikach organizacji {kind} o nazwie „{name}”. Sprawdź pisownię albo ją zdefiniuj.',
    },
    robustnessMessages: {
        documentTooLarge: 'Ten plik ma {megabytes} MB; pliki playbooków są czytane do {limit} MB, więc nie został sprawdzony. Podziel go na mniejsze pliki.',
        tooManySyntaxErrors: 'Ten plik ma tysiące błędów składni z rzędu (na przykład blok otwarty tysiące razy), więc nie został odczytany. Poprawiaj go od góry albo cofnij ostatnie wklejenie.',
    },
    settingsMessages: {
        wrongKind: 'Ustawienie {setting} powinno być: {expected}, a nie: {actual}. Jest pomijane, dopóki nie zostanie poprawione, i używana jest jego wartość domyślna.',
        kinds: { string: 'tekst', boolean: 'true lub false', number: 'liczba', array: 'lista', object: 'obiekt', null: 'puste' },
    },
};
