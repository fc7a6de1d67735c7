import type { ValidationAcceptor } from 'langium';
import type { Document } from './generated/ast.js';
import { robustnessMessages } from '../messages.js';

/**
 * The largest text the language reads, the same as the CLI's file limit (10 MiB), so that the
 * editor and CI agree. A larger text is not tokenised at all (see PlaybookLexer): no playbook
 * is that long.
 */
export const MAX_DOCUMENT_CHARACTERS = 10 * 1024 * 1024;

/** The diagnostic code of a text over the limit. */
export const DOCUMENT_TOO_LARGE = 'file-too-large';

/** Reports, on the first line, a text too large to be read. */
export function checkDocumentSize(root: Document, accept: ValidationAcceptor): void {
    const text = root.$document?.textDocument.getText() ?? '';
    if (text.length <= MAX_DOCUMENT_CHARACTERS) {
        return;
    }
    const firstLine = /^[^\r\n]{0,200}/.exec(text)?.[0] ?? '';
    accept('error', robustnessMessages.documentTooLarge({
        megabytes: (text.length / 1024 / 1024).toFixed(1),
        limit: MAX_DOCUMENT_CHARACTERS / 1024 / 1024,
    }), {
        node: root,
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: firstLine.length } },
        code: DOCUMENT_TOO_LARGE,
    });
}
