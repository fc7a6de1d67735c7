import type { LangiumDocument } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { walkOf } from '../workspace/playbook-document-walk.js';

/** One rule id written in a suppression comment, with where it is written. */
export interface SuppressedRule {
    id: string;
    range: Range;
}

/** A `// playbook-disable-next-line <ids> -- reason` or `// playbook-disable-file <ids> -- reason` comment. */
export interface Suppression {
    scope: 'next-line' | 'file';
    rules: SuppressedRule[];
    reason: string;
    /** The whole comment. */
    range: Range;
}

const DIRECTIVE = /^\/\/\s*playbook-disable-(next-line|file)\b/;

/** The suppression comments of a document, read from the comments the parser kept in the syntax tree. */
export function findSuppressions(document: LangiumDocument): Suppression[] {
    const result: Suppression[] = [];
    for (const node of walkOf(document.parseResult.value).comments) {
        const suppression = parseSuppression(node.text, node.range.start.line, node.range.start.character);
        if (suppression) {
            result.push(suppression);
        }
    }
    return result;
}

/** Parses one `//` comment that starts at (line, character); undefined when it is not a suppression. */
export function parseSuppression(text: string, line: number, character: number): Suppression | undefined {
    const directive = DIRECTIVE.exec(text);
    if (!directive) {
        return undefined;
    }
    const separator = text.indexOf('--', directive[0].length);
    const idsEnd = separator >= 0 ? separator : text.length;
    const reason = separator >= 0 ? text.slice(separator + 2).trim() : '';
    const rules: SuppressedRule[] = [];
    const idPattern = /[^\s,]+/g;
    const idsText = text.slice(0, idsEnd);
    idPattern.lastIndex = directive[0].length;
    for (let match = idPattern.exec(idsText); match; match = idPattern.exec(idsText)) {
        const start = character + match.index;
        rules.push({ id: match[0], range: { start: { line, character: start }, end: { line, character: start + match[0].length } } });
    }
    return {
        scope: directive[1] === 'file' ? 'file' : 'next-line',
        rules,
        reason,
        range: { start: { line, character }, end: { line, character: character + text.length } },
    };
}
