import type { Translation } from '../../l10n/src/index.js';
import type { cliMessagesSource } from './messages.js';

export const cliMessagesPl: Translation<typeof cliMessagesSource> = {
    messages: {
        usage: `Użycie: playbook <polecenie> [opcje]

Sprawdza, formatuje i eksportuje playbooki reagowania na incydenty (pliki *.playbook).

Polecenia:
  check [ścieżki|glob...]  Sprawdza pliki playbooków (domyślna ścieżka to bieżący katalog)
  fmt [ścieżki...]         Przepisuje pliki playbooków w kanonicznym układzie
  export FILE              Zapisuje playbook jako json, yaml, markdown, samodzielny runner html, CACAO 2.0 lub diagramy Mermaid
  import FORMAT FILE       Zamienia playbook CACAO 2.0 lub eksport z PagerDuty w plik playbooka
  rules                    Wypisuje każdą regułę z jej domyślnym poziomem i linkiem do dokumentacji
  simulate FILE            Uruchamia playbook bez ekranu według skryptu zdarzeń i sprawdza oczekiwania

Opcje:
  -h, --help               Pokazuje tę pomoc, a po poleceniu pomoc polecenia
  -v, --version            Pokazuje wersję
      --locale LOCALE      Pisze komunikaty w en, zh-TW lub pl (każde polecenie; domyślnie
                           pierwsza ustawiona spośród LC_ALL, LC_MESSAGES i LANG, inaczej en)

Kody wyjścia: 0 bez problemów, 1 znaleziono problemy, 2 błędy użycia lub danych wejściowych.
Uruchom „playbook <polecenie> --help”, aby zobaczyć opcje polecenia.`,
        checkUsage: `Użycie: playbook check [ścieżki|glob...] [opcje]

Sprawdza pliki *.playbook i importowane przez nie pliki, połączone w jeden obszar roboczy.
Katalogi są przeszukiwane rekurencyjnie (z pominięciem node_modules i .git); globy są
rozwijane. Wzorce ignore z konfiguracji dotyczą tego, co znajdzie wyszukiwanie; plik lub
katalog podany tutaj jest sprawdzany zawsze.

Opcje:
  -f, --format NAME        stylish (domyślnie), compact, json, sarif, github, junit, gitlab
                           lub checkstyle; powtórz, aby zapisać kilka raportów naraz
  -o, --output FILE        Zapisuje raport do FILE zamiast na standardowe wyjście
      --output-file FORMAT=FILE  Zapisuje raport w tym formacie do FILE (można powtarzać)
      --max-warnings N     Kończy z kodem 1, gdy ostrzeżeń jest więcej niż N
      --rule ID=LEVEL      Ustawia regułę na off, hint, info, warning lub error (można powtarzać)
  -c, --config FILE        Używa tego pliku konfiguracji dla każdego pliku zamiast
                           najbliższego mu playbook.config.yaml
      --stdin              Sprawdza tekst ze standardowego wejścia zamiast plików
      --stdin-filename PATH  Ścieżka, którą ten tekst reprezentuje (jego importy,
                           konfiguracja i nazwa w raporcie; domyślnie <stdin> w tym katalogu)
      --print-config FILE  Wypisuje jako JSON, co dotyczy FILE (katalog główny obszaru
                           roboczego, plik konfiguracji, poziomy reguł, wzorce ignore),
                           i niczego nie sprawdza
  -q, --quiet              Zgłasza tylko błędy
      --color, --no-color  Wymusza włączenie lub wyłączenie kolorów (domyślnie włączone
                           przy zapisie do terminala, gdy NO_COLOR nie jest ustawione)
  -h, --help               Pokazuje tę pomoc

Kody wyjścia: 0 bez problemów, 1 błędy (lub więcej ostrzeżeń niż --max-warnings), 2 błędy
użycia, konfiguracji lub danych wejściowych. Decyduje najgorszy wynik.`,
        fmtUsage: `Użycie: playbook fmt [ścieżki|glob...] [opcje]

Przepisuje pliki *.playbook w kanonicznym układzie, tak jak „Formatuj dokument” w edytorze.
Pliki z błędami składni pozostają bez zmian i są zgłaszane (kod wyjścia 1).

Opcje:
      --check              Niczego nie zmienia; wypisuje pliki, które by się zmieniły,
                           i kończy z kodem 1, jeśli są takie
      --stdin              Formatuje standardowe wejście na standardowe wyjście (filtr dla
                           edytorów); przy błędach składni kończy z kodem 1 i nic nie zapisuje
  -c, --config FILE        Używa tego pliku konfiguracji (dla jego wzorców ignore)
  -h, --help               Pokazuje tę pomoc`,
        exportUsage: `Użycie: playbook export FILE --format json|yaml|markdown|html|cacao|mermaid|ics [opcje]

Zapisuje rozwiązany model jednego playbooka (role z osobami pełniącymi i zastępcami, poziomy
ważności, wyzwalacze, osie czasu eskalacji, kanały, zasady komunikacji, kroki) dla innych
narzędzi, jako czytelny dokument, jako samodzielny runner krok po kroku, jako playbook
CACAO 2.0, jako diagramy Mermaid (przebieg kroków i każda ścieżka eskalacji) albo jako kanał
iCalendar z tym, kto ma dyżur (jedno wydarzenie na zmianę). Plik z błędami jest odrzucany.
Zobacz docs/interop.md.

Opcje:
  -f, --format NAME        json, yaml, markdown, html, cacao, mermaid lub ics (wymagane)
  -o, --output FILE        Zapisuje do FILE zamiast na standardowe wyjście
      --playbook NAME      Playbook do eksportu, gdy plik zawiera kilka
      --from YYYY-MM-DD    ics: pierwszy dzień kanału, od 00:00 UTC (domyślnie: dziś)
      --weeks N            ics: ile tygodni obejmuje kanał, od 1 do 104 (domyślnie: 4)
      --rotation NAME      ics: tylko ta rotacja (domyślnie: każda rotacja playbooka)
  -h, --help               Pokazuje tę pomoc`,
        importUsage: `Użycie: playbook import cacao|pagerduty FILE [opcje]

cacao: zamienia playbook CACAO 2.0 (JSON) w tekst playbooka: jego przepływ pracy w kroki
i decyzje, jego agentów w role (osobę fizyczną także w osobę pełniącą rolę), limity czasu
w limity czasu kroków. Playbook wyeksportowany przez „playbook export --format cacao”
wraca w całości.
pagerduty: zamienia eksport z PagerDuty (users, teams, schedules i escalation_policies jego
REST API, scalone w jeden obiekt JSON) w plik organizacji: osoby z metodami kontaktu,
zespoły, rotacje z warstwami, ograniczeniami i zastępstwami, ścieżki eskalacji.
Uruchom „playbook check” na wyniku: zgłosi to, czego źródło nie mówi. Zobacz docs/interop.md.

Opcje:
  -o, --output FILE        Zapisuje do FILE zamiast na standardowe wyjście
  -h, --help               Pokazuje tę pomoc`,
        importNeedsFormatAndFile: '„playbook import” wymaga formatu i jednego pliku, jak w „playbook import cacao playbook.json”.',
        importNotJson: '{path}: to nie jest JSON: {reason}',
        importProblem: '{path}: w {where}: {message}',
        importedFrom: `Zaimportowano z {format} ({source}) przez playbook import {version}.
Sprawdź wynik przez „playbook check”: zgłosi to, czego źródło nie mówi.`,
        simulateUsage: `Użycie: playbook simulate FILE --events SCRIPT.yaml [opcje]

Uruchamia jeden playbook na silniku runnera, bez ekranu, według skryptu zdarzeń w czasie
(start, done, skip, answer, acknowledge, severity, note, resolve) i sprawdza oczekiwania
skryptu (ready, not-ready, state, paged, due). Zobacz docs/simulate.md.

Opcje:
      --events FILE        Skrypt (YAML; wymagany)
      --playbook NAME      Playbook do uruchomienia, gdy plik zawiera kilka
  -f, --format NAME        markdown (domyślnie) lub json
  -h, --help               Pokazuje tę pomoc

Kody wyjścia: 0 każde oczekiwanie spełnione, 1 jedno niespełnione (każde opisane słowami),
2 błędny skrypt (z wierszem i kolumną), playbook z błędami lub błąd użycia.`,
        rulesUsage: `Użycie: playbook rules [opcje]

Wypisuje każdą regułę: jej identyfikator, domyślny poziom, jednowierszowy opis i link do
dokumentacji.

Opcje:
  -f, --format NAME        text (domyślnie), json lub markdown (docs/rules/README.md)
  -h, --help               Pokazuje tę pomoc`,

        unknownCommand: 'Nieznane polecenie „{command}”. Uruchom „playbook --help”, aby zobaczyć listę poleceń.',
        unknownCommandHint: 'Nieznane polecenie „{command}”. Czy chodziło o „{suggestion}”? Uruchom „playbook --help”, aby zobaczyć listę poleceń.',
        unknownOption: 'Nieznana opcja „{option}”. Uruchom „playbook {command} --help”, aby zobaczyć opcje.',
        unknownOptionHint: 'Nieznana opcja „{option}”. Czy chodziło o „{suggestion}”? Uruchom „playbook {command} --help”, aby zobaczyć opcje.',
        unknownProgramOption: 'Nieznana opcja „{option}”. Uruchom „playbook --help”, aby zobaczyć polecenia i opcje.',
        unknownProgramOptionHint: 'Nieznana opcja „{option}”. Czy chodziło o „{suggestion}”? Uruchom „playbook --help”, aby zobaczyć polecenia i opcje.',
        missingValue: 'Opcja „{option}” wymaga wartości, jak w „{option} WARTOŚĆ”.',
        unexpectedValue: 'Opcja „{option}” nie przyjmuje wartości.',
        badChoice: '„{value}” nie jest poprawną wartością dla {option}. Użyj jednej z: {choices}.',
        badChoiceHint: '„{value}” nie jest poprawną wartością dla {option}. Czy chodziło o „{suggestion}”? Użyj jednej z: {choices}.',
        badCount: '{option} wymaga liczby całkowitej 0 lub większej, a nie „{value}”.',
        badRuleOption: '--rule wymaga ID=LEVEL, jak w „--rule unassigned-role=warning”, a nie „{value}”. Poziomy: off, hint, info, warning, error.',
        unknownRule: 'Nie ma reguły „{id}”. Uruchom „playbook rules”, aby zobaczyć listę.',
        unknownRuleHint: 'Nie ma reguły „{id}”. Czy chodziło o „{suggestion}”? Uruchom „playbook rules”, aby zobaczyć listę.',
        unexpectedArgument: '„playbook {command}” nie przyjmuje argumentu „{argument}”. Uruchom „playbook {command} --help”, aby zobaczyć sposób użycia.',
        exportNeedsFile: '„playbook export” wymaga dokładnie jednego pliku playbooka, jak w „playbook export service-outage.playbook --format markdown”.',
        simulateNeedsFile: '„playbook simulate” wymaga dokładnie jednego pliku playbooka, jak w „playbook simulate service-outage.playbook --events service-outage.simulate.yaml”.',
        simulateNeedsEvents: '„playbook simulate” wymaga --events SCRIPT.yaml: skryptu zdarzeń i oczekiwań do uruchomienia.',
        simulateScriptProblem: '{path}:{line}:{column} błąd {message}',
        simulateFailure: '{path}:{line} oczekiwanie niespełnione: {message}',
        exportNeedsFormat: '„playbook export” wymaga --format json, yaml, markdown, html, cacao, mermaid lub ics.',
        exportOptionNeedsIcs: '{option} dotyczy tylko --format ics.',
        exportBadFrom: '--from wymaga daty zapisanej jako YYYY-MM-DD, a nie „{value}”.',
        exportBadWeeks: '--weeks wymaga liczby całkowitej tygodni od 1 do 104, a nie „{value}”.',
        exportUnknownRotation: '--rotation {name}: playbook nie ma takiej rotacji (jego rotacje: {names}).',
        exportNoRotation: 'Playbook {playbook} nie wskazuje żadnej rotacji, więc nie ma kalendarza dyżurów do zapisania.',

        pathNotFound: '{path}: nie ma takiego pliku ani katalogu',
        noPlaybooks: '{path}: nie znaleziono plików *.playbook',
        noMatches: '{pattern}: żaden plik *.playbook nie pasuje do tego wzorca',
        allIgnored: '{path}: {count, plural, one {jedyny znaleziony tu plik *.playbook jest ignorowany przez konfigurację} few {wszystkie # znalezione tu pliki *.playbook są ignorowane przez konfigurację} many {wszystkie # znalezionych tu plików *.playbook jest ignorowanych przez konfigurację} other {wszystkie # znalezionego tu pliku *.playbook są ignorowane przez konfigurację}}; podaj plik lub katalog, aby mimo to go sprawdzić',
        unreadable: '{path}: nie można odczytać pliku ({reason})',
        binaryFile: '{path}: to plik binarny, a nie playbook',
        notUtf8: '{path}: plik nie jest poprawnym UTF-8; zapisz go jako UTF-8',
        tooLarge: '{path}: plik jest większy niż {megabytes} MB; podziel go na kilka playbooków',
        specialFile: {
            fifo: '{path}: to FIFO (potok nazwany), a nie plik; odczytywane są tylko zwykłe pliki',
            device: '{path}: to urządzenie, a nie plik; odczytywane są tylko zwykłe pliki',
            socket: '{path}: to gniazdo, a nie plik; odczytywane są tylko zwykłe pliki',
            other: '{path}: to nie jest zwykły plik; odczytywane są tylko zwykłe pliki',
        },
        importNotPlaybook: 'Importowany plik „{path}” nie jest playbookiem: importować można tylko pliki o nazwach *.playbook.',
        importUnreadable: 'Nie można odczytać importowanego pliku „{path}”. {problem}',
        configNotFound: '{path}: plik konfiguracji nie istnieje',
        cannotWrite: '{path}: nie można zapisać pliku ({reason})',
        badOutputFile: '--output-file wymaga FORMAT=FILE, jak w „--output-file sarif=playbook.sarif”, a nie „{value}”.',
        outputFileUnknownFormat: '--output-file wskazuje format „{format}”, którego to uruchomienie nie zapisuje ({formats}). Dodaj --format {format}, aby go zapisać.',
        reportsShareOutput: 'Dwa raporty trafiłyby do {output}; wszystkie oprócz jednego skieruj gdzie indziej przez --output-file FORMAT=FILE.',
        reportsShareStdout: 'Dwa raporty trafiłyby na standardowe wyjście; wszystkie oprócz jednego skieruj gdzie indziej przez --output-file FORMAT=FILE.',
        stdinWithPaths: '„playbook {command} --stdin” czyta tylko standardowe wejście; nie podawaj ścieżek albo pomiń --stdin.',
        stdinCannotFormat: 'Standardowe wejście ma błędy składni, więc nic nie zapisano; uruchom na nim „playbook check --stdin”, aby je zobaczyć.',
        stdinFilenameAlone: '--stdin-filename określa, co reprezentuje standardowe wejście: używaj go z --stdin.',
        outputIsInput: '{path}: to jeden z odczytywanych plików; raport by go nadpisał. Podaj inny plik --output.',
        stdoutFailed: 'playbook: nie można pisać na standardowe wyjście ({reason})',
        fileErrors: {
            EACCES: 'brak uprawnień',
            EPERM: 'operacja niedozwolona',
            EISDIR: 'to katalog',
            ELOOP: 'zbyt wiele dowiązań symbolicznych albo dowiązanie wskazujące na siebie',
            ENOENT: 'nie ma takiego pliku ani katalogu',
            EMFILE: 'zbyt wiele otwartych plików',
            EIO: 'błąd wejścia/wyjścia',
            ENOSPC: 'brak miejsca na urządzeniu',
            EDQUOT: 'przydział dyskowy został wyczerpany',
            EROFS: 'system plików jest tylko do odczytu',
            EFBIG: 'plik jest zbyt duży dla systemu plików',
        },

        summary: '{errors, plural, one {# błąd} few {# błędy} many {# błędów} other {# błędu}}, {warnings, plural, one {# ostrzeżenie} few {# ostrzeżenia} many {# ostrzeżeń} other {# ostrzeżenia}} w {files, plural, one {# pliku} few {# plikach} many {# plikach} other {# pliku}}',
        tooManyWarnings: 'Za dużo ostrzeżeń: {warnings, number}, a --max-warnings pozwala na {max, number}.',
        junitSuiteName: 'playbook check',
        junitInputProblem: 'Nie udało się sprawdzić pliku.',
        sarifToolName: 'playbook',
        sarifToolFullName: 'Linter Incident Playbooks',

        wouldReformat: '{path}: zostałby przeformatowany',
        reformatted: '{path}: przeformatowano',
        cannotFormat: '{path}: ma błędy składni, pozostawiono bez zmian; uruchom „playbook check {path}”, aby je zobaczyć',

        exportNoPlaybook: '{path}: plik nie zawiera playbooka do eksportu',
        exportSeveralPlaybooks: '{path}: plik zawiera kilka playbooków ({names}); wybierz jeden przez --playbook NAME',
        exportUnknownPlaybook: '{path}: w tym pliku nie ma playbooka „{name}”; zawiera: {names}',
        exportHasErrors: '{path}: playbook ma {errors, plural, one {# błąd} few {# błędy} many {# błędów} other {# błędu}}; uruchom „playbook check {path}” i popraw je przed eksportem',

        markdown: {
            title: '# {title} (`{name}`)',
            owner: '- **Właściciel:** {owner}',
            version: '- **Wersja:** {version}',
            reviewed: '- **Ostatni przegląd:** {date}',
            reviewedEvery: '- **Ostatni przegląd:** {date}, przegląd co {every}',
            party: '{kind, select, role {{name} (rola)} person {{name} (osoba)} team {{name} (zespół)} rotation {{name} (rotacja)} other {{name}}}',
            none: '—',
            yes: 'tak',
            no: 'nie',
            rolesHeading: '## Role',
            rolesHeader: ['Rola', 'Nazwa', 'Sekcja', 'Krytyczna', 'Pełnią', 'Zastępcy', 'Przypisana w'],
            assignedBy: { playbook: 'tym playbooku', organisation: 'organizacji', none: 'nigdzie' },
            dutiesOf: 'Obowiązki roli `{role}`:',
            severitiesHeading: '## Poziomy ważności',
            severitiesHeader: ['Poziom ważności', 'Nazwa', 'Reakcja w ciągu', 'Rozwiązanie w ciągu', 'Eskalacja', 'Aktualizacje co', 'Pokrycie'],
            triggersHeading: '## Wyzwalacze',
            triggerHeading: '### {title} (`{name}`)',
            category: '- **Kategoria:** {category}',
            source: '- **Źródło:** {source}',
            sourceDetail: '- **Źródło:** {source}, {detail}',
            criterion: '- **Gdy** {condition}, **to** {severity}',
            otherwise: '- **W pozostałych przypadkach:** {severity}',
            activatedBy: '- **Aktywować mogą:** {parties}',
            activatedAutomatically: '- **Aktywuje się automatycznie** przez sam alert.',
            triggerEscalation: '- **Eskalacja:** {path}',
            escalationsHeading: '## Ścieżki eskalacji',
            escalationHeading: '### {title} (`{name}`)',
            escalationHeader: ['Poziom', 'Po', 'Od początku', 'Powiadom'],
            escalationRepeat: '{times, plural, one {Po pierwszym przejściu poziomy są powtarzane jeszcze # raz.} few {Po pierwszym przejściu poziomy są powtarzane jeszcze # razy.} many {Po pierwszym przejściu poziomy są powtarzane jeszcze # razy.} other {Po pierwszym przejściu poziomy są powtarzane jeszcze # razy.}}',
            escalationThen: 'Gdy się wyczerpią, eskalacja przechodzi w `{path}`.',
            channelsHeading: '## Kanały',
            channelsHeader: ['Kanał', 'Rodzaj', 'Adres', 'Właściciel', 'Kanał zapasowy', 'Tylko w gotowości'],
            communicationsHeading: '## Plan komunikacji',
            communicationsHeader: ['Odbiorcy', 'Kanał', 'Kiedy', 'Poziomy ważności', 'Właściciel', 'Szablon', 'Zatwierdza'],
            every: 'co {duration}',
            onEvent: 'przy {event}',
            allSeverities: 'wszystkie',
            stepsHeading: '## Kroki',
            phaseHeading: '### {title} (`{name}`)',
            step: '**{title}** (`{name}`)',
            decision: '**Decyzja: {question}** (`{name}`)',
            stepOwner: 'właściciel {owner}',
            stepWithin: 'limit czasu {duration}',
            stepAfter: 'po {names}',
            check: '- [ ] {text}',
            branch: '- {label} → `{target}`',
            reviewHeading: '## Przegląd poincydentalny',
            reviewTitle: '**{title}**',
            reviewOwner: '- **Właściciel:** {owner}',
            reviewDue: '- **Termin:** w ciągu {duration}',
            assess: '- **Ocena:** {text}',
            followUp: '- **Działanie następcze:** {text}',
            kpi: '- **KPI:** {text}',
            drillsHeading: '## Ćwiczenia',
            drillsHeader: ['Rodzaj', 'Nazwa', 'Co', 'Ostatnio'],
            contactsHeading: '## Osoby, zespoły i rotacje',
            peopleHeader: ['Osoba', 'Imię i nazwisko', 'Strefa czasowa', 'Kontakty'],
            contact: '{kind} {value}',
            teamsHeader: ['Zespół', 'Nazwa', 'Członkowie'],
            rotationsHeader: ['Rotacja', 'Nazwa', 'Członkowie', 'Przekazanie dyżuru', 'Pokrycie'],
            handoffEvery: 'co {duration}',
            handoffOn: 'dzień: {day}',
            handoffAt: 'o {time}',
            handoffZone: '({timezone})',
            handoffFrom: 'od {date}',
            listSeparator: ', ',
            clauseSeparator: ' · ',
            generated: '<!-- Wygenerowane przez playbook export {version}; edytuj zamiast tego plik .playbook. -->',
        },

        rulesHeader: { id: 'reguła', severity: 'domyślnie', description: 'opis' },
    },
};
