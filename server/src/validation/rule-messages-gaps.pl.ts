import type { Translation } from '../../../l10n/src/index.js';
import type { gapMessagesSource } from './rule-messages-gaps.js';

export const gapMessagesPl: Translation<typeof gapMessagesSource> = {
    gapRuleTexts: {
        'missing-response-target': {
            title: 'Brak docelowego czasu',
            shortDescription: 'Poziom ważności nie ma docelowego czasu reakcji lub rozwiązania.',
            fullDescription: 'Każdy poziom ważności mówi, jak szybko ktoś musi zareagować (`respond within`) i jak szybko trzeba rozwiązać incydent (`resolve within`); bez tego nikt nie wie, czy reakcja jest spóźniona, a limitów czasu i pierwszych wiadomości nie da się sprawdzić. Obie części można wymagać osobno (opcje `respond` i `resolve`).',
        },
        'escalation-dead-end': {
            title: 'Ślepy zaułek eskalacji',
            shortDescription: 'Ścieżka eskalacji kończy się bez powtórzenia i kontynuacji albo jej ostatni poziom wzywa tylko kogoś już wezwanego.',
            fullDescription: 'Gdy nikt nie odpowie na ostatnim poziomie ścieżki eskalacji, coś musi się jeszcze wydarzyć: ścieżka się powtarza (`repeat 2`) albo przechodzi w inną ścieżkę (`then <ścieżka>`). Ostatni poziom, który powiadamia tylko wezwanych już na wcześniejszych poziomach, nie dodaje nikogo nowego.',
        },
        'review-incomplete': {
            title: 'Niepełny przegląd',
            shortDescription: 'Przegląd poincydentalny nie ma właściciela lub terminu.',
            fullDescription: 'Przegląd poincydentalny odbywa się tylko wtedy, gdy ktoś jest jego właścicielem (`owner <rola>`) i ma on termin (`within 5d`); inaczej po zakończeniu incydentu jest pierwszą rzeczą, z której się rezygnuje.',
        },
        'drill-without-cadence': {
            title: 'Ćwiczenie bez częstotliwości',
            shortDescription: 'Ćwiczenie zapisuje ostatnie przeprowadzenie, ale nie to, jak często się odbywa.',
            fullDescription: 'Ćwiczenie z datą `last`, ale bez `every`, nigdy nie będzie zaległe, więc nic nikomu nie przypomni, by przeprowadzić je ponownie. Podaj, jak często się odbywa, na przykład `every 180d`.',
        },
        'placeholder-text': {
            title: 'Symbol zastępczy',
            shortDescription: 'Tekst wciąż zawiera symbol zastępczy: TODO, TBD, FIXME, XXX, \'{{\'…\'}}\', <…> lub ???.',
            fullDescription: 'Symbole zastępcze pozostawione w playbooku wychodzą na jaw w najgorszym momencie: szablon wysłany klientom z „TBD” w treści, numer telefonu „<number>”. Symbol zastępczy jest ostrzeżeniem w tytułach, szablonach i innych tekstach, a błędem w kontakcie, pod który ktoś spróbuje zadzwonić.',
        },
        'unknown-timezone': {
            title: 'Nieznana strefa czasowa',
            shortDescription: 'Strefa czasowa nie jest strefą IANA (Europe/Warsaw, Asia/Taipei).',
            fullDescription: 'Przekazania dyżuru, kalendarze i ograniczenia są liczone w swojej strefie czasowej, która musi być strefą IANA, aby znane były zmiany czasu letniego. Skróty takie jak ET czy CET nie są strefami: nie mówią, które zasady obowiązują. Przy bliskich pomyłkach pojawia się „czy chodziło o”.',
        },
        'comms-without-owner': {
            title: 'Komunikacja bez właściciela',
            shortDescription: 'Zasada komunikacji nie ma właściciela i żaden z jej kanałów też go nie ma.',
            fullDescription: 'Ktoś musi wysyłać wiadomości, których wymaga zasada komunikacji. Zasada wskazuje tę osobę przez `owner` albo jej kanał ma właściciela, który przez niego wysyła; gdy nie ma żadnego z nich, każdy zakłada, że aktualizację pisze ktoś inny.',
        },
        'dead-end-branch': {
            title: 'Gałąź bez wyjścia',
            shortDescription: 'Przebieg zatrzymuje się po kroku lub gałęzi decyzji przed ostatnią fazą planu: stamtąd nic nie rozwiązuje ani nie zamyka incydentu.',
            fullDescription: 'Po decyzji każda odpowiedź dokądś prowadzi; gdy kroki jednej odpowiedzi się kończą i nic po nich nie następuje (brak `after`, brak `goto`, następny krok należy do innej odpowiedzi), osoby reagujące na tej ścieżce nie mają nic do zrobienia, zanim incydent zostanie rozwiązany lub zamknięty. Kontynuuj gałąź przez `after <krok>` w kroku, który powinien nastąpić, albo zakończ ją w ostatniej fazie.',
        },
        'contact-unverifiable': {
            title: 'Kontakt nie do sprawdzenia',
            shortDescription: 'Numer telefonu nie jest w formacie międzynarodowym, adres e-mail nie jest adresem albo identyfikator czatu lub adres WWW nie może być linkiem.',
            fullDescription: 'Numery telefonów i SMS zapisuje się w formie międzynarodowej (E.164, np. +48 22 555 0100), aby każdy mógł je wybrać z dowolnego miejsca; adresy e-mail muszą być adresami; kontakty czatu to identyfikator (@nazwa, #kanał) lub link https; strony WWW i strony stanu to linki https. Kontakty `app` i `pager` są dowolnymi identyfikatorami i nie są sprawdzane.',
        },
    },
    gapMessages: {
        noRespondTarget: 'Poziom ważności „{severity}” nie ma docelowego czasu reakcji: nikt nie wie, kiedy pierwsza reakcja jest spóźniona. Dodaj „respond within <czas>”, na przykład „respond within 15m”.',
        noResolveTarget: 'Poziom ważności „{severity}” nie ma docelowego czasu rozwiązania: nikt nie wie, kiedy incydent się przeciąga. Dodaj „resolve within <czas>”, na przykład „resolve within 4h”.',
        noTargets: 'Poziom ważności „{severity}” nie ma ani docelowego czasu reakcji, ani rozwiązania. Dodaj „respond within <czas>” i „resolve within <czas>”, na przykład „\'{\' respond within 15m  resolve within 4h \'}\'”.',
        escalationEnds: 'Ścieżka eskalacji „{path}” kończy się po poziomie {level}: jeśli nikt nie odpowie, nic więcej się nie dzieje. Dodaj „repeat <razy>”, aby ponownie wezwać poziomy, albo „then <ścieżka>”, aby przejść do innej ścieżki.',
        escalationSameParty: 'Ostatni poziom ({level}) ścieżki eskalacji „{path}” powiadamia tylko: {parties}, już powiadomionych na wcześniejszym poziomie: eskalacja nikogo nie dodaje. Powiadom kogoś nowego (zastępcę, kierownika) albo kontynuuj przez „then <ścieżka>”.',
        reviewNoOwner: '{review} nie ma właściciela, więc nikt nie dopilnuje, by się odbył. Dodaj „owner <rola>”.',
        reviewNoDue: '{review} nie ma terminu, więc może przesuwać się bez końca. Dodaj „within <czas>”, na przykład „within 5d”.',
        drillNoCadence: 'Ćwiczenie {drill} zapisuje ostatnie przeprowadzenie, ale nie częstotliwość, więc nigdy nie będzie zaległe. Dodaj „every <czas>”, na przykład „every 180d”.',
        placeholder: '„{text}” to symbol zastępczy pozostawiony w tym tekście. Zastąp go prawdziwym tekstem, zanim playbook zostanie użyty.',
        placeholderInContact: '„{text}” to symbol zastępczy pozostawiony w kontakcie: nie da się przez niego z nikim skontaktować. Wpisz prawdziwy numer, adres lub identyfikator.',
        timezoneAbbreviation: '„{text}” to skrót, a nie strefa czasowa: nie mówi, które zasady czasu letniego obowiązują. Wpisz strefę IANA, na przykład {zones}.',
        timezoneNearMiss: '„{text}” nie jest strefą czasową IANA. Czy chodziło o „{zone}”?',
        timezoneUnknown: '„{text}” nie jest strefą czasową IANA. Wpisz strefę, taką jak „Europe/Warsaw”, „Asia/Taipei” lub „America/New_York”.',
        commsNoOwner: 'Nikt nie jest właścicielem: {rule}, a jej kanał {channels} również nie ma właściciela: nie wiadomo, kto ją wyśle. Dodaj „owner <rola lub osoba>” do zasady lub do kanału.',
        deadEnd: 'Przebieg zatrzymuje się po: {item} (osiągnięty z: {from}): nic po nim nie następuje przed ostatnią fazą planu, więc na tej ścieżce nic nie rozwiązuje ani nie zamyka incydentu. Dodaj „after {name}” do kroku, który powinien nastąpić, albo zakończ gałąź decyzją, która przechodzi dalej.',
        deadEndDecision: 'Przebieg zatrzymuje się na: {item}: nie ma odpowiedzi, więc nic po niej nie następuje. Dodaj odpowiedzi, na przykład „yes goto <krok>”.',
        answerFrom: 'odpowiedź „{answer}” decyzji „{decision}”',
        fromStart: 'początek planu',
        phoneNotInternational: '„{value}” nie jest numerem telefonu w formacie międzynarodowym. Zapisz go z kodem kraju, na przykład „+48 22 555 0100”.',
        emailInvalid: '„{value}” nie jest adresem e-mail. Zapisz go jako nazwa@example.com.',
        chatInvalid: '„{value}” nie jest ani identyfikatorem czatu, ani linkiem. Wpisz identyfikator, taki jak „@dana” lub „#incident”, albo link https.',
        urlInvalid: '„{value}” nie jest linkiem https. Wpisz pełny adres, na przykład „https://status.example.com”.',
    },
};
