/**
 * Messages from the runner webview, checked against protocol/src/playbook-webview-messages.ts
 * before the host acts on them. The webview renders playbook text and could be confused or
 * compromised; a message that is not what the contract says is refused with a reason, and a
 * malformed save never reaches the store.
 */
import type { WebviewMessage } from '../../../protocol/src/playbook-webview-messages.js';
import { say } from '../playbook-runner-strings.js';
import { checkStore } from './playbook-store.js';

/** The message, checked (a save's store field by field, for the given playbook), or why it is refused. */
export function checkWebviewMessage(value: unknown, playbook: string): { message: WebviewMessage } | { error: string } {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: say('checkNotObject') };
    const message = value as Record<string, unknown>;
    const text = (field: string): boolean => typeof message[field] === 'string';
    switch (message.type) {
        case 'ready':
        case 'record':
            return { message: { type: message.type } };
        case 'save': {
            const checked = checkStore(message.store, playbook);
            if ('error' in checked) return { error: say('checkSave', { problem: checked.error }) };
            if (checked.store.storeVersion !== 2) return { error: say('checkSaveVersion') };
            return { message: { type: 'save', store: checked.store } };
        }
        case 'export':
            if ((message.format !== 'markdown' && message.format !== 'json') || !text('fileName') || !text('content')) {
                return { error: say('checkExportShape') };
            }
            if (/[/\\]|^\.\.?$/.test(message.fileName as string)) return { error: say('checkExportPath') };
            return { message: { type: 'export', format: message.format, fileName: message.fileName as string, content: message.content as string } };
        case 'record-drill':
            return text('kind') && message.kind !== '' ? { message: { type: 'record-drill', kind: message.kind as string } } : { error: say('checkDrillKind') };
        case 'copy':
            return text('text') ? { message: { type: 'copy', text: message.text as string } } : { error: say('checkCopyText') };
        default:
            return { error: say('checkUnknownMessage', { type: JSON.stringify(message.type) }) };
    }
}
