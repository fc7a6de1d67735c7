import type { CodeAction, Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import { fixMessages } from './playbook-fix-messages.js';

/** `source.fixAll.playbook`: what `editor.codeActionsOnSave` asks for. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.playbook`;

/**
 * The codes whose preferred fix may run without anyone looking, on save: each adds what is
 * missing next to where it is missing, or corrects a time zone's spelling. Removing an unused
 * definition or creating a definition for a name that may be a typo deletes or invents text, and
 * the fixes that write a chosen value (a target, a cadence, a backup, an owner among many) are
 * the writer's call, so those only run when chosen.
 */
export const AUTO_FIXABLE_CODES: ReadonlySet<string> = new Set(['unassigned-role', 'designator-unheld', 'missing-escalation', 'channel-owner', 'unknown-timezone']);

/** A diagnostic's code, whether in `code` or in the rule's `data`. */
export function codeOf(diagnostic: Diagnostic): string | undefined {
    const code = diagnostic.code ?? (diagnostic.data as { code?: string } | undefined)?.code;
    return code === undefined ? undefined : String(code);
}

/** The fix that fixing "all of a kind" applies for one diagnostic: its preferred fix, else its first with an edit. */
export function chosenFix(fixes: readonly CodeAction[]): CodeAction | undefined {
    return fixes.find(f => f.isPreferred && f.edit) ?? fixes.find(f => f.edit);
}

/** One action applying the given fixes together; edits are merged per document, each identical edit once. */
export function combinedAction(title: string, kind: string, diagnostics: Diagnostic[], fixes: readonly CodeAction[]): CodeAction | undefined {
    const changes: Record<string, TextEdit[]> = {};
    const seen = new Set<string>();
    for (const fix of fixes) {
        for (const [uri, edits] of Object.entries(fix.edit?.changes ?? {})) {
            for (const edit of edits) {
                const key = `${uri} ${JSON.stringify(edit)}`;
                if (seen.has(key) || overlaps(changes[uri] ?? [], edit)) {
                    continue;
                }
                seen.add(key);
                (changes[uri] ??= []).push(edit);
            }
        }
    }
    if (Object.keys(changes).length === 0) {
        return undefined;
    }
    const edit: WorkspaceEdit = { changes };
    return { title, kind, diagnostics, edit };
}

/** The "Fix all … in this file" quick fix for the kind of `diagnostic`, when the file has more than one such problem. */
export function fixAllOfKind(diagnostic: Diagnostic, all: readonly Diagnostic[], fixesFor: (d: Diagnostic) => CodeAction[]): CodeAction | undefined {
    const code = codeOf(diagnostic);
    const same = all.filter(d => codeOf(d) === code);
    if (!code || same.length < 2) {
        return undefined;
    }
    const fixes = same.map(d => chosenFix(fixesFor(d))).filter((f): f is CodeAction => f !== undefined);
    return fixes.length < 2 ? undefined : combinedAction(fixMessages.fixAllOfKind({ code }), CodeActionKind.QuickFix, same, fixes);
}

/** `source.fixAll.playbook`: the preferred fix of every auto-fixable problem of the file. */
export function fixAll(all: readonly Diagnostic[], fixesFor: (d: Diagnostic) => CodeAction[]): CodeAction | undefined {
    const fixable = all.filter(d => AUTO_FIXABLE_CODES.has(codeOf(d) ?? ''));
    const fixes = fixable.map(d => fixesFor(d).find(f => f.isPreferred && f.edit)).filter((f): f is CodeAction => f !== undefined);
    return fixes.length === 0 ? undefined : combinedAction(fixMessages.fixAll, FIX_ALL_KIND, fixable, fixes);
}

/** True when `edit` replaces text that an edit already taken also replaces (two inserts at one point do not overlap). */
function overlaps(taken: readonly TextEdit[], edit: TextEdit): boolean {
    const before = (a: TextEdit['range']['start'], b: TextEdit['range']['start']) => a.line < b.line || (a.line === b.line && a.character < b.character);
    return taken.some(t => before(edit.range.start, t.range.end) && before(t.range.start, edit.range.end));
}
