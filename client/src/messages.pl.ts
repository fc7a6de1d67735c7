import type { Translation } from '../../l10n/src/index.js';
import type { clientMessagesSource } from './messages.js';

/** The extension's messages in Polish (terms: docs/l10n.md). */
export const clientMessagesPl: Translation<typeof clientMessagesSource> = {
    runnerPanelTitle: 'Przebieg: {playbook}',
    runNoPlaybook: 'Otwórz plik .playbook (albo użyj CodeLens „Uruchom playbook”), aby uruchomić playbook.',
    runServerNotReady: 'Serwer języka playbooków nie działa, więc nie można odczytać playbooka.',
    runModelError: 'Nie można uruchomić playbooka: {message}',
    runStorageProblem: 'Nie udało się odczytać zapisanego przebiegu ({problem}). Odłożono go pod kluczem „{key}” i rozpoczęto nowy magazyn.',
    exportSaved: 'Oś czasu zapisano w {file}.',
    exportFailed: 'Nie udało się zapisać osi czasu w {file}: {message}',
    copied: 'Skopiowano {text}.',
    runMessageRefused: 'Panel przebiegu wysłał komunikat niezgodny z oczekiwaniami rozszerzenia ({problem}); odrzucono go i niczego nie zapisano.',
    runFolderSettingWrong: 'Ustawienie {setting} musi być folderem wewnątrz obszaru roboczego (tekst), a nie {value}; przebiegi są przechowywane w „{folder}”.',
    runStoreFileProblem: 'Nie można użyć pliku przebiegów {file} ({problem}); pozostaje bez zmian, a przebiegi są przechowywane tylko w stanie obszaru roboczego.',
    runRecordWritten: 'Zapis przebiegu zapisano w {file} (obok jest jego JSON).',
    runRecordFailed: 'Nie udało się zapisać zapisu przebiegu: {message}',
    runRecordNoFolder: 'Otwórz folder, aby zapisywać w nim zapisy przebiegów; oś czasu nadal można wyeksportować.',
    drillNotFound: 'Playbook nie ma wiersza „drill {kind}”, w którym można zapisać datę.',
    drillRecorded: 'Ćwiczenie „{kind}” zapisano jako wykonane {date}: przejrzyj zmianę i zapisz playbook.',
    liveUpdateFailed: 'Playbook się zmienił, ale nie udało się go ponownie odczytać ({message}); panel przebiegu zachowuje ostatnią poprawną wersję.',
    samplesNoFolder: 'Najpierw otwórz folder: przykłady są kopiowane do folderu obszaru roboczego.',
    samplesCopied: 'Przykładowe playbooki i pliki organizacji skopiowano do {folder}.',
    samplesAlreadyThere: '{folder} już istnieje, więc niczego nie skopiowano; folder jest otwarty.',
    serverRestartingConfigFile: 'Ponowne uruchamianie serwera języka: zmieniło się ustawienie playbook.configFile.',
    serverRestartingFolders: 'Ponowne uruchamianie serwera języka: zmieniły się foldery obszaru roboczego.',
    serverRestartingTrust: 'Ponowne uruchamianie serwera języka: obszar roboczy jest teraz zaufany, więc obowiązuje ustawienie playbook.configFile.',
    serverRestartingCommand: 'Ponowne uruchamianie serwera języka na żądanie (polecenie Uruchom ponownie serwer języka).',
    serverRestartFailed: 'Nie udało się ponownie uruchomić serwera języka: {message}',
    diagramNoPlaybook: 'Otwórz plik .playbook, aby zobaczyć jego diagram.',
    diagramPanelTitle: 'Diagram: {playbook}',
    diagramModelError: 'Nie można narysować playbooka: {message}',
};
