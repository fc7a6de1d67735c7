import type { Translation } from '../../l10n/src/index.js';
import type { peopleMessagesSource } from './messages-people.js';

export const peopleMessagesZhTw: Translation<typeof peopleMessagesSource> = {
};
