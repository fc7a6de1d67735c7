import type { Translation } from '../../../../l10n/src/index.js';
import type { fixMessagesSource } from './playbook-fix-messages.js';

export const fixMessagesPl: Translation<typeof fixMessagesSource> = {
    chooseHolder: 'Wybierz, kto pełni rolę „{role}”…',
    chooseHolderPlaceholder: 'Przypisz rolę „{role}” do…',
    holderDescription: '{kind}: {title}',
    fixAllOfKind: 'Popraw wszystkie problemy „{code}” w tym pliku',
    fixAll: 'Popraw wszystkie automatycznie poprawialne problemy playbooka',
    addClause: 'Dodaj „{clause}”',
    addTwoClauses: 'Dodaj „{first}” i „{second}”',
    addOwner: 'Ustaw „{owner}” jako właściciela',
    continueInto: 'Przejdź do ścieżki eskalacji „{path}”, gdy nikt nie odpowiada',
    useValue: 'Zmień na „{value}”',
    addBackup: 'Ustaw „{backup}” jako zastępcę dla „{role}”',
    addChannelBackup: 'Gdy „{channel}” nie działa, użyj „{backup}”',
    addMember: 'Dodaj „{person}” do członków dyżuru „{rotation}”',
    removeReplaced: 'Usuń „for {person}” (zastępca przejmuje pierwszą warstwę)',
    addQualification: 'Zapisz, że „{person}” ma kwalifikację „{qualification}”',
};
