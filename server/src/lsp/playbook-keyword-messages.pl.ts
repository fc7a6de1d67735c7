import type { Translation } from '../../../l10n/src/index.js';
import type { keywordMessagesSource } from './playbook-keyword-messages.js';

export const keywordMessagesPl: Translation<typeof keywordMessagesSource> = {
};
