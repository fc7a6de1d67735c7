import { AstUtils, CstUtils, type AstNode, type LangiumDocument } from 'langium';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';

/** One level of indentation, as the formatter writes it. */
export const INDENT = '  ';

/** The AST node whose text lies at the start of a diagnostic's range. */
export function nodeAt(document: LangiumDocument, diagnostic: Diagnostic): AstNode | undefined {
    const root = document.parseResult.value.$cstNode;
    const offset = document.textDocument.offsetAt(diagnostic.range.start);
    return root ? CstUtils.findLeafNodeAtOffset(root, offset)?.astNode : undefined;
}

/** The leading whitespace of a line. */
export function indentOf(document: LangiumDocument, line: number): string {
    const text = document.textDocument.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
    return /^[ \t]*/.exec(text)?.[0] ?? '';
}

/** The indentation of the line a node starts on. */
export function nodeIndent(document: LangiumDocument, node: AstNode): string {
    return indentOf(document, node.$cstNode?.range.start.line ?? 0);
}

/** Inserts whole lines after the last line of `node`, at the node's own indentation plus `extra`. */
export function insertLinesAfter(document: LangiumDocument, node: AstNode, lines: readonly string[], extra = ''): TextEdit {
    const end = node.$cstNode!.range.end;
    const indent = nodeIndent(document, node) + extra;
    const eol = document.textDocument.getText({ start: end, end: { line: end.line + 1, character: 0 } });
    // Insert at the end of the node's last line, so that a trailing comment stays where it is.
    const lineEnd = { line: end.line, character: end.character + eol.replace(/\r?\n$/, '').length };
    return { range: { start: lineEnd, end: lineEnd }, newText: lines.map(l => `\n${indent}${l}`).join('') };
}

/** Inserts whole lines before the line `node` starts on, at that line's indentation. */
export function insertLinesBefore(document: LangiumDocument, node: AstNode, lines: readonly string[]): TextEdit {
    const line = node.$cstNode!.range.start.line;
    const indent = indentOf(document, line);
    const at = { line, character: 0 };
    return { range: { start: at, end: at }, newText: lines.map(l => `${indent}${l}\n`).join('') };
}

/** Deletes the lines a node occupies, including the line break after them. */
export function removeLines(node: AstNode): TextEdit {
    const range = node.$cstNode!.range;
    return { range: { start: { line: range.start.line, character: 0 }, end: { line: range.end.line + 1, character: 0 } }, newText: '' };
}

/** A quick fix for one diagnostic made of edits to one document. */
export function quickFix(title: string, document: LangiumDocument, diagnostic: Diagnostic, edits: TextEdit[], preferred = false): CodeAction {
    return {
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: preferred || undefined,
        edit: { changes: { [document.textDocument.uri]: edits } },
    };
}

/** A quick fix whose edit lies where `node` is written, which may be another file than the diagnostic's (an organisation definition). */
export function quickFixAt(title: string, node: AstNode, diagnostic: Diagnostic, edit: TextEdit, preferred = false): CodeAction {
    return {
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: preferred || undefined,
        edit: { changes: { [AstUtils.getDocument(node).textDocument.uri]: [edit] } },
    };
}
