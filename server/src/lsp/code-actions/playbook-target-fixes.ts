import { formatDuration } from '../../language/durations.js';
import type { LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { isDrill, isReview, isSeverity, type Drill, type Severity } from '../../language/generated/ast.js';
import type { RuleFindingData } from '../../validation/playbook-rule-report.js';
import { addBlockClause, addInlineClause } from './playbook-clause-edits.js';
import { nodeAt, quickFix } from './playbook-edit-helpers.js';
import { fixMessages } from './playbook-fix-messages.js';

/**
 * The values a fix writes when nothing in the file suggests better: 15 minutes to respond and
 * 4 hours to resolve (a common middle severity), a review within 5 days, a drill once a year.
 * The writer sees the value in the fix's title and changes it; these fixes never run on save.
 */
const DEFAULT_RESPOND = 15 * 60;
const DEFAULT_RESOLVE = 4 * 3600;
const DEFAULT_REVIEW_DUE = 5 * 86_400;
const DEFAULT_DRILL_EVERY = 52 * 604_800;

const facetOf = (diagnostic: Diagnostic) => (diagnostic.data as Partial<RuleFindingData> | undefined)?.facet;

/**
 * missing-response-target: adds `respond within …` and/or `resolve within …`, each taken from
 * the nearest severity of the same list that has one (the one written before, else after), else
 * the defaults above. Both halves missing: one action adds both.
 */
export function responseTargetFixes(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
    const severity = nodeAt(document, diagnostic);
    if (!isSeverity(severity) || !severity.$cstNode) {
        return [];
    }
    const facet = facetOf(diagnostic);
    const clauses: string[] = [];
    if (facet === 'respond' || facet === 'both') {
        clauses.push(`respond within ${formatDuration(nearest(severity, s => s.respond) ?? DEFAULT_RESPOND)}`);
    }
    if (facet === 'resolve' || facet === 'both') {
        clauses.push(`resolve within ${formatDuration(nearest(severity, s => s.resolve) ?? DEFAULT_RESOLVE)}`);
    }
    if (clauses.length === 0) {
        return [];
    }
    return [quickFix(clauses.length === 2 ? fixMessages.addTwoClauses({ first: clauses[0]!, second: clauses[1]! }) : fixMessages.addClause({ clause: clauses[0]! }), document, diagnostic, [addBlockClause(document, severity, clauses)], true)];
}

function nearest(severity: Severity, value: (s: Severity) => number | undefined): number | undefined {
    const siblings = (severity.$container as { elements?: unknown[]; severities?: unknown[] });
    const list = (siblings.elements ?? siblings.severities ?? []).filter(isSeverity);
    const at = list.indexOf(severity);
    const before = list.slice(0, at).reverse().find(s => value(s) !== undefined);
    const after = list.slice(at + 1).find(s => value(s) !== undefined);
    return value(before ?? after ?? severity);
}

/** review-incomplete: the missing due time (`within 5d`) or meeting (`meeting within`, as long as the document's due time). */
export function reviewDueFixes(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
    const review = nodeAt(document, diagnostic);
    const facet = facetOf(diagnostic);
    if (!isReview(review) || !review.$cstNode || (facet !== 'due' && facet !== 'meeting')) {
        return [];
    }
    const clause = facet === 'due'
        ? `within ${formatDuration(DEFAULT_REVIEW_DUE)}`
        : `meeting within ${formatDuration(review.due ?? DEFAULT_REVIEW_DUE)}`;
    return [quickFix(fixMessages.addClause({ clause }), document, diagnostic, [addInlineClause(review, clause)], true)];
}

/** drill-without-cadence: `every …`, the cadence of another drill of the same block, else once a year. */
export function drillCadenceFixes(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
    const drill = nodeAt(document, diagnostic);
    if (!isDrill(drill) || !drill.$cstNode) {
        return [];
    }
    const siblings = ((drill.$container as { elements?: unknown[] }).elements ?? []).filter((d): d is Drill => isDrill(d) && d.every !== undefined);
    const clause = `every ${formatDuration(siblings[0]?.every ?? DEFAULT_DRILL_EVERY)}`;
    return [quickFix(fixMessages.addClause({ clause }), document, diagnostic, [addInlineClause(drill, clause)], true)];
}
