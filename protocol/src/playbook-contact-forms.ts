/**
 * What a contact's value must look like to be a link: read by the validator (contact-unverifiable
 * says when a value cannot be one) and by the runner (which links only such values). One home, so
 * that what the validator accepts is exactly what the runner can open.
 */

/** An email address: something, `@`, a domain with a dot; none of the characters that would break a `mailto:` link or pass for a path. */
export const EMAIL_ADDRESS = /^[^\s@<>"':/?#]+@[^\s@<>"':/?#]+\.[^\s@<>"':/?#]+$/;

/**
 * The WHATWG URL class, which every runtime of the project has (Node, browsers, the webview);
 * declared here because the floor's type check has neither Node's types nor the DOM's.
 */
declare const URL: new (value: string) => { readonly protocol: string; readonly hostname: string; readonly href: string };

/** The value as a normalised URL when it is an https URL with a host, else undefined. */
export function httpsUrl(value: string): string | undefined {
    try {
        const url = new URL(value.trim());
        return url.protocol === 'https:' && url.hostname !== '' ? url.href : undefined;
    } catch {
        return undefined;
    }
}
