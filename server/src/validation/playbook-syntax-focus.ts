import type { LangiumDocument } from 'langium';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import type { Document } from '../language/generated/ast.js';
import { isRuleId } from './playbook-code-catalogue.js';

/** Where a unit of the text starts: a top-level definition or a playbook. */
interface Unit {
    start: number;
}

/**
 * One mistake, one diagnostic. Where the parser had to recover inside a top-level unit (a
 * playbook, or a definition of the organisation), its first syntax error is the mistake: later
 * parsing errors in that unit are follow-ons of the recovery, a parsing error on the line of an
 * unexpected character (or on the next line) is the same mistake, so is a second unexpected character on one line, and rule findings and undefined names in that unit
 * were computed from a tree that did not parse, so they are dropped until the text parses again.
 */
export function focusOnSyntax(document: LangiumDocument, diagnostics: readonly Diagnostic[]): Diagnostic[] {
    const syntax = diagnostics.filter(isSyntax);
    if (syntax.length === 0) {
        return [...diagnostics];
    }
    const text = document.textDocument;
    const units = topLevelUnits(document);
    // Text between units, or after the last one (a brace missing at the end), belongs to the unit
    // before it: that is where recovery started.
    const unitOf = (range: Range): Unit | undefined => {
        const at = text.offsetAt(range.start);
        return units.findLast(u => u.start <= at);
    };
    const broken = new Set<Unit | undefined>(syntax.map(d => unitOf(d.range)));
    // One unexpected-character error per line (a date written 2026/10/01 is one slip, not two);
    // a parsing error on that line or the next is the parser recovering from the same slip.
    const kept = new Set<Diagnostic>();
    const lexedLines = new Set<number>();
    for (const d of syntax.filter(x => x.code === 'lexing-error')) {
        if (!lexedLines.has(d.range.start.line)) {
            lexedLines.add(d.range.start.line);
            kept.add(d);
        }
    }
    const parsedUnits = new Set<Unit | undefined>();
    for (const d of syntax.filter(x => x.code === 'parsing-error')) {
        const line = d.range.start.line;
        const unit = unitOf(d.range);
        if (!parsedUnits.has(unit) && !lexedLines.has(line) && !lexedLines.has(line - 1)) {
            kept.add(d);
        }
        parsedUnits.add(unit);
    }
    return diagnostics.filter(d => {
        if (d.code === 'lexing-error' || d.code === 'parsing-error') {
            return kept.has(d);
        }
        const code = typeof d.code === 'string' ? d.code : '';
        const followOn = code === 'linking-error' || isRuleId(code);
        return !(followOn && broken.has(unitOf(d.range)));
    });
}

function isSyntax(d: Diagnostic): boolean {
    return d.code === 'parsing-error' || d.code === 'lexing-error';
}

function topLevelUnits(document: LangiumDocument): Unit[] {
    const root = document.parseResult.value as Document;
    return (root.elements ?? []).flatMap(element => {
        const cst = element.$cstNode;
        return cst ? [{ start: cst.offset }] : [];
    });
}
