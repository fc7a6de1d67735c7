/**
 * Playbook text (titles, duties, notes, contact values) shown inside Markdown: in hover and
 * completion documentation, the CLI's Markdown export and the runner's timeline export. One
 * function, so the three agree on what is prose and what is markup.
 */

// Line endings as CommonMark reads them (\r\n, \r, \n), and the Unicode separators some
// renderers also break on. A lone \r matters: it ends a line as surely as \n.
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029]/g;

// Characters that open or close inline constructs anywhere in a line: emphasis (* _ ~),
// code spans (`), links and images ([ ] and the ! before them), raw HTML and autolinks (< >),
// entities (&), table cells (|), a heading's closing #s, and the backslash itself.
const INLINE = /[\\`*_~[\]!<>&|#]/g;

// Constructs that only count at the start of a line (# > * are escaped everywhere already):
// list items (`- `, `+ `, `1. `, `1) `: a marker then a space), thematic breaks and setext
// underlines (a line of only - or =). `+48 600` or `-5%` stay as written.
const LINE_START = /^(\s*)(?:([+=-])(?=\s|[=\s-]*$)|(\d+)(?=[.)](?:\s|$)))/;

/** Prose as Markdown text: shown as written, on one line, never a heading, list, image, link, HTML or table cell. */
export function escapeMarkdown(text: string): string {
    const oneLine = text.replace(LINE_BREAKS, ' ').replace(INLINE, c => `\\${c}`);
    // A leading marker is escaped itself; a leading number is kept and its `.` or `)` escaped.
    return oneLine.replace(LINE_START, (_whole, space: string, marker: string | undefined, digits: string | undefined) =>
        marker !== undefined ? `${space}\\${marker}` : `${space}${digits}\\`);
}
