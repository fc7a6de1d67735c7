import { AstUtils, GrammarUtils, type AstNode, type IndexManager, type LangiumDocument } from 'langium';
import type { TextEdit } from 'vscode-languageserver';
import { isPlaybook, isRole, type Role } from '../../language/generated/ast.js';
import { isIncidentCommander } from '../../validation/playbook-critical-roles.js';
import { INDENT, nodeIndent } from './playbook-edit-helpers.js';

/**
 * Adds a clause to a definition whose clauses go in a block (`role x { … }`, `severity s { … }`,
 * `rotation r { … }`): on a new line above a `}` that stands on its own line, before the `}` of a
 * one-line block, or in a new block when the definition has none yet. Several clauses: one line each.
 */
export function addBlockClause(document: LangiumDocument, node: AstNode, clauses: string | readonly string[]): TextEdit {
    const list = typeof clauses === 'string' ? [clauses] : clauses;
    const cst = node.$cstNode!;
    const indent = nodeIndent(document, node);
    const close = GrammarUtils.findNodesForKeyword(cst, '}').at(-1);
    if (!close) {
        const end = cst.range.end;
        return { range: { start: end, end }, newText: ` {\n${list.map(c => `${indent}${INDENT}${c}\n`).join('')}${indent}}` };
    }
    const at = close.range.start;
    const before = document.textDocument.getText({ start: { line: at.line, character: 0 }, end: at });
    if (before.trim() === '') {
        const lineStart = { line: at.line, character: 0 };
        return { range: { start: lineStart, end: lineStart }, newText: list.map(c => `${indent}${INDENT}${c}\n`).join('') };
    }
    return { range: { start: at, end: at }, newText: `${before.endsWith(' ') ? '' : ' '}${list.join(' ')} ` };
}

/**
 * Adds a clause to a definition written on one line (a step, a review, a drill, a channel, a
 * communication rule, an assignment): before its block of checks or items when it has one,
 * else at its end.
 */
export function addInlineClause(node: AstNode, clause: string): TextEdit {
    const cst = node.$cstNode!;
    const open = GrammarUtils.findNodeForKeyword(cst, '{');
    if (open) {
        return { range: { start: open.range.start, end: open.range.start }, newText: `${clause} ` };
    }
    const end = cst.range.end;
    return { range: { start: end, end }, newText: ` ${clause}` };
}

/** Replaces the text of one property of a node (a string keeps its quotes). */
export function replaceProperty(node: AstNode, property: string, text: string): TextEdit | undefined {
    const target = GrammarUtils.findNodeForProperty(node.$cstNode, property);
    return target ? { range: target.range, newText: text } : undefined;
}

/** The roles a node can name (its playbook's, then the organisation's), each once, the incident commander first. */
export function rolesInScope(node: AstNode, index: IndexManager): Role[] {
    const playbook = AstUtils.getContainerOfType(node, isPlaybook);
    const seen = new Set<string>();
    const roles = [...(playbook?.elements.filter(isRole) ?? []), ...index.allElements('Role').map(d => d.node).filter(isRole)]
        .filter(r => r.name && !seen.has(r.name) && seen.add(r.name) !== undefined);
    return roles.sort((a, b) => Number(isIncidentCommander(b)) - Number(isIncidentCommander(a)));
}
