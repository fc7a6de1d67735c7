import type { Translation } from '../../../l10n/src/index.js';
import type { gapMessagesSource } from './rule-messages-gaps.js';

export const gapMessagesPl: Translation<typeof gapMessagesSource> = {
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
        answerFrom: 'odpowiedź {answer} decyzji „{decision}”',
        fromStart: 'początek planu',
        phoneNotInternational: '„{value}” nie jest numerem telefonu w formacie międzynarodowym. Zapisz go z kodem kraju, na przykład „+48 22 555 0100”.',
        emailInvalid: '„{value}” nie jest adresem e-mail. Zapisz go jako nazwa@example.com.',
        chatInvalid: '„{value}” nie jest ani identyfikatorem czatu, ani linkiem. Wpisz identyfikator, taki jak „@dana” lub „#incident”, albo link https.',
        urlInvalid: '„{value}” nie jest linkiem https. Wpisz pełny adres, na przykład „https://status.example.com”.',
    },
};
