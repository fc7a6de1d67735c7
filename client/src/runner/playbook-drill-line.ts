/** The text edit that records a drill's date on its `drill` line (no VS Code here, so it is tested directly). */

/** The edit of `text` that sets drill `kind`'s last date, or undefined when no such drill line is found. */
export function drillDateEdit(text: string, kind: string, date: string): { offset: number; length: number; insert: string } | undefined {
    const escaped = kind.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const line = new RegExp(`^([ \\t]*drill[ \\t]+${escaped}(?![\\p{L}\\p{N}_-])[^\\n\\r]*)`, 'mu').exec(text);
    if (!line) return undefined;
    const last = /(\blast[ \t]+)(\d{4}-\d{2}-\d{2})/.exec(line[1]!);
    if (last) return { offset: line.index + last.index + last[1]!.length, length: last[2]!.length, insert: date };
    // No `last` yet: add it at the end of the line, before a trailing comment.
    const comment = line[1]!.search(/[ \t]*\/\//);
    const end = comment >= 0 ? comment : line[1]!.replace(/[ \t]+$/, '').length;
    return { offset: line.index + end, length: 0, insert: ` last ${date}` };
}

/** Today in the local zone, as the language writes dates. */
export function today(now = new Date()): string {
    const two = (n: number): string => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}
