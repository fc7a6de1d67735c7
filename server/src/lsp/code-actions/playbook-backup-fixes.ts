import { AstUtils, GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver';
import {
    isAssignment, isChannel, isCommunicationRule, isPlaybook, isRole,
    type Assignment, type Channel, type Holder, type Role,
} from '../../language/generated/ast.js';
import type { RuleFindingData } from '../../validation/playbook-rule-report.js';
import { knownHolders } from './playbook-assign-role-fix.js';
import { addInlineClause } from './playbook-clause-edits.js';
import { nodeAt, quickFixAt } from './playbook-edit-helpers.js';
import type { FixContext } from './playbook-fix-context.js';
import { fixMessages } from './playbook-fix-messages.js';
import { rankHolders } from './playbook-holder-ranking.js';

/** How many backups are offered, ranked as holders are for an unassigned role. */
const OFFERED_BACKUPS = 5;

/**
 * no-backup (a role with no reachable backup): ` backup <holder>` on the assignment that holds
 * the role (the playbook's own, else the organisation's, in its file), one action per likely
 * holder, ranked by the same evidence as for an unassigned role, the current holders left out.
 * The finding that one person alone holds several critical roles has no obvious fix.
 */
export function noBackupFixes(document: LangiumDocument, diagnostic: Diagnostic, context: FixContext): CodeAction[] {
    const data = diagnostic.data as Partial<RuleFindingData> | undefined;
    const node = nodeAt(document, diagnostic);
    if (data?.facet !== 'backup' || !node) {
        return [];
    }
    const role = isAssignment(node) ? node.role?.ref : (node as { owner?: { ref?: unknown } }).owner?.ref;
    return isRole(role) ? successorFixes(role, node, diagnostic, context) : [];
}

/** A backup for the role's first assignment as seen from `from`, one action per ranked candidate. */
export function successorFixes(role: Role, from: AstNode, diagnostic: Diagnostic, context: FixContext): CodeAction[] {
    const holding = context.holders.holding(role, from);
    const assignment = isAssignment(from) && from.role?.ref === role ? from : holding.assignments[0];
    if (!assignment?.$cstNode) {
        return [];
    }
    const playbook = AstUtils.getContainerOfType(from, isPlaybook);
    const taken = new Set<Holder>([...holding.holders, ...holding.reachableBackups]);
    const candidates = knownHolders(playbook, context.index).filter(h => !taken.has(h));
    return rankHolders(role, candidates, playbook, context.facts).slice(0, OFFERED_BACKUPS).map(({ holder }, i) =>
        quickFixAt(fixMessages.addBackup({ role: role.name, backup: holder.name }), assignment, diagnostic, backupEdit(assignment, holder.name), i === 0));
}

/** ` backup <name>` after the holders, or `, <name>` after the backups already written. */
function backupEdit(assignment: Assignment, name: string): TextEdit {
    const cst = assignment.$cstNode!;
    const lastBackup = GrammarUtils.findNodesForProperty(cst, 'backups').at(-1);
    const after = lastBackup ?? GrammarUtils.findNodesForProperty(cst, 'holders').at(-1) ?? cst;
    const at = after.range.end;
    return { range: { start: at, end: at }, newText: lastBackup ? `, ${name}` : ` backup ${name}` };
}

/**
 * channel-backup: ` backup <channel>` on the channel (in the file that defines it), one action
 * per other channel the playbook can see, those of another kind first (a phone bridge backs up
 * a chat room better than a second chat room does), external channels left out.
 */
export function channelBackupFixes(document: LangiumDocument, diagnostic: Diagnostic, context: FixContext): CodeAction[] {
    const node = nodeAt(document, diagnostic);
    const channel = isChannel(node) ? node : isCommunicationRule(node) ? channelAt(document, node.channels, diagnostic) : undefined;
    if (!channel?.$cstNode || channel.backup) {
        return [];
    }
    const playbook = AstUtils.getContainerOfType(node, isPlaybook);
    const seen = new Set<string>([channel.name]);
    const others = [...(playbook?.elements.filter(isChannel) ?? []), ...context.index.allElements('Channel').map(d => d.node).filter(isChannel)]
        .filter(c => c.name && !c.external && !seen.has(c.name) && seen.add(c.name) !== undefined);
    others.sort((a, b) => Number(a.kind === channel.kind) - Number(b.kind === channel.kind));
    return others.slice(0, OFFERED_BACKUPS).map((other, i) =>
        quickFixAt(fixMessages.addChannelBackup({ channel: channel.name, backup: other.name }), channel, diagnostic, addInlineClause(channel, `backup ${other.name}`), i === 0));
}

/** The channel whose reference the diagnostic stands on. */
function channelAt(document: LangiumDocument, references: ReadonlyArray<{ ref?: Channel; $refNode?: { offset: number } }>, diagnostic: Diagnostic): Channel | undefined {
    const offset = document.textDocument.offsetAt(diagnostic.range.start);
    return references.find(r => r.$refNode?.offset === offset)?.ref;
}
