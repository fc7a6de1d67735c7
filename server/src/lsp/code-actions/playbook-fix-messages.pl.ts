import type { Translation } from '../../../../l10n/src/index.js';
import type { fixMessagesSource } from './playbook-fix-messages.js';

export const fixMessagesPl: Translation<typeof fixMessagesSource> = {
    chooseHolder: 'Wybierz, kto pełni rolę „{role}”…',
    chooseHolderPlaceholder: 'Przypisz rolę „{role}” do…',
    holderDescription: '{kind}: {title}',
    fixAllOfKind: 'Popraw wszystkie problemy „{code}” w tym pliku',
    fixAll: 'Popraw wszystkie automatycznie poprawialne problemy playbooka',
};
