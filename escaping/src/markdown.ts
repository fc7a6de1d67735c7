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
// list items (- + and `1.` / `1)`), thematic breaks and setext underlines (= -).
const LINE_START = /^(\s*)([+=-]|\d+(?=[.)]))/;

/** Prose as Markdown text: shown as written, on one line, never a heading, list, image, link, HTML or table cell. */
export function escapeMarkdown(text: string): string {
    const oneLine = text.replace(LINE_BREAKS, ' ').replace(INLINE, c => `\\${c}`);
    // A leading number is kept and its `.` or `)` escaped; a leading marker is escaped itself.
    return oneLine.replace(LINE_START, (_whole, space: string, marker: string) =>
        /^\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`);
}
