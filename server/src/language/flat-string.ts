/**
 * A copy of `text` as one flat string. V8 keeps a string built with `+` as a rope (a 32-byte node
 * per `+`) and a long `substring` as a view of the whole string it came from; a string the tree
 * keeps for as long as the document is open should be neither. Under 13 characters V8 copies on
 * its own; a longer text is joined from two pieces, which V8 writes into one new string.
 */
export function flatString(text: string): string {
    return text.length < 13 ? text.slice() : [text.slice(0, 1), text.slice(1)].join('');
}
