import type { Translation } from '../../l10n/src/index.js';
import type { peopleMessagesSource } from './messages-people.js';

export const peopleMessagesPl: Translation<typeof peopleMessagesSource> = {
};
