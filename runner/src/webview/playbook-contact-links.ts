/** Contact links: only `tel:`, `mailto:` and `https:`; anything else is shown as text to copy. */
import { EMAIL_ADDRESS, httpsUrl } from '../../../protocol/src/playbook-contact-forms.js';
import type { ContactModel } from '../../../protocol/src/playbook-model-types.js';

/** A safe link for a contact, or undefined when the value is not a phone number, an address or an https URL. */
export function contactHref(contact: ContactModel): string | undefined {
    const value = contact.value.trim();
    if (contact.kind === 'phone' || contact.kind === 'sms') {
        const digits = value.replace(/[\s().-]/g, '');
        return /^\+?\d{3,20}$/.test(digits) ? `tel:${digits}` : undefined;
    }
    if (contact.kind === 'email') {
        return EMAIL_ADDRESS.test(value) ? `mailto:${value}` : undefined;
    }
    return httpsUrl(value);
}
