import type { Translation } from '../../../l10n/src/index.js';
import type { responseHoverMessagesSource } from './playbook-hover-messages-response.js';

export const responseHoverMessagesZhTw: Translation<typeof responseHoverMessagesSource> = {
};
