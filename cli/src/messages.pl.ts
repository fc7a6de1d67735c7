import type { Translation } from '../../l10n/src/index.js';
import type { cliMessagesSource } from './messages.js';

export const cliMessagesPl: Translation<typeof cliMessagesSource> = {
    messages: {
        unknownCommand: 'Nieznane polecenie „{command}”. Uruchom „playbook --help”, aby zobaczyć listę poleceń.',
        unknownCommandHint: 'Nieznane polecenie „{command}”. Czy chodziło o „{suggestion}”? Uruchom „playbook --help”, aby zobaczyć listę poleceń.',
        unknownOption: 'Nieznana opcja „{option}”. Uruchom „playbook {command} --help”, aby zobaczyć opcje.',
        unknownOptionHint: 'Nieznana opcja „{option}”. Czy chodziło o „{suggestion}”? Uruchom „playbook {command} --help”, aby zobaczyć opcje.',
        missingValue: 'Opcja „{option}” wymaga wartości, jak w „{option} WARTOŚĆ”.',
        unexpectedValue: 'Opcja „{option}” nie przyjmuje wartości.',
        badChoice: '„{value}” nie jest poprawną wartością dla {option}. Użyj jednej z: {choices}.',
        badChoiceHint: '„{value}” nie jest poprawną wartością dla {option}. Czy chodziło o „{suggestion}”? Użyj jednej z: {choices}.',
        pathNotFound: '{path}: nie ma takiego pliku ani katalogu',
        noPlaybooks: '{path}: nie znaleziono plików *.playbook',
        noMatches: '{pattern}: żaden plik *.playbook nie pasuje do tego wzorca',
        unreadable: '{path}: nie można odczytać pliku ({reason})',
        configNotFound: '{path}: plik konfiguracji nie istnieje',
        summary: '{errors, plural, one {# błąd} few {# błędy} many {# błędów} other {# błędu}}, {warnings, plural, one {# ostrzeżenie} few {# ostrzeżenia} many {# ostrzeżeń} other {# ostrzeżenia}} w {files, plural, one {# pliku} few {# plikach} many {# plikach} other {# pliku}}',
        tooManyWarnings: 'Za dużo ostrzeżeń: {warnings}, a --max-warnings pozwala na {max}.',
        junitInputProblem: 'Nie udało się sprawdzić pliku.',
        sarifToolFullName: 'Linter Incident Playbooks',
        wouldReformat: '{path}: zostałby przeformatowany',
        reformatted: '{path}: przeformatowano',
        cannotFormat: '{path}: ma błędy składni, pozostawiono bez zmian; uruchom „playbook check {path}”, aby je zobaczyć',
    },
};
