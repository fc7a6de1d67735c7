/** Escaping for the XML reports (junit, checkstyle). */

/** Escapes text content; characters XML 1.0 forbids are dropped. */
export function text(value: string): string {
    // eslint-disable-next-line no-control-regex
    return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
        .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes an attribute value (double-quoted), keeping line breaks as character references. */
export function attribute(value: string): string {
    return text(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
